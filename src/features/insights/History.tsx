import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { GoButton } from '@/components/Actions'
import { InsightNav } from '@/components/InsightNav'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatPeriodZh } from '@/domain/month'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { gapAction, yearBar } from './history.model'
import '@/components/flow.css'
import '@/components/insights.css'

/** 缴费记录: months paid and assessed per year, the gaps, and 补缴 for the gaps still payable online. */
export function History() {
  const pageClass = usePageClass()
  const { data: d, error, reload } = useQuery(queries.history)

  return (
    <View className={pageClass('page history-page')}>
      <ProxyBanner />
      <InsightNav current={Route.History} />
      {!d && <PageState loading={!error} error={error} onRetry={reload} />}
      {d && d.years.length === 0 && (
        <View className="card" id="page-empty">
          <Text className="muted">还没有缴费记录。核定并缴费后，这里按年份显示。</Text>
          <GoButton block to={Route.Assess} label="去缴费核定" />
        </View>
      )}
      {d && d.years.length > 0 && (
        <>
          <Card id="history-chart" title="每年缴了几个月">
            <View className="legend">
              <Text>
                <Text className="legend-swatch" style={{ background: '#0958d9' }} />
                已缴费
              </Text>
              <Text>
                <Text className="legend-swatch" style={{ background: '#69b1ff' }} />
                已核定待缴费
              </Text>
              <Text>
                <Text className="legend-swatch" style={{ background: '#eef2f7', border: '1px solid #8c8c8c' }} />
                未缴（断缴）
              </Text>
            </View>
            {d.years.map((y) => {
              const bar = yearBar(y)
              return (
                <View key={y.year} className="bar-row" id={`history-bar-${y.year}`} {...a11y('img', bar.speech)}>
                  <View className="bar-caption">
                    <Text>{y.year}年</Text>
                    <Text>{bar.months}</Text>
                  </View>
                  <View className="bar-track">
                    <View className="bar-stack">
                      <View className="bar-fill" style={{ width: bar.paid, borderRadius: 0 }} />
                      <View className="bar-fill bar-fill-open" style={{ width: bar.assessed, borderRadius: 0 }} />
                    </View>
                  </View>
                </View>
              )
            })}
          </Card>

          {d.years.map((y) => (
            <View className="card" key={y.year} id={`history-year-${y.year}`}>
              <Text className="card-title" {...a11y('heading')}>
                {y.year}年
              </Text>
              <View className="figure-row">
                <Text className="figure-label">已缴费 {y.paidMonths} 个月</Text>
                <Text className="figure-value">{formatYuan(y.paidAmount)}</Text>
              </View>
              <View className="figure-row">
                <Text className="figure-label">已核定待缴费 {y.assessedMonths} 个月</Text>
                <Text className="figure-value">{formatYuan(y.assessedAmount)}</Text>
              </View>
              {y.gaps.map((g) => {
                const action = gapAction(g)
                return (
                  <View className="gap-row" key={g.start} id={`gap-${g.start}`}>
                    <Text className="gap-text">
                      断缴：{formatPeriodZh(g.start, g.end)}（共{g.months}个月）
                    </Text>
                    {action ? (
                      <GoButton
                        id={`gap-pay-${g.start}`}
                        variant="secondary"
                        block
                        to={Route.Assess}
                        params={action.params}
                        label={action.label}
                      />
                    ) : (
                      <Text className="muted">这段时间已不能在线补缴，如需补缴请咨询参保地社保经办机构或 12333。</Text>
                    )}
                  </View>
                )
              })}
            </View>
          ))}
          <View className="card">
            <GoButton variant="secondary" block to={Route.Records} label="查看核定记录" />
          </View>
        </>
      )}
    </View>
  )
}
