import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { ApiError } from '@/api/client'
import type { BoundPerson, BoundPersonList } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain/month'
import type { QueryResult } from '@/query/cache'
import type { ActingFor } from '@/store/actingFor'
import { a11y } from '@/utils/a11y'
import { FOCUSABLE } from './focusable'
import { SCOPE_TEXT, dateZh, regionName, relLabel } from './model'

/** 我的代办对象: each bound person with relationship, scope and expiry; act for them or remove them. */
export function PeopleList(props: {
  people: QueryResult<BoundPersonList>
  actingFor?: ActingFor
  actions: { choose: (p: BoundPerson) => void; remove: (p: BoundPerson) => void; error?: ApiError }
}) {
  const { people, actingFor, actions } = props
  const items = people.data?.items
  return (
    <Card id="people-list-card" title="我的代办对象">
      <ErrorSummary error={actions.error} id="remove-error" />
      <PageState
        loading={people.loading}
        error={people.error}
        onRetry={() => void people.reload()}
        empty={!!items && items.length === 0}
        emptyText="还没有代办对象。在下方填写家人的姓名和身份证号码，经TA同意后即可为TA办理。"
      >
        <View id="people-list" {...a11y('list', '代办对象')}>
          {items?.map((p) => (
            <Person
              key={p.ref}
              p={p}
              selected={actingFor?.personRef === p.ref}
              onChoose={() => actions.choose(p)}
              onRemove={() => actions.remove(p)}
            />
          ))}
        </View>
      </PageState>
    </Card>
  )
}

function Person(props: { p: BoundPerson; selected: boolean; onChoose: () => void; onRemove: () => void }) {
  const { p, selected } = props
  const status = p.registration.status
  return (
    <View
      className={`person ${selected ? 'person-selected' : ''}`}
      id={`person-${p.ref}`}
      {...a11y('listitem', `${p.nameMasked}${selected ? '（正在为TA办理）' : ''}`)}
    >
      <View className="person-head">
        <Text className="person-name">
          {p.nameMasked}
          <Text className="person-rel">（{relLabel(p.relationship)}）</Text>
        </Text>
        {status === 'ACTIVE' || status === 'SUSPENDED' ? (
          <StatusTag status={status} />
        ) : (
          <Text className="tag tag-warn">未参保</Text>
        )}
      </View>
      <InfoRow label="身份证号码" value={p.idNumberMasked} />
      <InfoRow label="参保地区" value={regionName(p.registration.region)} />
      <InfoRow label="授权有效期至" value={dateZh(p.expiresAt)} />
      <InfoRow label="可办理" value={SCOPE_TEXT} />
      <InfoRow
        label="法定退休年月"
        value={p.registration.retirementMonth ? formatMonthZh(p.registration.retirementMonth) : '—'}
      />
      <View className="person-buttons">
        <ActionButton
          id={`act-${p.ref}`}
          className="person-act"
          label={selected ? '正在为TA办理' : '为TA办理'}
          a11yLabel={selected ? `正在为TA办理（${p.nameMasked}）` : `为TA办理（${p.nameMasked}）`}
          extra={FOCUSABLE}
          onClick={props.onChoose}
        />
        <ActionButton
          id={`remove-${p.ref}`}
          variant="danger"
          className="person-remove"
          label="移除"
          a11yLabel={`移除 ${p.nameMasked}`}
          extra={FOCUSABLE}
          onClick={props.onRemove}
        />
      </View>
    </View>
  )
}
