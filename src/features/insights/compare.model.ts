/**
 * 档次对比: how each row is named, how long its bars are, which row is chosen and what the buttons say.
 * No React, no Taro: tested in tests/features/insights.test.ts.
 */
import type { ComparisonResult, ComparisonRow } from '@/api/schema'
import { formatYuan } from '@/domain/money'

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

/** Each row's bars as shares of the largest cost and pension (Number is fine for a width; figures stay strings). */
export function barShares(rows: readonly ComparisonRow[]): { cost: number; pension: number }[] {
  const maxCost = Math.max(0, ...rows.map((r) => Number(r.monthly)))
  const maxPension = Math.max(0, ...rows.map((r) => Number(r.estimate.total)))
  const share = (v: string, max: number) => (max > 0 ? Number(v) / max : 0)
  return rows.map((r) => ({ cost: share(r.monthly, maxCost), pension: share(r.estimate.total, maxPension) }))
}

/** The chosen row: the one the user tapped, else the base the person's records use. */
export function chosenRow(data: ComparisonResult | undefined, tapped: string): ComparisonRow | undefined {
  const input = tapped || data?.context.defaultBase
  return data?.rows.find((r) => r.input === input)
}

/** What 去缴费核定 says for the chosen row. */
export function chooseLabel(selected: ComparisonRow | undefined, rows: readonly ComparisonRow[]): string {
  return selected ? `按 ${optionLabel(selected, rows)} 去缴费核定` : '请先选择一行'
}

/** A row read aloud as one radio option. */
export function rowSpeech(row: ComparisonRow, rows: readonly ComparisonRow[]): string {
  return `${optionLabel(row, rows)}，每月缴费 ${formatYuan(row.monthly)}，预计每月养老金 ${formatYuan(row.estimate.total)}`
}

/** The figures of a row, in the order shown (ids as `option-<input>-<id>`). */
export function rowCells(row: ComparisonRow): { label: string; value: string; id?: string }[] {
  return [
    { label: '月缴费基数', value: formatYuan(row.base) },
    { label: '每月缴费', value: formatYuan(row.monthly), id: 'monthly' },
    { label: '至退休共缴', value: formatYuan(row.costUntilRetirement), id: 'cost' },
    { label: '预计每月养老金', value: formatYuan(row.estimate.total), id: 'pension' },
    { label: '领回自己所缴约需', value: row.paybackYears ? `${row.paybackYears}年` : '—', id: 'payback' },
  ]
}
