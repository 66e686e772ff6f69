import { useCallback, useEffect, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { ComparisonResult, ComparisonRow } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Field } from '@/components/Form'
import { Bar, InsightNav } from '@/components/InsightNav'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatMonthZh } from '@/domain/month'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { usePageClass } from '@/store/prefs'
import { a11y, checked } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { go } from '@/utils/nav'
import '@/components/flow.css'
import '@/components/Form.css'
import '@/components/insights.css'

/** The row's name as the person's region reads it. */
export function optionLabel(row: ComparisonRow, rows: readonly ComparisonRow[] = []): string {
  if (row.kind === 'declared_wage') return `申报工资 ${formatYuan(row.base)}`
  if (row.kind === 'amount') {
    if (row.percent) return `${formatYuan(row.base)}（约社平${row.percent}%）`
    if (row === rows[0]) return `${formatYuan(row.base)}（下限）`
    if (row === rows[rows.length - 1]) return `${formatYuan(row.base)}（上限）`
    return formatYuan(row.base)
  }
  if (row.kind === 'tier') return `${row.percent ?? row.input}%档`
  return `社平工资的${row.percent ?? row.input}%`
}

/** Share of the largest value of a column (Number is fine for a bar's width; the figures shown are strings). */
const share = (value: string, max: number) => (max > 0 ? Number(value) / max : 0)

export default function ComparePage() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const personRef = useActingFor((s) => s.person?.personRef)
  const [data, setData] = useState<ComparisonResult>()
  const [error, setError] = useState<ApiError>()
  const [chosen, setChosen] = useState('')
  const [wage, setWage] = useState('')

  const load = useCallback(
    async (declaredWage?: string) => {
      setError(undefined)
      try {
        const r = await api.compare({ declaredWage })
        setData(r)
        setChosen((c) => c || r.context.default_base)
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError('UNKNOWN', '出现未知问题，请稍后再试。'))
      }
    },
    [personRef],
  )

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])

  if (!ready) return <PageState loading />
  const rows = data?.rows ?? []
  const maxPension = Math.max(0, ...rows.map((r) => Number(r.estimate.total)))
  const maxCost = Math.max(0, ...rows.map((r) => Number(r.monthly)))
  const selected = rows.find((r) => r.input === chosen)

  return (
    <View className={pageClass('page compare-page')}>
      <ProxyBanner />
      <InsightNav current={Route.Compare} />
      {!data && <PageState loading={!error} error={error} onRetry={() => load()} />}
      {data && (
        <>
          <View className="card" id="compare-chart">
            <Text className="card-title" {...a11y('heading')}>
              每月缴多少，退休后每月领多少
            </Text>
            <Text className="muted">
              按{data.person.self ? '您' : data.person.nameMasked}的缴费记录，从{' '}
              {formatMonthZh(data.context.today_month)} 起每月按所选基数缴到{' '}
              {formatMonthZh(data.context.retirement_month)} 退休前（{data.context.future_months} 个月）测算。
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
            {rows.map((r) => (
              <View key={r.input} id={`chart-${r.input}`}>
                <Text className="option-head">{optionLabel(r, rows)}</Text>
                <Bar label="每月缴费" value={formatYuan(r.monthly)} share={share(r.monthly, maxCost)} tone="cost" />
                <Bar
                  label="预计每月养老金"
                  value={formatYuan(r.estimate.total)}
                  share={share(r.estimate.total, maxPension)}
                />
              </View>
            ))}
          </View>

          <View className="card" id="compare-list" {...a11y('radiogroup', '选择缴费基数')}>
            <Text className="card-title" {...a11y('heading')}>
              逐项对比（点选一行）
            </Text>
            {rows.map((r) => {
              const on = r.input === chosen
              return (
                <View
                  key={r.input}
                  id={`option-${r.input}`}
                  className={`option-row ${on ? 'option-row-selected' : ''}`}
                  onClick={() => setChosen(r.input)}
                  {...a11y(
                    'radio',
                    `${optionLabel(r, rows)}，每月缴费 ${formatYuan(r.monthly)}，预计每月养老金 ${formatYuan(r.estimate.total)}`,
                  )}
                  {...checked('radio', on)}
                >
                  <View className="option-head">
                    <Text>{optionLabel(r, rows)}</Text>
                    <Text>{on ? '✓ 已选' : ''}</Text>
                  </View>
                  <View className="option-grid">
                    <Cell label="月缴费基数" value={formatYuan(r.base)} />
                    <Cell label="每月缴费" value={formatYuan(r.monthly)} id={`option-${r.input}-monthly`} />
                    <Cell
                      label="至退休共缴"
                      value={formatYuan(r.cost_until_retirement)}
                      id={`option-${r.input}-cost`}
                    />
                    <Cell
                      label="预计每月养老金"
                      value={formatYuan(r.estimate.total)}
                      id={`option-${r.input}-pension`}
                    />
                    <Cell
                      label="领回自己所缴约需"
                      value={r.payback_years ? `${r.payback_years}年` : '—'}
                      id={`option-${r.input}-payback`}
                    />
                  </View>
                </View>
              )
            })}
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
                error={error?.problems[0]?.message}
              >
                <Input
                  id="declaredWage"
                  className="field-input"
                  type="digit"
                  maxlength={12}
                  value={wage}
                  onInput={(e) => setWage(e.detail.value)}
                  placeholder="如 9000"
                  aria-label="申报月工资收入（元）"
                />
              </Field>
              <Button
                className="btn btn-secondary btn-block"
                id="compare-add-wage"
                onClick={() => load(wage)}
                {...a11y('button', '加入对比')}
              >
                加入对比
              </Button>
            </View>
          )}
          {error && <ErrorSummary error={error} id="compare-errors" />}

          <View className="card">
            <Button
              className="btn btn-primary btn-block"
              id="compare-choose"
              onClick={() => selected && go(Route.Assess, { base: selected.input })}
              {...a11y('button', selected ? `按 ${optionLabel(selected, rows)} 去缴费核定` : '请先选择一行')}
            >
              {selected ? `按 ${optionLabel(selected, rows)} 去缴费核定` : '请先选择一行'}
            </Button>
            <Button
              className="btn btn-secondary btn-block"
              id="compare-to-estimate"
              onClick={() => selected && go(Route.Estimate, { base: selected.input })}
              {...a11y('button', '看这个基数的测算明细')}
            >
              看这个基数的测算明细
            </Button>
          </View>
        </>
      )}
    </View>
  )
}

function Cell({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <View className="option-cell" id={id}>
      <Text className="option-cell-label">{label}</Text>
      <Text className="option-cell-value">{value}</Text>
    </View>
  )
}
