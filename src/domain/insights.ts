/**
 * 算得清 from a person's own data (issue 14): turns the facts the agency holds — birth date and
 * retirement category, the region's rule set, every record with its base and status — into the inputs
 * of estimateForPerson / compareOptions / contributionYears / historyByYear, and answers them.
 * The server and the app call these; nothing here reads a clock or a database (`today` is an argument).
 *
 *   counted months : every month of a record that is not revoked (已缴费 or 已核定未缴费), at the record's
 *                    base, against the average wage of the month's assessment year (§3.6, §4.2)
 *   future months  : the months from the current month up to the month before the statutory retirement
 *                    month that no record covers yet, at the chosen base (default: the latest record's
 *                    choice, else the region's lowest)
 *   计发基数        : the region's average wage of the current assessment year, unless the user sets one
 */
import { computeBase, yearParameters, type BaseKind, type YearParameters } from './base'
import { contributionAmounts } from './assess'
import { baseOptions, compareOptions, type ComparedOption } from './compare'
import { parseDate, monthIndexOfDate } from './date'
import {
  contributionYears,
  estimateForPerson,
  type CountedMonth,
  type ContributionYears,
  type EstimateInput,
  type PersonEstimate,
} from './estimate'
import { refusal } from './errors'
import { firstOpenMonth, historyByYear, type History, type HistoryRecord } from './history'
import { formatMonth, formatMonthZh, parseMonth } from './month'
import { dec, formatYuanText, moneyString, roundHalfUp } from './money'
import { assessableRange, assessmentYearOf, currentDeclarationMonth, type AssessableRange } from './period'
import { fail, ok, type Result } from './result'
import { statutoryRetirement, type RetirementInfo } from './retirement'
import type { RuleSet } from './rulesets/types'

/** One record as the agency stores it (statuses as stored: CREATED / TRANSMITTED / PAID / REVOKED). */
export interface InsightRecord {
  id?: string
  start: string
  end: string
  status: string
  baseMonthly: string
  contributionMonthly: string
  baseInput: string
  baseKind: string
}

export interface PersonFacts {
  today: string
  /** YYYY-MM-DD or YYYY-MM */
  birthDate: string
  retirementCategory: string
  rules: RuleSet
  records: readonly InsightRecord[]
  /** the registration is suspended (停保): no future months are counted */
  suspended?: boolean
}

export interface EstimateAssumptions {
  /** the base for the months still payable, as the base step reads it (percent, tier or amount) */
  base?: string
  /** annual 记账利率 as a percent, e.g. "2.62" (the screen's unit); default 0 */
  interestPercent?: string
  /** 计发基数, yuan per month */
  pensionBase?: string
  /** personal-account balance from before (e.g. employee years), yuan */
  openingBalance?: string
  /** 宁夏: a declared wage to add as its own row of the comparison */
  declaredWage?: string
}

export interface PersonContext {
  today_month: string
  retirement: RetirementInfo
  params: YearParameters
  range: AssessableRange
  /** every counted month (history), oldest first */
  counted: CountedMonth[]
  counted_paid: number
  counted_assessed: number
  /** what the person has paid or been assessed so far (whole rate) */
  paid_so_far: string
  future_months: number
  future_from: string | null
  future_until: string | null
  /** the base input the estimate starts from when the user has not chosen one */
  default_base: string
  /** the region's average wage (monthly, 2 decimals): the default 计发基数 */
  pension_base_default: string
}

const COUNTED = new Set(['CREATED', 'ASSESSED', 'TRANSMITTED', 'PAID'])

/** The engine's status names for the history (CREATED is 已核定 = ASSESSED). */
export function historyRecordsOf(records: readonly InsightRecord[]): HistoryRecord[] {
  return records.map((r) => ({
    start: r.start,
    end: r.end,
    monthly: r.contributionMonthly,
    status: r.status === 'CREATED' ? 'ASSESSED' : r.status,
  }))
}

function ymd(today: string) {
  const d = parseDate(today)
  return d
}

