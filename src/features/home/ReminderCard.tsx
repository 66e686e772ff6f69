import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/Actions'
import { api } from '@/api/endpoints'
import type { ReminderItem } from '@/api/schema'
import { setQueryData, useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { reminderTarget, subscribeOffer, subscribeResults } from './reminders.model'
import '@/components/insights.css'

export { subscribeResults }

function open(item: ReminderItem) {
  const t = reminderTarget(item)
  return go(t.route, t.params)
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

/**
 * 缴费提醒 for the home page: the next unpaid month, the declaration window (天津), records awaiting payment,
 * a minimum that cannot be reached; on WeChat and Alipay a button to subscribe to reminder messages.
 * Renders nothing while loading or when there is nothing to remind of.
 */
export function ReminderCard(props: { forSelf?: boolean } = {}) {
  // 消息 is about the signed-in person: their own reminders even while acting for a relative
  const query = props.forSelf ? queries.ownReminders : queries.reminders
  // a reminder is a convenience: no error card (an error shows nothing)
  const { data, error, reload } = useQuery(query)
  const [note, setNote] = useState('')
  // an earlier failure is not kept for the session: coming to the card again asks again
  useEffect(() => {
    if (error) void reload()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on showing the card only
  }, [])

  if (!data || !data.registered || data.items.length === 0) return null
  const env = process.env.TARO_ENV

  const subscribe = async () => {
    try {
      const res = await askSubscribe(data.templateIds)
      const results = subscribeResults(data.templateIds, res)
      const out = await api.subscribe({ channel: env as 'weapp' | 'alipay', results })
      setQueryData(query, { ...data, subscribed: out.subscribed })
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
      {subscribeOffer(env, data) && (
        <ActionButton id="reminder-subscribe" variant="secondary" block label="开启缴费提醒" onClick={subscribe} />
      )}
      {note && (
        <Text className="muted" {...a11y('status')}>
          {note}
        </Text>
      )}
    </View>
  )
}
