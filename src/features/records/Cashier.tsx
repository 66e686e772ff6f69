import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton, GoButton } from '@/components/Actions'
import { api } from '@/api/endpoints'
import { ErrorSummary } from '@/components/ErrorSummary'
import { KeyValue } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { useQuery } from '@/query/cache'
import { PERSON_DATA, queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { confirmDialog } from '@/utils/dialog'
import { replace } from '@/utils/nav'
import { actionsOf, payDialog, periodText } from './model'
import '@/components/flow.css'
import '@/components/insights.css'

/**
 * 去缴费: the tax bureau's cashier. On the real platforms this is the tax bureau's own payment page;
 * here the server's simulated cashier takes the payment (mock-server/src/providers/cashier).
 */
export function Cashier() {
  const pageClass = usePageClass()
  const id = useRouter().params.id ?? ''
  const { data: r, error, reload } = useQuery(queries.record(id))
  const pay = useSubmit((recordId: string, key) => api.pay(recordId, key), { invalidates: PERSON_DATA })
  // the record may have changed on the tax side since it was cached: ask again on opening
  useEffect(() => {
    void reload()
  }, [reload])
  useEffect(() => {
    if (pay.error?.code === 'ALREADY_PAID') void reload()
  }, [pay.error, reload])

  if (!r)
    return (
      <View className={pageClass('page')}>
        <PageState loading={!error} error={error} onRetry={reload} />
      </View>
    )

  const payNow = async () => {
    if (pay.pending || !(await confirmDialog(payDialog(r)))) return
    if (await pay.run(r.id)) await replace(Route.Receipt, { id: r.id })
  }
  const busy = pay.pending

  return (
    <View className={pageClass('page cashier-page')}>
      <ProxyBanner />
      <Card id="cashier" title="税务缴费（模拟收银台）">
        <Text className="muted">收款方：税务部门。正式环境中，这一步在税务部门自己的缴费页面完成。</Text>
        <Text className="total-figure" id="cashier-total">
          {formatYuan(r.total)}
        </Text>
        <KeyValue label="核定流水号" value={r.id} />
        <KeyValue label="缴费人" value={r.owner.nameMasked} />
        <KeyValue label="缴费期间" value={periodText(r)} />
      </Card>
      {pay.error && <ErrorSummary error={pay.error} id="cashier-errors" />}
      <View className="card">
        {actionsOf(r).pay && (
          <ActionButton
            id="cashier-pay"
            block
            label={busy ? '正在缴费…' : `确认缴费 ${formatYuan(r.total)}`}
            a11yLabel={busy ? '正在缴费' : `确认缴费 ${formatYuan(r.total)}`}
            onClick={() => void payNow()}
          />
        )}
        {r.status === 'PAID' && (
          <GoButton id="cashier-receipt" block to={Route.Receipt} params={{ id: r.id }} replace label="查看缴费凭证" />
        )}
        {actionsOf(r).transmit && (
          <Text className="muted">本核定尚未传输到税务部门，请先在核定详情里传输，再来缴费。</Text>
        )}
        <GoButton variant="secondary" block to={Route.RecordDetail} params={{ id: r.id }} label="返回核定详情" />
      </View>
    </View>
  )
}
