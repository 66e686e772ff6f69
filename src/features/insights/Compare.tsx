import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { ComparisonResult, ComparisonRow } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Field, TextInput } from '@/components/Form'
import { Bar, InsightNav } from '@/components/InsightNav'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatMonthZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y, checked } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { barShares, chooseLabel, optionLabel, rowCells, rowSpeech } from './compare.model'
import { useCompare } from './useCompare'
import '@/components/flow.css'
import '@/components/Form.css'
import '@/components/insights.css'

/** 档次对比: every base the person may choose, what each costs and brings, and the chosen one into 缴费核定. */
export function Compare() {
  const pageClass = usePageClass()
  const c = useCompare()
  const data = c.data
  const rows = data?.rows ?? []
  const selected = c.selected

  return (
    <View className={pageClass('page compare-page')}>
      <ProxyBanner />
      <InsightNav current={Route.Compare} />
      {!data && <PageState loading={!c.error} error={c.error} onRetry={() => c.load()} />}
      {data && (
        <>
          <Chart data={data} />
          <View className="card" id="compare-list" {...a11y('radiogroup', '选择缴费基数')}>
            <Text className="card-title" {...a11y('heading')}>
              逐项对比（点选一行）
            </Text>
            {rows.map((r) => (
              <Option key={r.input} row={r} rows={rows} on={r === selected} onChoose={() => c.choose(r.input)} />
            ))}
            <Text className="muted">
              “领回自己所缴”按已缴和至退休将缴的全部费用（含进入统筹基金的部分）除以预计每年养老金计算，仅供参考。
            </Text>
          </View>

          {data.person.inputMode === 'ningxia' && (
            <View className="card">
              <Field
                label="加入一行：申报月工资收入（元）"
                id="declaredWage"
                hint="按您实际月工资收入缴费时填写，会算出这一行。"
                error={c.error?.problems[0]?.message}
              >
                <TextInput
                  id="declaredWage"
                  type="digit"
                  maxlength={12}
                  value={c.wage}
                  onChange={c.setWage}
                  placeholder="如 9000"
                  a11yLabel="申报月工资收入（元）"
                />
              </Field>
              <ActionButton
                id="compare-add-wage"
                variant="secondary"
                block
                label="加入对比"
                onClick={() => c.load(c.wage)}
              />
            </View>
          )}
          {c.error && <ErrorSummary error={c.error} id="compare-errors" />}

          <View className="card">
            <ActionButton
              id="compare-choose"
              block
              label={chooseLabel(selected, rows)}
              onClick={() => selected && go(Route.Assess, { base: selected.input })}
            />
            <ActionButton
              id="compare-to-estimate"
              variant="secondary"
              block
              label="看这个基数的测算明细"
              onClick={() => selected && go(Route.Estimate, { base: selected.input })}
            />
          </View>
        </>
      )}
    </View>
  )
}

function Chart({ data }: { data: ComparisonResult }) {
  const rows = data.rows
  const shares = barShares(rows)
  return (
    <Card id="compare-chart" title="每月缴多少，退休后每月领多少">
      <Text className="muted">
        按{data.person.self ? '您' : data.person.nameMasked}的缴费记录，从 {formatMonthZh(data.context.todayMonth)}{' '}
        起每月按所选基数缴到 {formatMonthZh(data.context.retirementMonth)} 退休前（{data.context.futureMonths}{' '}
        个月）测算。
      </Text>
      <View className="legend">
        <Text>
          <Text className="legend-swatch" style={{ background: '#d46b08' }} />
          每月缴费
        </Text>
        <Text>
          <Text className="legend-swatch" style={{ background: '#0958d9' }} />
          预计每月养老金
        </Text>
      </View>
      {rows.map((r, i) => (
        <View key={r.input} id={`chart-${r.input}`}>
          <Text className="option-head">{optionLabel(r, rows)}</Text>
          <Bar label="每月缴费" value={formatYuan(r.monthly)} share={shares[i].cost} tone="cost" />
          <Bar label="预计每月养老金" value={formatYuan(r.estimate.total)} share={shares[i].pension} />
        </View>
      ))}
    </Card>
  )
}

function Option(props: { row: ComparisonRow; rows: readonly ComparisonRow[]; on: boolean; onChoose: () => void }) {
  const { row: r, rows, on } = props
  return (
    <View
      id={`option-${r.input}`}
      className={`option-row ${on ? 'option-row-selected' : ''}`}
      onClick={props.onChoose}
      {...a11y('radio', rowSpeech(r, rows))}
      {...checked('radio', on)}
    >
      <View className="option-head">
        <Text>{optionLabel(r, rows)}</Text>
        <Text>{on ? '✓ 已选' : ''}</Text>
      </View>
      <View className="option-grid">
        {rowCells(r).map((cell) => (
          <View key={cell.label} className="option-cell" id={cell.id ? `option-${r.input}-${cell.id}` : undefined}>
            <Text className="option-cell-label">{cell.label}</Text>
            <Text className="option-cell-value">{cell.value}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
