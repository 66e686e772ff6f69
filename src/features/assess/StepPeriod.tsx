import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { AssessmentPreview } from '@/components/AssessmentPreview'
import { MonthPicker } from '@/components/MonthPicker'
import { PageState } from '@/components/PageState'
import { periodLength } from '@/domain/frequency'
import { formatMonthZh, formatPeriodZh } from '@/domain/month'
import { a11y, checked } from '@/utils/a11y'
import {
  endFollowsStart,
  FREQUENCY_HINT,
  FREQUENCY_LABEL,
  frequenciesOf,
  monthNote,
  openOf,
  startChoices,
  startsWithYear,
  suspendedFromOf,
  type FlowContext,
} from './model'
import { Refusal } from './Refusal'
import type { AssessFlow } from './useAssess'

/** Step 2: the period (and 缴费频次 where the region has them), with the backend's quote. */
export function StepPeriod({ ctx, flow }: { ctx: FlowContext; flow: AssessFlow }) {
  const { state, quote, quoting, quoteError } = flow
  const { months } = ctx
  const { start, end, frequency } = state
  const open = openOf(ctx, state)
  const suspended = !!suspendedFromOf(ctx.registration)
  const note = (m: string) => monthNote(ctx, state, m)
  return (
    <View id="step-period">
      <Card title="选择缴费期间">
        <Text className="muted step-intro" id="period-intro">
          可选 {formatPeriodZh(months[0], months[months.length - 1])}
          。已过去的月份为补缴，本月为当期，以后的月份为预缴。
          {open.length === 0
            ? '本年度可核定的月份都已核定或处于停保期间。'
            : open.length < months.length
              ? `已为您选好第一段尚未核定的月份（标“已核定”${suspended ? '或“停保”' : ''}的月份不能再选）。`
              : ''}
          {startsWithYear(ctx) ? '往年的月份不能在线补缴，如需补缴请咨询参保地社保经办机构（12333）。' : ''}
        </Text>
        {frequenciesOf(ctx).length > 0 && (
          <View className="frequency" {...a11y('radiogroup', '缴费频次')}>
            <Text className="field-label">缴费频次</Text>
            <View className="frequency-row">
              {frequenciesOf(ctx).map((f) => (
                <View
                  key={f}
                  id={`freq-${f}`}
                  className={`choice ${frequency === f ? 'choice-selected' : ''}`}
                  onClick={() => flow.setFrequency(f)}
                  {...a11y('radio', `${FREQUENCY_LABEL[f] ?? f}缴费`)}
                  {...checked('radio', frequency === f)}
                >
                  <Text>
                    {frequency === f ? '✓ ' : ''}
                    {FREQUENCY_LABEL[f] ?? f}
                  </Text>
                </View>
              ))}
            </View>
            {FREQUENCY_HINT[frequency] && <Text className="muted">{FREQUENCY_HINT[frequency]}</Text>}
          </View>
        )}
        <MonthPicker
          id="start-month"
          label={frequency === 'monthly' ? '缴费月份' : '开始年月'}
          months={startChoices(ctx, frequency)}
          value={start}
          onChange={flow.setStart}
          note={note}
        />
        {endFollowsStart(frequency) ? (
          <Text className="muted" id="end-month-text">
            结束年月：{formatMonthZh(end)}
          </Text>
        ) : (
          <MonthPicker id="end-month" label="结束年月" months={months} value={end} onChange={flow.setEnd} note={note} />
        )}
        <Text className="period-summary" id="period-summary">
          {formatPeriodZh(start, end)}（共{periodLength(start, end)}个月）
        </Text>
      </Card>

      {quoting && !quote && <PageState loading />}
      <Refusal
        error={quoteError}
        id="quote-errors"
        onChangeBase={() => flow.goTo('base')}
        onRetry={() => void flow.retryQuote()}
      />
      {quote && !quoteError && (
        <View className={`card ${quoting ? 'stale' : ''}`}>
          <AssessmentPreview quote={quote} />
        </View>
      )}
      <View className="actions">
        <ActionButton
          variant="secondary"
          label="上一步"
          a11yLabel="上一步：修改缴费基数"
          onClick={() => flow.goTo('base')}
        />
        <ActionButton
          id="period-next"
          label="下一步：确认核定"
          unavailable={!flow.canConfirm}
          onClick={() => flow.canConfirm && flow.toConfirm()}
        />
      </View>
    </View>
  )
}
