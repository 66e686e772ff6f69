import { View } from '@tarojs/components'
import type { Region, RegistrationStatus } from '@/api/schema'
import { InfoRow } from '@/components/Form'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain/month'
import { hukouTypeLabel } from '@/domain/ethnicities'
import { categoryLabel } from '@/utils/labels'
import { regionText } from './model'

/** A registration as stored (after 登记, and when coming back). */
export function RegistrationInfo({ registration: r, region }: { registration: RegistrationStatus; region?: Region }) {
  return (
    <View>
      <InfoRow label="参保地" value={regionText(r, region)} id="reg-region" />
      <InfoRow label="参保身份" value={categoryLabel(r.category)} />
      <InfoRow label="民族" value={r.ethnicity ?? '—'} id="reg-ethnicity" />
      {r.hukouType && <InfoRow label="户口性质" value={hukouTypeLabel(r.hukouType)} id="reg-hukou" />}
      <InfoRow label="手机号码" value={r.mobileMasked ?? '—'} id="reg-mobile" />
      <InfoRow label="联系地址" value={r.address ?? '—'} id="reg-address" />
      <InfoRow label="参保状态" value={r.status ? <StatusTag status={r.status} /> : '—'} />
      <InfoRow
        label="法定退休年月"
        value={r.retirementMonth ? formatMonthZh(r.retirementMonth) : '—'}
        id="reg-retirement"
      />
    </View>
  )
}
