/**
 * 我的代办: the people the signed-in user acts for (代他人核定), with their consent. Asking to act for a
 * person (name + ID number checked as typed by the engine, masked once entered, never put in a URL, + the
 * relationship) starts a request: it shows 待对方确认 until the person agrees in their own account, or tells
 * the agent the code sent by SMS to the mobile on file for them. A binding shows its relationship, scope and
 * expiry; choose one to act for, or remove it after a confirmation.
 * The person's side: 待确认的代办请求 (agree / refuse), 谁可以为我办理 (end any binding), 谁为我办理过.
 */
import { View, Text, Button } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { ProxyBanner } from '@/components/ProxyBanner'
import { Route } from '@/routes'
import type { ActingFor } from '@/store/actingFor'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { AddPerson } from './AddPerson'
import { ActedForMe, Incoming, MyAgents } from './MySide'
import { PeopleList } from './PeopleList'
import { Requests } from './Requests'
import { FOCUSABLE } from './focusable'
import { usePeople } from './usePeople'
import '@/components/Form.css'
import './people.css'

export function People() {
  const pageClass = usePageClass()
  const m = usePeople()
  return (
    <View className={pageClass('page people-page')} id="people-page">
      <ProxyBanner />
      <ActingNow actingFor={m.actingFor} onSelf={m.actForSelf} />
      <Incoming items={m.incoming} actions={m.mine} />
      {m.actingFor && <ActingActions actingFor={m.actingFor} />}
      <PeopleList people={m.people} actingFor={m.actingFor} actions={m.list} />
      <Requests items={m.requests} actions={m.request} />
      <AddPerson form={m.form} />
      <MyAgents items={m.myAgents} actions={m.mine} errorShownAbove={m.incoming.length > 0} />
      <ActedForMe items={m.activity} />
    </View>
  )
}

function ActingNow(props: { actingFor?: ActingFor; onSelf: () => void }) {
  const { actingFor } = props
  return (
    <Card title="为家人办理">
      <Text className="muted block">
        为已参加灵活就业养老保险的家人办理缴费核定、查询记录、停保/续保。须先经TA本人同意：TA在本应用中同意，或把短信确认码告诉您。
      </Text>
      <View className="people-now" id="acting-now">
        <Text className="people-now-text">
          {actingFor ? `当前：正在为 ${actingFor.nameMasked} 办理` : '当前：为本人办理'}
        </Text>
        {actingFor && (
          <ActionButton
            id="act-self"
            variant="secondary"
            label="切换为本人办理"
            extra={FOCUSABLE}
            onClick={props.onSelf}
          />
        )}
      </View>
    </Card>
  )
}

const ACTING_ACTIONS = [
  {
    id: 'go-assess',
    route: Route.Assess,
    label: '缴费核定',
    aria: (n: string) => `缴费核定（为 ${n}）`,
    primary: true,
  },
  { id: 'go-records', route: Route.Records, label: '核定记录', aria: (n: string) => `核定记录（${n}）` },
  { id: 'go-estimate', route: Route.Estimate, label: '养老金测算', aria: (n: string) => `养老金测算（${n}）` },
  { id: 'go-suspend', route: Route.Suspend, label: '停保/续保', aria: (n: string) => `停保/续保（为 ${n}）` },
] as const

function ActingActions({ actingFor }: { actingFor: ActingFor }) {
  const name = actingFor.nameMasked
  return (
    <View className="card people-actions" id="acting-actions" {...a11y('region', `为 ${name} 办理`)}>
      <Text className="card-title" {...a11y('heading')}>
        为 {name} 办理
      </Text>
      {ACTING_ACTIONS.map((a) => (
        <Button
          key={a.id}
          {...FOCUSABLE}
          id={a.id}
          className={`btn ${'primary' in a ? 'btn-primary' : 'btn-secondary'}`}
          onClick={() => go(a.route)}
          {...a11y('button', a.aria(name))}
        >
          {a.label}
        </Button>
      ))}
    </View>
  )
}
