import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import { api } from '@/api/endpoints'
import type { ReminderItem, ReminderList } from '@/api/schema'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import './insights.css'

/** What answering the platform's subscribe request gave, per template (WeChat and Alipay answer differently). */
export function subscribeResults(
  templateIds: readonly string[],
  res: Record<string, unknown>,
): Array<{ templateId: string; status: 'accept' | 'reject' | 'ban' | 'filter' }> {
  // Alipay: { result: { subscribeEntityIds, unsubscribedEntityIds } } or { subscribeEntityIds }
  const ali = (res.result as Record<string, unknown> | undefined) ?? res
  const accepted = Array.isArray(ali.subscribeEntityIds) ? (ali.subscribeEntityIds as string[]) : null
  return templateIds.map((templateId) => {
    if (accepted) return { templateId, status: accepted.includes(templateId) ? 'accept' : 'reject' }
    const v = res[templateId] // WeChat: { [tmplId]: 'accept' | 'reject' | 'ban' | 'filter' }
    return { templateId, status: v === 'accept' || v === 'ban' || v === 'filter' ? v : 'reject' }
  })
}

declare const my: { requestSubscribeMessage?: (o: Record<string, unknown>) => void } | undefined

/** The platform's subscribe-message request: WeChat through Taro, Alipay through my.requestSubscribeMessage (entityIds). */
function askSubscribe(ids: string[]): Promise<Record<string, unknown>> {
  if (process.env.TARO_ENV === 'alipay' && typeof my !== 'undefined' && my?.requestSubscribeMessage) {
    const request = my.requestSubscribeMessage
    return new Promise((resolve, reject) => request({ entityIds: ids, success: resolve, fail: reject }))
  }
  return Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option) as unknown as Promise<
    Record<string, unknown>
  >
}

function open(item: ReminderItem) {
  if (item.kind === 'AWAITING_PAYMENT' && item.record_id) return go(Route.Cashier, { id: item.record_id })
  if (item.kind === 'YEARS_SHORT') return go(Route.Years)
  return go(Route.Assess)
}

/**
 * 缴费提醒 for the home page: the next unpaid month, the declaration window (天津), records awaiting payment,
 * a minimum that cannot be reached; on WeChat and Alipay a button to subscribe to reminder messages.
 * Renders nothing while loading or when there is nothing to remind of.
 */
export function ReminderCard(props: { forSelf?: boolean } = {}) {
  const actingRef = useActingFor((s) => s.person?.personRef)
  // 消息 is about the signed-in person: their own reminders even while acting for a relative
  const personRef = props.forSelf ? undefined : actingRef
  const [data, setData] = useState<ReminderList>()
  const [note, setNote] = useState('')

  const load = useCallback(async () => {
    try {
      setData(await (props.forSelf ? api.ownReminders() : api.reminders()))
    } catch {
      setData(undefined) // a reminder is a convenience: no error card on the home page
    }
  }, [personRef, props.forSelf])

  useEffect(() => {
    void load()
  }, [load])

  if (!data || !data.registered || data.items.length === 0) return null
  const env = process.env.TARO_ENV
  const canSubscribe = (env === 'weapp' || env === 'alipay') && data.templateIds.length > 0
  const subscribed = data.templateIds.every((t) => data.subscribed.includes(t))

  const subscribe = async () => {
    try {
      const res = await askSubscribe(data.templateIds)
      const results = subscribeResults(data.templateIds, res)
      const out = await api.subscribe({ channel: env as 'weapp' | 'alipay', results })
      setData({ ...data, subscribed: out.subscribed })
      setNote(out.subscribed.length ? '已开启缴费提醒。' : '您没有开启提醒，可以随时再开启。')
    } catch {
      setNote('未能开启提醒，请稍后再试。')
    }
  }

  return (
    <View className="card" id="reminder-card" {...a11y('region', '缴费提醒')}>
      <Text className="card-title" {...a11y('heading')}>
        缴费提醒
      </Text>
      {data.items.map((item, i) => (
        <View
          key={`${item.kind}-${i}`}
          className="figure-row"
          id={`reminder-${item.kind}`}
          onClick={() => open(item)}
          {...a11y('link', `${item.title}：${item.text}`)}
        >
          <View>
            <Text className="figure-label">{item.title}</Text>
            <Text className="derivation">{item.text}</Text>
          </View>
          <Text className="muted">›</Text>
        </View>
      ))}
      {canSubscribe && !subscribed && (
        <Button
          className="btn btn-secondary btn-block"
          id="reminder-subscribe"
          onClick={subscribe}
          {...a11y('button', '开启缴费提醒')}
        >
          开启缴费提醒
        </Button>
      )}
      {note && (
        <Text className="muted" {...a11y('status')}>
          {note}
        </Text>
      )}
    </View>
  )
}
