import { View, Text } from '@tarojs/components'
import { ActionButton, GoButton } from '@/components/Actions'
import type { Assessment } from '@/api/schema'
import { formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { actionsOf } from './model'

/** What may be done with a record now: the buttons the engine allows (`allowedActions`), and why not others. */
export function RecordActions(props: {
  record: Assessment
  busy: boolean
  onTransmit: () => void
  onRevoke: () => void
}) {
  const { record: r, busy } = props
  const can = actionsOf(r)
  return (
    <View className="card" id="record-actions">
      {can.transmit && (
        <>
          <Text className="muted">本核定尚未传输。传输到税务后，才能在税务渠道缴费；传输前可随时撤销。</Text>
          <ActionButton id="detail-transmit" block label="传输到税务" unavailable={busy} onClick={props.onTransmit} />
        </>
      )}
      {can.pay && <GoButton id="detail-pay" block to={Route.Cashier} params={{ id: r.id }} label="去缴费" />}
      {can.revokeAwaitsTax && (
        <View className="notice notice-info" id="tax-revoke-howto" {...a11y('status')}>
          <Text>
            ⓘ
            本核定已传输到税务部门。如需撤销：请先向税务部门申请撤销本核定（可到办税服务厅，或通过电子税务局办理，提供核定流水号
            {r.id}）；税务部门撤销后，再回到这里点“撤销核定”。如已缴费，则不能撤销。
          </Text>
        </View>
      )}
      {r.status === 'TRANSMITTED' && r.taxRevoked && (
        <View className="notice notice-info" id="tax-revoked-note">
          <Text>ⓘ 税务部门已撤销本核定，您现在可以撤销社保核定，之后这些月份可以重新核定。</Text>
        </View>
      )}
      {r.status === 'PAID' && (
        <>
          <Text className="muted" id="paid-note">
            ✓ 本核定已缴费，不能撤销。如有疑问，请咨询 12333 或参保地社保经办机构。
          </Text>
          <GoButton id="detail-receipt" block to={Route.Receipt} params={{ id: r.id }} label="查看缴费凭证" />
        </>
      )}
      {r.status === 'REVOKED' && (
        <>
          <Text className="muted" id="revoked-note" {...a11y('status')}>
            本核定已撤销，其中的月份（{formatPeriodZh(r.start, r.end)}）可以重新核定。
          </Text>
          <GoButton block to={Route.Assess} label="去缴费核定" />
        </>
      )}
      {can.revoke && (
        <ActionButton
          id="detail-revoke"
          variant="danger"
          block
          label="撤销核定"
          unavailable={busy}
          onClick={props.onRevoke}
        />
      )}
      <GoButton variant="secondary" block to={Route.Records} label="返回核定记录" />
    </View>
  )
}
