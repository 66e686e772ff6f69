import { View, Text } from '@tarojs/components'
import type { Quote } from '@/api/schema'
import { dec, formatYuan } from '@/domain/money'
import { formatMonthZh, formatPeriodZh } from '@/domain/month'
import { a11y } from '@/utils/a11y'
import './flow.css'
import './AssessmentPreview.css'

/** Month kinds of a quote (RULES.md §4.6) in the agencies' words. */
export const MONTH_KIND_LABEL: Record<string, string> = { backpay: '补缴', current: '当期', prepay: '预缴' }
const KIND_HINT: Record<string, string> = {
  backpay: '已过去的月份',
  current: '本月',
  prepay: '提前缴纳的以后月份',
}

interface Run {
  kind: string
  start: string
  end: string
  months: number
}

/** Consecutive months of the same kind, e.g. 补缴 2026年1月–2026年8月（共8个月）. */
export function kindRuns(quote: Quote): Run[] {
  const runs: Run[] = []
  for (const { month, kind } of quote.breakdown) {
    const last = runs[runs.length - 1]
    if (last && last.kind === kind) {
      last.end = month
      last.months += 1
    } else runs.push({ kind, start: month, end: month, months: 1 })
  }
  return runs
}

const pct = (rate: string) => `${dec(rate).times(100).toString()}%`

/**
 * "Show the money before asking for it": the backend quote of an assessment — period, month kinds,
 * monthly base, monthly contribution and its 个人账户 / 统筹基金 split, total, and how it was derived.
 */
export function AssessmentPreview({ quote }: { quote: Quote }) {
  const runs = kindRuns(quote)
  const truncated = quote.truncatedToRetirement && quote.requestedEnd !== quote.end
  const poolRate = dec(quote.rate).minus(dec(quote.accountRate)).toString()
  return (
    <View className="preview" id="assessment-preview" {...a11y('region', '核定金额预览')}>
      <View className="preview-total" {...a11y('status', `合计应缴 ${formatYuan(quote.total)}`)}>
        <Text className="preview-total-label">合计应缴</Text>
        <Text className="preview-total-value money" id="preview-total">
          {formatYuan(quote.total)}
        </Text>
        <Text className="muted" id="preview-period">
          {quote.periodText || `${formatPeriodZh(quote.start, quote.end)}（共${quote.months}个月）`}
        </Text>
      </View>

      <View className="preview-rows">
        <Row label="月缴费基数" value={formatYuan(quote.baseMonthly)} id="preview-base" />
        <Row
          label={`每月缴费（费率${pct(quote.rate)}）`}
          value={formatYuan(quote.contributionMonthly)}
          id="preview-monthly"
        />
        <Row
          indent
          label={`其中 个人账户（${pct(quote.accountRate)}）`}
          value={formatYuan(quote.accountMonthly)}
          id="preview-account"
        />
        <Row
          indent
          label={`其中 统筹基金（${dec(poolRate).times(100).toString()}%）`}
          value={formatYuan(quote.pooledMonthly)}
          id="preview-pooled"
        />
        <Row label="缴费月数" value={`${quote.months}个月`} id="preview-months" />
        <Row
          label="缴费基数合计"
          value={formatYuan(quote.baseTotal)}
          id="preview-base-total"
          hint={`月缴费基数 × ${quote.months}个月，不是要缴的钱；合计应缴 = 缴费基数合计 × ${pct(quote.rate)}`}
        />
      </View>

      {runs.length > 0 && (
        <View className="preview-kinds" id="preview-kinds" {...a11y('list', '月份类型')}>
          {runs.map((r) => (
            <View key={r.start} className="preview-kind" {...a11y('listitem')}>
              <Text className={`kind-tag kind-${r.kind}`}>{MONTH_KIND_LABEL[r.kind] ?? r.kind}</Text>
              <Text className="preview-kind-text">
                {formatPeriodZh(r.start, r.end)}（共{r.months}个月）
                {KIND_HINT[r.kind] ? `，${KIND_HINT[r.kind]}` : ''}
              </Text>
            </View>
          ))}
        </View>
      )}

      <View className="preview-explain" id="preview-explanation">
        <Text className="muted">计算方法：{quote.explanation}</Text>
      </View>

      {quote.provisional && (
        <View className="notice notice-warn" id="preview-provisional" {...a11y('status')}>
          <Text>
            ⓘ 暂按{quote.parametersYear}年度标准核定：{quote.assessmentYear}
            年度缴费基数上下限尚未公布，公布后以正式标准为准，可能需要补差。
          </Text>
        </View>
      )}
      {truncated && (
        <View className="notice notice-info" id="preview-truncated" {...a11y('status')}>
          <Text>
            ⓘ 您将于 {quote.retirementMonth ? formatMonthZh(quote.retirementMonth) : formatMonthZh(quote.end)}{' '}
            达到法定退休年龄，本次核定截至 {formatMonthZh(quote.end)}（您选择的结束月份为{' '}
            {formatMonthZh(quote.requestedEnd)}）。
          </Text>
        </View>
      )}
    </View>
  )
}

function Row(props: { label: string; value: string; id: string; indent?: boolean; hint?: string }) {
  const { label, value, id, indent, hint } = props
  return (
    <View className={`preview-row-wrap ${indent ? 'preview-row-indent' : ''}`}>
      <View className="preview-row" id={id}>
        <Text className="preview-row-label">{label}</Text>
        <Text className="preview-row-value money">{value}</Text>
      </View>
      {hint && (
        <Text className="preview-row-hint" id={`${id}-hint`}>
          {hint}
        </Text>
      )}
    </View>
  )
}
