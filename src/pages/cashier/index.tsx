import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import { ApiError } from '@/api/client'
import { api, newIdempotencyKey } from '@/api/endpoints'
import type { Assessment } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { go, replace } from '@/utils/nav'
import '@/components/flow.css'
import '@/components/insights.css'

/**
 * 去缴费: the tax bureau's cashier. On the real platforms this is the tax bureau's own payment page;
 * here the server's simulated cashier takes the payment (mock-server/src/providers/cashier).
 */
export default function CashierPage() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const id = useRouter().params.id ?? ''
  const [record, setRecord] = useState<Assessment>()
  const [error, setError] = useState<ApiError>()
  const [payError, setPayError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const key = useRef('')

  const load = useCallback(async () => {
    setError(undefined)
    try {
      setRecord(await api.assessment(id))
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('UNKNOWN', '出现未知问题，请稍后再试。'))
    }
  }, [id])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])

  if (!ready) return <PageState loading />
  if (!record)
    return (
      <View className={pageClass('page')}>
        <PageState loading={!error} error={error} onRetry={load} />
      </View>
    )
  const r = record
  const period = `${formatPeriodZh(r.start, r.end)}（共${r.months}个月）`

  const payNow = async () => {
    if (busy) return
    const answer = await Taro.showModal({
      title: '确认缴费',
      content: `向税务部门缴纳 ${period} 的养老保险费 ${formatYuan(r.total)}。缴费后不能撤销核定。`,
      confirmText: '确认缴费',
      cancelText: '不了',
    })
    if (!answer.confirm) return
    key.current ||= newIdempotencyKey()
    setBusy(true)
    setPayError(undefined)
    try {
      await api.pay(r.id, key.current)
      await replace(Route.Receipt, { id: r.id })
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('UNKNOWN', '出现未知问题，请稍后再试。')
      setPayError(err)
      if (err.status >= 400 && err.status < 500) key.current = ''
      if (err.code === 'ALREADY_PAID') void load()
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className={pageClass('page cashier-page')}>
      <ProxyBanner />
      <View className="card" id="cashier">
        <Text className="card-title" {...a11y('heading')}>
          税务缴费（模拟收银台）
        </Text>
        <Text className="muted">收款方：税务部门。正式环境中，这一步在税务部门自己的缴费页面完成。</Text>
        <Text className="total-figure" id="cashier-total">
          {formatYuan(r.total)}
        </Text>
        <View className="kv">
          <Text className="muted kv-label">核定流水号</Text>
          <Text className="kv-value">{r.id}</Text>
        </View>
        <View className="kv">
          <Text className="muted kv-label">缴费人</Text>
          <Text className="kv-value">{r.owner.nameMasked}</Text>
        </View>
        <View className="kv">
          <Text className="muted kv-label">缴费期间</Text>
          <Text className="kv-value">{period}</Text>
        </View>
      </View>
      {payError && <ErrorSummary error={payError} id="cashier-errors" />}
      <View className="card">
        {r.status === 'TRANSMITTED' && !r.taxRevoked && (
          <Button
            className="btn btn-primary btn-block"
            id="cashier-pay"
            onClick={payNow}
            {...a11y('button', busy ? '正在缴费' : `确认缴费 ${formatYuan(r.total)}`)}
          >
            {busy ? '正在缴费…' : `确认缴费 ${formatYuan(r.total)}`}
          </Button>
        )}
        {r.status === 'PAID' && (
          <Button
            className="btn btn-primary btn-block"
            id="cashier-receipt"
            onClick={() => replace(Route.Receipt, { id: r.id })}
            {...a11y('button', '查看缴费凭证')}
          >
            查看缴费凭证
          </Button>
        )}
        {r.status === 'CREATED' && (
          <Text className="muted">本核定尚未传输到税务部门，请先在核定详情里传输，再来缴费。</Text>
        )}
        <Button
          className="btn btn-secondary btn-block"
          onClick={() => go(Route.RecordDetail, { id: r.id })}
          {...a11y('button', '返回核定详情')}
        >
          返回核定详情
        </Button>
      </View>
    </View>
  )
}
