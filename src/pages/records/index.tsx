import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import type { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { Assessment } from '@/api/schema'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { formatYuan } from '@/domain/money'
import { formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { a11y, checked } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { actorLabel } from '@/utils/format'
import { go } from '@/utils/nav'
import '@/components/flow.css'
import './index.css'
import { usePageClass } from '@/store/prefs'

type Filter = 'ALL' | Assessment['status']
const FILTERS: { key: Filter; label: string }[] = [
  { key: 'ALL', label: '全部' },
  { key: 'CREATED', label: '待传输' },
  { key: 'TRANSMITTED', label: '已传输' },
  { key: 'PAID', label: '已缴费' },
  { key: 'REVOKED', label: '已撤销' },
]

/** "由 王*某 代办" when an agent did it; otherwise who did it in plain words. */
export function operatorText(r: Assessment): string {
  if (r.operator.byAgent) return `由 ${actorLabel(r.operator.label, true)} 代办`
  return r.operator.self ? '本人办理' : `办理人：${actorLabel(r.operator.label, false)}`
}

export default function RecordsPage() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const personRef = useActingFor((s) => s.person?.personRef)
  const [filter, setFilter] = useState<Filter>('ALL')
  const [items, setItems] = useState<Assessment[]>()
  const [error, setError] = useState<ApiError>()
  const seq = useRef(0)

  const load = useCallback(async () => {
    const n = ++seq.current
    setError(undefined)
    try {
      const list = await api.assessments({
        ...(personRef ? { personRef } : {}),
        ...(filter !== 'ALL' ? { status: filter } : {}),
      })
      if (n === seq.current) setItems(list.items)
    } catch (e) {
      if (n === seq.current) setError(e as ApiError)
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [personRef, filter])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  // Coming back from a detail page (after revoking or transmitting) shows the new state.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && ready) void load()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void load()
  })

  if (!ready) return <PageState loading />

  const chooseFilter = (f: Filter) => {
    if (f === filter) return
    setItems(undefined)
    setFilter(f)
  }
  const currentLabel = FILTERS.find((f) => f.key === filter)?.label ?? ''

  return (
    <View className={pageClass('page records-page')}>
      <ProxyBanner />
      <View className="filters" {...a11y('tablist', '按状态筛选')}>
        {FILTERS.map((f) => (
          <View
            key={f.key}
            id={`filter-${f.key}`}
            className={`filter ${filter === f.key ? 'filter-selected' : ''}`}
            onClick={() => chooseFilter(f.key)}
            {...a11y('tab')}
            {...checked('tab', filter === f.key)}
          >
            <Text>{f.label}</Text>
          </View>
        ))}
      </View>
      <Text className="muted records-hint">下拉可刷新。点按一条记录可查看详情、传输或撤销。</Text>

      <PageState loading={!items && !error} error={error} onRetry={load}>
        {items && items.length === 0 ? (
          <View className="card" id="records-empty">
            <Text className="card-title">{filter === 'ALL' ? '暂无核定记录' : `暂无“${currentLabel}”的核定记录`}</Text>
            <Text className="muted">选择缴费基数和期间，先看金额再核定。</Text>
            <Button
              className="btn btn-primary btn-block"
              onClick={() => go(Route.Assess)}
              {...a11y('button', '去缴费核定')}
            >
              去缴费核定
            </Button>
          </View>
        ) : (
          <View id="records-list" {...a11y('region', `核定记录，共 ${items?.length ?? 0} 条`)}>
            {items?.map((r) => (
              <View
                key={r.id}
                className="card record"
                id={`record-${r.id}`}
                onClick={() => go(Route.RecordDetail, { id: r.id })}
                {...a11y('button')}
              >
                <View className="record-head">
                  <Text className="record-id-small">{r.id}</Text>
                  <StatusTag status={r.status} />
                </View>
                <Text className="record-period">
                  {formatPeriodZh(r.start, r.end)}（共{r.months}个月）
                </Text>
                <View className="kv">
                  <Text className="muted">合计</Text>
                  <Text className="money big-money">{formatYuan(r.total)}</Text>
                </View>
                <View className="record-foot">
                  <Text className="muted">
                    {r.owner.self ? '' : `缴费人 ${r.owner.nameMasked} · `}
                    {operatorText(r)}
                  </Text>
                  <Text className="record-more">详情 ›</Text>
                </View>
              </View>
            ))}
          </View>
        )}
      </PageState>
    </View>
  )
}
