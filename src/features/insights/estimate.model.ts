/**
 * 养老金测算: the assumptions form, what it asks the server, and what the result card shows — as data.
 * No React, no Taro: tested in tests/features/insights.test.ts.
 */
import type { EstimateResult, InsightsQuery } from '@/api/schema'
import { formatYuan } from '@/domain/money'
import { formatPeriodZh } from '@/domain/month'

export type EstimateForm = Required<Pick<InsightsQuery, 'base' | 'interestRate' | 'pensionBase' | 'openingBalance'>>
export type EstimateField = keyof EstimateForm

/** The form on opening: a base handed over by 档次对比 (`?base=`), the rest left to the person's data. */
export function initialForm(params: { base?: string }): EstimateForm {
  return { base: params.base ?? '', interestRate: '', pensionBase: '', openingBalance: '' }
}

/** Fills what the user left empty from the answer (the base the records chose, the region's 计发基数). */
export function prefill(form: EstimateForm, r: EstimateResult): EstimateForm {
  return { ...form, base: form.base || r.base.input, pensionBase: form.pensionBase || r.context.pensionBaseDefault }
}

/**
 * The form being edited and the assumptions last asked for (the query's arguments: empty fields are left
 * to the person's data). 重新测算 asks for what the form holds; an answer fills what was left empty.
 */
export interface EstimateState {
  form: EstimateForm
  applied: EstimateForm
}
export type EstimateAction =
  { type: 'edit'; patch: Partial<EstimateForm> } | { type: 'run' } | { type: 'answer'; result: EstimateResult }

export function estimateInit(params: { base?: string }): EstimateState {
  return { form: initialForm(params), applied: initialForm(params) }
}

export function estimateReducer(s: EstimateState, a: EstimateAction): EstimateState {
  if (a.type === 'edit') return { ...s, form: { ...s.form, ...a.patch } }
  if (a.type === 'run') return { ...s, applied: { ...s.form } }
  return { ...s, form: prefill(s.form, a.result) }
}

/** 重新测算 with the assumptions already asked for asks again (rather than changing nothing). */
export function sameAssumptions(a: EstimateForm, b: EstimateForm): boolean {
  return (Object.keys(a) as EstimateField[]).every((k) => a[k] === b[k])
}

/** Which field a refusal belongs to (base and tier refusals to the base field). */
export function fieldOf(p: { code: string; detail?: Record<string, unknown> }): EstimateField | null {
  const field = p.detail?.field
  if (field === 'interestRate' || field === 'pensionBase' || field === 'openingBalance') return field
  if (/^BASE_|^TIER_/.test(p.code)) return 'base'
  return null
}

/** The refusal next to a field, if any. */
export function fieldError(
  problems: readonly { code: string; message: string; detail?: Record<string, unknown> }[] | undefined,
  field: EstimateField,
): string | undefined {
  return problems?.find((p) => fieldOf(p) === field)?.message
}

const BASE_HINT: Record<string, string> = {
  ningxia: '填 60 到 300 表示社平工资的百分比（如 100），或直接填您申报的月工资收入（元）。',
  tier: '填缴费档次的百分比，如 60、100、300。',
  amount: '填月缴费基数（元），须在本地区上下限之间。',
}

export interface FieldSpec {
  id: EstimateField
  label: string
  hint: (r: EstimateResult) => string | undefined
  maxlength: number
  placeholder: string
}

/** The assumptions, in page order. */
export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'base',
    label: '至退休前的缴费基数',
    hint: (r) => BASE_HINT[r.person.inputMode],
    maxlength: 12,
    placeholder: '如 100',
  },
  {
    id: 'pensionBase',
    label: '计发基数（元/月）',
    hint: (r) => `默认按本地区社平工资 ${formatYuan(r.context.pensionBaseDefault)} 计；退休时的实际标准会更高或更低。`,
    maxlength: 12,
    placeholder: '元/月',
  },
  {
    id: 'interestRate',
    label: '个人账户记账利率（年，%）',
    hint: () => '不填按 0 计（不计利息）。可填近年公布的记账利率，如 2.62。',
    maxlength: 8,
    placeholder: '不填按 0 计',
  },
  {
    id: 'openingBalance',
    label: '个人账户已有储存额（元）',
    hint: () => '如以前在单位参保，个人账户里已有的钱；没有请留空。',
    maxlength: 12,
    placeholder: '没有请留空',
  },
]

/** The two parts of the pension, each with the server's derivation. */
export const PARTS = [
  {
    id: 'basic',
    label: '基础养老金',
    value: (r: EstimateResult) => r.estimate.basic,
    how: (r: EstimateResult) => r.explanation.basic,
  },
  {
    id: 'account',
    label: '个人账户养老金',
    value: (r: EstimateResult) => r.estimate.personalAccount,
    how: (r: EstimateResult) => r.explanation.account,
  },
] as const

/** 个人账户储存额's derivation, from the assumptions the shown answer was made with. */
export function accountText(r: EstimateResult, applied: Partial<EstimateForm> | undefined): string {
  const interest = applied?.interestRate
    ? `，按年记账利率 ${applied.interestRate}% 计息`
    : '，未计利息（记账利率按 0 计）'
  const opening = applied?.openingBalance ? `，另加已有储存额 ${formatYuan(applied.openingBalance)}` : ''
  return `个人账户储存额 ${formatYuan(r.estimate.account)}：每月缴费基数的 8% 记入个人账户${interest}${opening}。`
}

/** Where the further months come from (or that there are none). */
export function futureText(r: EstimateResult): string {
  const c = r.context
  if (!(c.futureMonths > 0 && c.futureFrom && c.futureUntil)) return '到法定退休年月前已没有可以继续缴费的月份。'
  return `假设从 ${formatPeriodZh(c.futureFrom, c.futureUntil)} 每月按月缴费基数 ${formatYuan(r.base.base)} 缴费（每月 ${formatYuan(r.base.monthly)}，共 ${c.futureMonths} 个月）。${r.base.explanation}`
}

/** The base 去缴费核定 carries: the one in the form, else the one the answer used. */
export function assessBase(form: EstimateForm, r: EstimateResult): string {
  return form.base || r.base.input
}
