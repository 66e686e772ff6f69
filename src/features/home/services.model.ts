/**
 * 办事: the one-line explanation of each service, as the agencies use the term. How the contribution base is
 * chosen differs by region: it is worded from the user's region's rule set (src/domain), or, before the
 * region is known, said to differ. No React.
 */
import type { RegistrationStatus } from '@/api/schema'
import { assessExplanation } from '@/domain/contribution-facts'
import type { ServiceEntry } from '@/services'

const explanations: Record<ServiceEntry['key'], string> = {
  register: '年满16周岁、未达到法定退休年龄的灵活就业人员，可在工作地或户籍地自愿参保，不受户籍限制。',
  assess: '',
  records: '核定后未传输的可直接撤销；已传输税务的，须先由税务部门撤销后再撤销核定。',
  estimate:
    '按您自己的缴费记录，算出退休时每月大约能领多少；各档次每月缴多少、领多少、几年回本，一目了然；还能看缴费年限够不够、哪几个月断缴。',
  proxy:
    '为已参保的家人办理：填写其姓名、身份证号码和关系后发出代办请求，须TA本人在App内同意或把短信验证码告诉您后方可办理。',
  messages: '家人为您办理的每一项业务都会在这里通知您，您也可以在这里同意或拒绝代办请求。',
  suspend: '停保须说明原因和日期；有未缴费的核定时须先撤销。恢复参保从当月开始。',
}

/** The user's own region, once known (registered). */
export function ownRegion(r: RegistrationStatus | undefined): string | undefined {
  return r?.registered && r.region ? r.region : undefined
}

export function serviceText(key: ServiceEntry['key'], region: string | undefined): string {
  return key === 'assess' ? assessExplanation(region) : explanations[key]
}

/** 办事指南 opens on the user's region when it is known. */
export function guideParams(region: string | undefined): Record<string, string> {
  return region ? { region } : {}
}