/** The facts assembled for the estimate: retirement, counted months, future months and defaults. */
export function personContext(facts: PersonFacts): Result<PersonContext> {
  const today = ymd(facts.today)
  if (!today) return fail(refusal('INPUT_INVALID', { field: 'today' }))
  const retirement = statutoryRetirement(facts.birthDate.slice(0, 7), facts.retirementCategory)
  if (!retirement.ok) return retirement
  const rules = facts.rules
  const todayMonth = monthIndexOfDate(today)
  const params = yearParameters(rules, assessmentYearOf(todayMonth, rules.year_kind))
  if (!params.ok) return params
  if (!params.value.avg)
    return fail(refusal('AVG_WAGE_UNAVAILABLE', { statistical_year: params.value.assessment_year - 1 }))
  const range = assessableRange(today, rules)

  // counted months: the latest record wins a month (records do not overlap unless revoked)
  const byMonth = new Map<number, { record: InsightRecord }>()
  for (const r of facts.records) {
    if (!COUNTED.has(r.status)) continue
    const s = parseMonth(r.start)
    const e = parseMonth(r.end)
    if (s === null || e === null) continue
    for (let m = s; m <= e; m++) byMonth.set(m, { record: r })
  }
  const avgCache = new Map<number, string>()
  const avgOf = (m: number): string => {
    const year = assessmentYearOf(m, rules.year_kind)
    let v = avgCache.get(year)
    if (v === undefined) {
      const p = yearParameters(rules, year)
      v = (p.ok && p.value.avg ? p.value.avg.monthly : params.value.avg!.monthly).toFixed()
      avgCache.set(year, v)
    }
    return v
  }
  const months = [...byMonth.keys()].sort((a, b) => a - b)
  const counted: CountedMonth[] = months.map((m) => ({
    base: byMonth.get(m)!.record.baseMonthly,
    avgMonthly: avgOf(m),
  }))
  let paidSoFar = dec(0)
  let paid = 0
  for (const m of months) {
    const r = byMonth.get(m)!.record
    paidSoFar = paidSoFar.plus(dec(r.contributionMonthly))
    if (r.status === 'PAID') paid++
  }

  // future months: from the current month to the month before retirement, not yet covered
  const retireIndex = parseMonth(retirement.value.retirement_month) as number
  let future = 0
  let from: number | null = null
  let until: number | null = null
  if (!facts.suspended) {
    for (let m = todayMonth; m < retireIndex; m++) {
      if (byMonth.has(m)) continue
      future++
      from ??= m
      until = m
    }
  }

  const latest = [...facts.records]
    .filter((r) => COUNTED.has(r.status))
    .sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0))[0]
  const lowest = baseOptions(rules, params.value)
  const fallback = lowest.ok && lowest.value.length ? lowest.value[0].input : ''
  const defaultBase = latest && computeBase(latest.baseInput, rules, params.value).ok ? latest.baseInput : fallback

  return ok({
    today_month: formatMonth(todayMonth),
    retirement: retirement.value,
    params: params.value,
    range,
    counted,
    counted_paid: paid,
    counted_assessed: months.length - paid,
    paid_so_far: moneyString(paidSoFar),
    future_months: future,
    future_from: from === null ? null : formatMonth(from),
    future_until: until === null ? null : formatMonth(until),
    default_base: defaultBase,
    pension_base_default: moneyString(roundHalfUp(params.value.avg.monthly, 2)),
  })
}

/** A percent typed on the screen ("2.62") as the engine's fraction ("0.0262"); null when not a number 0–100. */
export function interestFraction(percent: string | undefined): string | null | undefined {
  if (percent === undefined || percent.trim() === '') return undefined
  const t = percent.trim()
  if (!/^\d{1,3}(?:\.\d{1,4})?$/.test(t) || dec(t).gt(100)) return null
  return dec(t).div(100).toFixed()
}

function estimateBase(ctx: PersonContext, facts: PersonFacts, a: EstimateAssumptions) {
  const interest = interestFraction(a.interestPercent)
  if (interest === null) return fail(refusal('INPUT_INVALID', { field: 'interest_rate' }))
  const input: Omit<EstimateInput, 'future'> & { future: { months: number; avgMonthly: string } } = {
    retirement: ctx.retirement,
    history: ctx.counted,
    future: { months: ctx.future_months, avgMonthly: ctx.params.avg!.monthly.toFixed() },
    pensionBase: a.pensionBase?.trim() || ctx.pension_base_default,
    accountRate: facts.rules.account_rate,
    ...(interest !== undefined ? { interestRate: interest } : {}),
    ...(a.openingBalance?.trim() ? { openingBalance: a.openingBalance.trim() } : {}),
  }
  return ok(input)
}

export interface ChosenBase {
  input: string
  kind: BaseKind
  base: string
  monthly: string
  explanation: string
}

