import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { GoButton } from '@/components/Actions'
import { Bar, InsightNav } from '@/components/InsightNav'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatMonthZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import '@/components/flow.css'
import '@/components/insights.css'

/** 180 个月（15年）; 186 个月（15年6个月） */
export function monthsText(months: number): string {
  const y = Math.floor(months / 12)
  const m = months % 12
  return `${months}个月（${y ? `${y}年` : ''}${m ? `${m}个月` : y ? '' : '0个月'}）`
}

/** 缴费年限: how many months count, how many the person still needs (the person acted for). */
export function Years() {
  const pageClass = usePageClass()
  const { data, error, reload: load } = useQuery(queries.years)
  const d = data
  const who = d && !d.person.self ? d.person.nameMasked : '您'

  return (
    <View className={pageClass('page years-page')}>
      <ProxyBanner />
      <InsightNav current={Route.Years} />
      {!d && <PageState loading={!error} error={error} onRetry={load} />}
      {d && (
        <>
          <Card id="years-summary" title="累计缴费年限">
            <Bar
              id="years-bar"
              label={`已累计 ${monthsText(d.countedMonths)}`}
              value={`最低 ${monthsText(d.requiredMonths)}`}
              share={d.requiredMonths ? d.countedMonths / d.requiredMonths : 1}
            />
            <View className="figure-row" id="years-paid">
              <Text className="figure-label">已缴费</Text>
              <Text className="figure-value">{d.paidMonths}个月</Text>
            </View>
            <View className="figure-row" id="years-assessed">
              <Text className="figure-label">已核定，待缴费</Text>
              <Text className="figure-value">{d.assessedMonths}个月</Text>
            </View>
            <View className="figure-row" id="years-required">
              <Text className="figure-label">{formatMonthZh(d.retirementMonth)}退休时最低须缴</Text>
              <Text className="figure-value">{d.requiredMonths}个月</Text>
            </View>
            <View className="figure-row" id="years-needed">
              <Text className="figure-label">还差</Text>
              <Text className="figure-value">{d.neededMonths}个月</Text>
            </View>
            <Text className="derivation">
              最低缴费年限按退休年份确定：2029年及以前退休为15年（180个月），2030年起每年增加6个月，最高20年（240个月）。已核定的月份缴费后才计入。
            </Text>
          </Card>

          {d.neededMonths === 0 && (
            <View className="card" id="years-reached" {...a11y('status')}>
              <Text className="ok-text">✓ {who}已达到最低缴费年限。继续缴费可以多领养老金。</Text>
            </View>
          )}
          {d.neededMonths > 0 && d.reachable && d.reachMonth && (
            <View className="card" id="years-reach">
              <Text className="derivation">
                从 {formatMonthZh(d.nextPayableMonth)} 起每月连续缴费，到 {formatMonthZh(d.reachMonth)}{' '}
                即可缴满最低缴费年限，早于法定退休年月 {formatMonthZh(d.retirementMonth)}。
              </Text>
            </View>
          )}
          {!d.reachable && (
            <View className="card notice notice-warn" id="years-warning" {...a11y('alert')}>
              <Text className="card-title">缴费年限不足的提醒</Text>
              <Text className="derivation">
                即使从 {formatMonthZh(d.nextPayableMonth)} 起每月连续缴费，到法定退休年月{' '}
                {formatMonthZh(d.retirementMonth)} 时仍差 {d.shortfallAtRetirement} 个月，达不到最低缴费年限{' '}
                {monthsText(d.requiredMonths)}，到时不能按月领取养老金。
              </Text>
              <Text className="derivation" id="years-option-extend">
                办法一：延长缴费。到法定退休年龄后继续缴费，直到缴满最低年限，再按月领取养老金。
              </Text>
              <Text className="derivation" id="years-option-lump">
                办法二：一次性缴费。按国家规定一次性补缴差额（是否可以办理、补缴多少，以参保地社保经办机构的规定为准）。
              </Text>
              <Text className="derivation">请提前向参保地社保经办机构或 12333 咨询办理。</Text>
            </View>
          )}

          <View className="card">
            <GoButton id="years-to-assess" block to={Route.Assess} label="去缴费核定" />
            <GoButton id="years-to-history" variant="secondary" block to={Route.History} label="看缴费记录和断缴月份" />
          </View>
        </>
      )}
    </View>
  )
}
