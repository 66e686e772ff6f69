import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { GoButton } from '@/components/Actions'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { formatYuan } from '@/domain/money'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y, checked } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { emptyText, FILTERS, operatorText, periodText, statusOf, type Filter } from './model'
import '@/components/flow.css'
import './Records.css'

/** 核定记录: the records of the person acted for, by status. */
export function Records() {
  const pageClass = usePageClass()
  const [filter, setFilter] = useState<Filter>('ALL')
  const { data, error, reload } = useQuery(queries.records(statusOf(filter)))
  const items = data?.items
  // Opening, and coming back from a detail page, shows the current state (also what changed on the tax side).
  useDidShow(() => {
    void reload()
  })
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <View className={pageClass('page records-page')}>
      <ProxyBanner />
      <View className="filters" {...a11y('tablist', '按状态筛选')}>
        {FILTERS.map((f) => (
          <View
            key={f.key}
            id={`filter-${f.key}`}
            className={`filter ${filter === f.key ? 'filter-selected' : ''}`}
            onClick={() => setFilter(f.key)}
            {...a11y('tab')}
            {...checked('tab', filter === f.key)}
          >
            <Text>{f.label}</Text>
          </View>
        ))}
      </View>
      <Text className="muted records-hint">下拉可刷新。点按一条记录可查看详情、传输或撤销。</Text>

      <PageState loading={!items && !error} error={error} onRetry={reload}>
        {items && items.length === 0 ? (
          <View className="card" id="records-empty">
            <Text className="card-title">{emptyText(filter)}</Text>
            <Text className="muted">选择缴费基数和期间，先看金额再核定。</Text>
            <GoButton block to={Route.Assess} label="去缴费核定" />
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
                <Text className="record-period">{periodText(r)}</Text>
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
