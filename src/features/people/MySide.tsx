import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { ApiError } from '@/api/client'
import type { ActivityList, IncomingRequest, MyAgent } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { InfoRow } from '@/components/Form'
import { a11y } from '@/utils/a11y'
import { FOCUSABLE } from './focusable'
import { SCOPE_TEXT, actionLabel, dateZh, relLabel } from './model'

export interface MySideActions {
  approve: (ref: string) => void
  decline: (ref: string) => void
  end: (a: MyAgent) => void
  error?: ApiError
}

/** 待确认的代办请求: someone asks to act for me; agree or refuse. */
export function Incoming({ items, actions }: { items: IncomingRequest[]; actions: MySideActions }) {
  if (items.length === 0) return null
  return (
    <Card id="incoming-card" title="待确认的代办请求">
      <Text className="muted block">有人申请为您代办。只同意您认识并信任的家人；不认识的请拒绝。</Text>
      <ErrorSummary error={actions.error} id="person-error" />
      {items.map((r) => (
        <View key={r.ref} className="person" id={`incoming-${r.ref}`} {...a11y('region', `${r.agent} 的代办请求`)}>
          <Text className="person-name block">{r.agent}</Text>
          <InfoRow label="TA填写的关系" value={`您是TA的${relLabel(r.relationship)}`} />
          <InfoRow label="可办理" value={SCOPE_TEXT} />
          <InfoRow label="授权期限" value="同意后一年，您可随时结束" />
          <View className="person-buttons">
            <ActionButton
              id={`approve-${r.ref}`}
              className="person-act"
              label="同意"
              a11yLabel={`同意 ${r.agent} 代办`}
              extra={FOCUSABLE}
              onClick={() => actions.approve(r.ref)}
            />
            <ActionButton
              id={`decline-${r.ref}`}
              variant="danger"
              className="person-remove"
              label="拒绝"
              a11yLabel={`拒绝 ${r.agent} 的请求`}
              extra={FOCUSABLE}
              onClick={() => actions.decline(r.ref)}
            />
          </View>
        </View>
      ))}
    </Card>
  )
}

/** 谁可以为我办理: the bindings to me; end any of them. */
export function MyAgents(props: { items: MyAgent[]; actions: MySideActions; errorShownAbove: boolean }) {
  const { items, actions } = props
  return (
    <Card id="my-agents" title="谁可以为我办理">
      {items.length === 0 ? (
        <Text className="muted" id="my-agents-empty">
          目前没有人可以为您代办。
        </Text>
      ) : (
        <View {...a11y('list', '可以为我办理的人')}>
          {!props.errorShownAbove && <ErrorSummary error={actions.error} id="person-error" />}
          {items.map((a) => (
            <View key={a.ref} className="person" id={`my-agent-${a.ref}`} {...a11y('listitem', a.agent)}>
              <Text className="person-name block">{a.agent}</Text>
              <InfoRow label="TA填写的关系" value={`您是TA的${relLabel(a.relationship)}`} />
              <InfoRow label="可办理" value={SCOPE_TEXT} />
              <InfoRow label="授权时间" value={dateZh(a.since)} />
              <InfoRow label="有效期至" value={dateZh(a.expiresAt)} />
              <ActionButton
                id={`end-agent-${a.ref}`}
                variant="danger"
                label="结束授权"
                a11yLabel={`结束 ${a.agent} 的代办授权`}
                extra={FOCUSABLE}
                onClick={() => actions.end(a)}
              />
            </View>
          ))}
        </View>
      )}
    </Card>
  )
}

/** 谁为我办理过: what agents did on my insurance. */
export function ActedForMe({ items }: { items?: ActivityList['items'] }) {
  return (
    <Card id="acted-for-me" title="谁为我办理过">
      {!items ? (
        <Text className="muted">正在加载…</Text>
      ) : items.length === 0 ? (
        <Text className="muted" id="acted-for-me-empty">
          还没有家人为您办理过业务。
        </Text>
      ) : (
        <View {...a11y('list', '为我办理的记录')} id="acted-for-me-list">
          {items.map((i, n) => (
            <View key={`${i.at}-${n}`} className="activity-item" {...a11y('listitem')}>
              <Text className="activity-actor">{i.actor}</Text>
              <Text className="activity-what">
                {actionLabel(i.action)} · {dateZh(i.at)}
              </Text>
            </View>
          ))}
        </View>
      )}
    </Card>
  )
}