export interface EstimateExplanation {
  /** 基础养老金: how it was derived, in plain Chinese */
  basic: string
  /** 个人账户养老金: how it was derived */
  account: string
  /** 缴费年限 and months */
  years: string
}

export interface PersonEstimateAnswer {
  context: PersonContext
  base: ChosenBase
  estimate: PersonEstimate
  explanation: EstimateExplanation
}

/** Plain-Chinese derivation of both parts of the estimate (numbers are the engine's, formatted). */
export function explainEstimate(ctx: PersonContext, e: PersonEstimate, pensionBase: string): EstimateExplanation {
  const index = e.avg_index
  const yearsText = `${e.years}年（已缴费和已核定${e.months_paid}个月，至退休前还可缴${e.months_future}个月，共${e.months_total}个月）`
  const retire = formatMonthZh(ctx.retirement.retirement_month)
  const age = `${ctx.retirement.age_years}周岁${ctx.retirement.age_extra_months ? `${ctx.retirement.age_extra_months}个月` : ''}`
  return {
    years: `缴费年限按 ${yearsText} 计算。`,
    basic: `基础养老金 = 计发基数 ${formatYuanText(pensionBase)} ×（1 + 本人平均缴费指数 ${index}）÷ 2 × 缴费年限 ${e.years} 年 × 1% = ${formatYuanText(e.basic)}/月。`,
    account: `个人账户养老金 = 个人账户储存额 ${formatYuanText(e.account)} ÷ 计发月数 ${e.divisor}（${retire}退休时 ${age}）= ${formatYuanText(e.personal_account)}/月。`,
  }
}

/** 养老金测算 for a person from their own data and the user's assumptions. */
export function estimateFor(facts: PersonFacts, a: EstimateAssumptions = {}): Result<PersonEstimateAnswer> {
  const context = personContext(facts)
  if (!context.ok) return context
  const ctx = context.value
  const baseInput = a.base?.trim() || ctx.default_base
  const choice = computeBase(baseInput, facts.rules, ctx.params)
  if (!choice.ok) return choice
  const input = estimateBase(ctx, facts, a)
  if (!input.ok) return input
  const estimate = estimateForPerson(
    { ...input.value, future: { ...input.value.future, base: choice.value.base.toFixed(2) } },
    facts.rules.rate,
  )
  if (!estimate.ok) return estimate
  const amounts = contributionAmounts(choice.value.base, 1, facts.rules)
  return ok({
    context: ctx,
    base: {
      input: baseInput,
      kind: choice.value.kind,
      base: moneyString(choice.value.base),
      monthly: moneyString(amounts.contribution),
      explanation: choice.value.explanation,
    },
    estimate: estimate.value,
    explanation: explainEstimate(ctx, estimate.value, String(input.value.pensionBase)),
  })
}

export interface ComparisonAnswer {
  context: PersonContext
  rows: ComparedOption[]
}

/** 档次对比 for a person: every base of the region carried into their own estimate. */
export function compareFor(facts: PersonFacts, a: EstimateAssumptions = {}): Result<ComparisonAnswer> {
  const context = personContext(facts)
  if (!context.ok) return context
  const ctx = context.value
  if (a.declaredWage !== undefined && !/^\d{1,9}(?:\.\d{1,2})?$/.test(a.declaredWage.trim())) {
    return fail(refusal('INPUT_INVALID', { field: 'declared_wage' }))
  }
  const options = baseOptions(facts.rules, ctx.params, a.declaredWage?.trim() || undefined)
  if (!options.ok) return options
  const input = estimateBase(ctx, facts, a)
  if (!input.ok) return input
  const rows = compareOptions(options.value, input.value, facts.rules, ctx.paid_so_far)
  if (!rows.ok) return rows
  return ok({ context: ctx, rows: rows.value })
}

export interface YearsAnswer extends ContributionYears {
  retirement_month: string
  paid_months: number
  assessed_months: number
  next_payable_month: string
}

/** 缴费年限: months counted against the minimum for the retirement year (§2.5). */
export function yearsFor(facts: PersonFacts): Result<YearsAnswer> {
  const context = personContext(facts)
  if (!context.ok) return context
  const ctx = context.value
  const from = ctx.range.earliest ?? ctx.today_month
  const next = firstOpenMonth(historyRecordsOf(facts.records), from)
  const years = contributionYears({
    retirementMonth: ctx.retirement.retirement_month,
    countedMonths: ctx.counted.length,
    nextPayableMonth: next,
  })
  if (!years.ok) return years
  return ok({
    ...years.value,
    retirement_month: ctx.retirement.retirement_month,
    paid_months: ctx.counted_paid,
    assessed_months: ctx.counted_assessed,
    next_payable_month: next,
  })
}

