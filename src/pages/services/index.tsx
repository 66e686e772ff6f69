import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { assessExplanation } from '@/domain/guides'
import { Route } from '@/routes'
import { openService, services, type ServiceEntry } from '@/services'
import { hasValidSession, useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { usePageClass } from '@/store/prefs'
import './index.css'

/**
 * 办事: every service with a one-line explanation of the term, as the agencies use it. Each card opens its
 * service (through 登录 / 实名认证 when needed); 办事指南 is open to everyone, guests included. How the
 * contribution base is chosen differs by region: it is worded from the user's region's rule set
 * (src/domain), or, before we know the region, said to differ.
 */
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

export default function Services() {
  const pageClass = usePageClass()
  const identified = useSession((s) => hasValidSession(s) && !!s.account?.identity)
  const [region, setRegion] = useState<string | null>()

  useDidShow(() => {
    if (!identified) return setRegion(undefined)
    api.ownRegistration().then(
      (r) => setRegion(r.registered ? r.region : undefined),
      () => setRegion(undefined),
    )
  })

  return (
    <View className={pageClass('page services-page')}>
      <View
        className="card service-card"
        id="service-guide"
        onClick={() => void go(Route.Guide, region ? { region } : {})}
        {...a11y('link')}
      >
        <View className="service-card-head">
          <Text className="card-title">办事指南</Text>
          <Text className="service-card-more" aria-hidden="true">
            ›
          </Text>
        </View>
        <Text className="muted">各地参保条件、需要的材料、办理渠道、办理地点和咨询电话。无需登录即可查看。</Text>
      </View>
      {services.map((s) => (
        <View
          key={s.key}
          className="card service-card"
          id={`service-${s.key}`}
          onClick={() => void openService(s)}
          {...a11y('link')}
        >
          <View className="service-card-head">
            <Text className="card-title">{s.title}</Text>
            <Text className="service-card-more" aria-hidden="true">
              ›
            </Text>
          </View>
          <Text className="muted" id={`service-${s.key}-text`}>
            {s.key === 'assess' ? assessExplanation(region) : explanations[s.key]}
          </Text>
        </View>
      ))}
      <View className="card">
        <Text className="muted">如有疑问，请拨打人社服务热线 12333。</Text>
      </View>
    </View>
  )
}
