import { View, Text, Button } from '@tarojs/components'
import type { Assessment } from '@/api/schema'
import { formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
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
          <Button
            className={`btn btn-primary btn-block ${busy ? 'btn-disabled' : ''}`}
            id="detail-transmit"
            disabled={busy}
            aria-disabled={busy ? 'true' : 'false'}
            onClick={props.onTransmit}
            {...a11y('button', '传输到税务')}
          >
            传输到税务
          </Button>
        </>
      )}
      {can.pay && (
        <Button
          className="btn btn-primary btn-block"
          id="detail-pay"
          onClick={() => go(Route.Cashier, { id: r.id })}
          {...a11y('button', '去缴费')}
        >
          去缴费
        </Button>
      )}
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
          <Button
            className="btn btn-primary btn-block"
            id="detail-receipt"
            onClick={() => go(Route.Receipt, { id: r.id })}
            {...a11y('button', '查看缴费凭证')}
          >
            查看缴费凭证
          </Button>
        </>
      )}
      {r.status === 'REVOKED' && (
        <>
          <Text className="muted" id="revoked-note" {...a11y('status')}>
            本核定已撤销，其中的月份（{formatPeriodZh(r.start, r.end)}）可以重新核定。
          </Text>
          <Button
            className="btn btn-primary btn-block"
            onClick={() => go(Route.Assess)}
            {...a11y('button', '去缴费核定')}
          >
            去缴费核定
          </Button>
        </>
      )}
      {can.revoke && (
        <Button
          className={`btn btn-danger btn-block ${busy ? 'btn-disabled' : ''}`}
          id="detail-revoke"
          disabled={busy}
          aria-disabled={busy ? 'true' : 'false'}
          onClick={props.onRevoke}
          {...a11y('button', '撤销核定')}
        >
          撤销核定
        </Button>
      )}
      <Button
        className="btn btn-secondary btn-block"
        onClick={() => go(Route.Records)}
        {...a11y('button', '返回核定记录')}
      >
        返回核定记录
      </Button>
    </View>
  )
}