/** 缴费记录 by year, gaps marked with the part still assessable today. */
export function historyFor(facts: Pick<PersonFacts, 'today' | 'rules' | 'records'>): Result<History> {
  const today = ymd(facts.today)
  if (!today) return fail(refusal('INPUT_INVALID', { field: 'today' }))
  return ok(
    historyByYear({
      records: historyRecordsOf(facts.records),
      untilMonth: formatMonth(monthIndexOfDate(today)),
      range: assessableRange(today, facts.rules),
    }),
  )
}

export type ReminderKind = 'NEXT_DUE' | 'DECLARATION_WINDOW' | 'AWAITING_PAYMENT' | 'YEARS_SHORT'

export interface Reminder {
  kind: ReminderKind
  /** the month concerned (YYYY-MM), when there is one */
  month: string | null
  /** window dates (YYYY-MM-DD) for DECLARATION_WINDOW */
  from: string | null
  to: string | null
  /** a record concerned, for AWAITING_PAYMENT */
  record_id: string | null
  title: string
  text: string
}

function pad(n: number) {
  return String(n).padStart(2, '0')
}

/**
 * Reminders of a person on `today`: the next unpaid month, the declaration window where the region has
 * one (天津: the month M is declared from day 21 of M−1 to day 19 of M), records transmitted but not paid,
 * and a minimum that cannot be reached in time.
 */
export function remindersFor(facts: PersonFacts, nextDueMonth: string | null): Result<Reminder[]> {
  const today = ymd(facts.today)
  if (!today) return fail(refusal('INPUT_INVALID', { field: 'today' }))
  const out: Reminder[] = []
  const base = { month: null, from: null, to: null, record_id: null }
  if (nextDueMonth && !facts.suspended) {
    out.push({
      ...base,
      kind: 'NEXT_DUE',
      month: nextDueMonth,
      title: '下一个待缴月份',
      text: `${formatMonthZh(nextDueMonth)}尚未核定缴费，可以去缴费核定。`,
    })
  }
  const window = facts.rules.declaration_window
  if (window && !facts.suspended) {
    const current = currentDeclarationMonth(today, window)
    // on a gap day the next window is the one of next month
    const month = current ?? monthIndexOfDate(today) + 1
    const prev = month - 1
    const from = `${Math.floor(prev / 12)}-${pad((prev % 12) + 1)}-${pad(window.from_day_prev)}`
    const to = `${Math.floor(month / 12)}-${pad((month % 12) + 1)}-${pad(window.to_day)}`
    const m = formatMonth(month)
    out.push({
      ...base,
      kind: 'DECLARATION_WINDOW',
      month: m,
      from,
      to,
      title: current === null ? '申报期未开始' : '本月申报期',
      text:
        current === null
          ? `${formatMonthZh(m)}的申报期为 ${zhDate(from)} 至 ${zhDate(to)}，期间可以核定缴费。`
          : `${formatMonthZh(m)}的申报期到 ${zhDate(to)} 截止，请在截止前核定并缴费。`,
    })
  }
  for (const r of facts.records) {
    if (r.status !== 'TRANSMITTED') continue
    out.push({
      ...base,
      kind: 'AWAITING_PAYMENT',
      month: r.start,
      record_id: r.id ?? null,
      title: '已传输，待缴费',
      text: `${formatMonthZh(r.start)}起的核定已传输到税务部门，尚未缴费。`,
    })
  }
  const years = yearsFor(facts)
  if (years.ok && !years.value.reachable) {
    out.push({
      ...base,
      kind: 'YEARS_SHORT',
      month: years.value.retirement_month,
      title: '缴费年限不足',
      text: `到法定退休年月（${formatMonthZh(years.value.retirement_month)}）累计缴费仍差${years.value.shortfall_at_retirement}个月，可以延长缴费或一次性缴费。`,
    })
  }
  return ok(out)
}

function zhDate(d: string): string {
  const [y, m, day] = d.split('-').map(Number)
  return `${y}年${m}月${day}日`
}
