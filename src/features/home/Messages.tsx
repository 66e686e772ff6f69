/**
 * 消息: what was done for the signed-in person by someone else — every 缴费核定, 传输, 撤销, 停保 and 续保 an
 * agent did, requests to act for them and changes of who may — newest first, the agent named only masked.
 * The same notice also went by SMS to the mobile on file. From here: 我的代办 to see or end who may act.
 * Above the list: the person's own 缴费提醒 (ReminderCard).
 */
import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { GoButton } from '@/components/Actions'
import { PageState } from '@/components/PageState'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { messageHead } from './messages.model'
import { ReminderCard } from './ReminderCard'
import { useShownAgain } from './useHome'
import './messages.css'

export function Messages() {
  const pageClass = usePageClass()
  const { data, error, reload } = useQuery(queries.messages)
  const items = data?.items
  useShownAgain(() => void reload())

  return (
    <View className={pageClass('page messages-page')} id="messages-page">
      <Card title="消息">
        <Text className="muted block">
          家人（代办人）为您办理的每一笔业务都会记在这里，并发短信到您登记的手机。如有不是您同意的办理，请在“我的代办”中结束TA的授权，或拨打
          12333。
        </Text>
        <GoButton id="messages-to-people" variant="secondary" to={Route.People} label="查看谁可以为我办理" />
      </Card>
      {/* 缴费提醒: the next unpaid month, 天津's declaration window, records awaiting payment (issue 14) */}
      <ReminderCard forSelf />
      <View className="card">
        <PageState
          loading={!items && !error}
          error={error}
          onRetry={() => void reload()}
          empty={!!items && items.length === 0}
          emptyText="还没有消息。家人为您办理业务后，会在这里告诉您。"
        >
          <View id="messages-list" {...a11y('list', '消息')}>
            {items?.map((m) => {
              const head = messageHead(m)
              return (
                <View key={m.id} className="message" id={`message-${m.id}`} {...a11y('listitem', m.title)}>
                  <View className="message-head">
                    <Text className="tag tag-ok message-kind">{head.kind}</Text>
                    <Text className="message-at">{head.at}</Text>
                  </View>
                  <Text className="message-title">{m.title}</Text>
                  <Text className="message-body">{m.body}</Text>
                </View>
              )
            })}
          </View>
        </PageState>
      </View>
    </View>
  )
}
