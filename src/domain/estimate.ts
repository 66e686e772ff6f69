/**
 * 算得清: a person's own pension estimate and contribution-years tracker (RULES.md §2.5, §3.4, §9).
 *
 * Everything here is derived from the person's data (statutory retirement month, the months already
 * paid or assessed with their bases) and a chosen base for the months still payable; every assumption
 * the result rests on is returned by name, so a screen can show it and let the user change it.
 *
 *   个人账户储存额 = opening balance + Σ ROUND_HALF_UP(base × account_rate, 0.01) per month (§3.4),
 *                   each month's part grown by the interest rate until retirement (0 by default)
 *   本人平均缴费指数 = mean over months of (own base ÷ the average wage used that month), HALF_UP to 4 decimals
 *   缴费年限        = months ÷ 12
 *   then §9 (pensionEstimate) with the region's 计发基数 and the interpolated 计发月数.
 */
import type BigJs from 'big.js'
import { refusal } from './errors'
import { addMonths, formatMonth, parseMonth } from './month'
import { dec, moneyString, roundHalfUp, type DecimalLike } from './money'
import { pensionEstimate, type PensionEstimate } from './pension'
import { fail, ok, type Result } from './result'
import { minContributionMonths } from './retirement'

/** One month counted towards the pension: its monthly base and the average wage that base was set against. */
export interface CountedMonth {
  base: DecimalLike
  avgMonthly: DecimalLike
}

export interface EstimateInput {
  /** statutory retirement month and age at it (retirementInfoFromIndex / statutoryRetirement) */
  retirement: { retirement_month: string; age_years: number; age_extra_months: number }
  /** months already paid or assessed, one entry per month */
  history: readonly CountedMonth[]
  /** months still to pay until retirement at the chosen base */
  future: { months: number; base: DecimalLike; avgMonthly: DecimalLike }
  /** 计发基数 (yuan per month): the region's average wage, editable */
  pensionBase: DecimalLike
  /** personal-account part of the rate, e.g. "0.08" (§3.2) */
  accountRate: DecimalLike
  /** annual 记账利率 as a fraction (e.g. "0.0262"); default 0 */
  interestRate?: DecimalLike
  /** personal-account balance from before the counted months (e.g. employee years); default 0 */
  openingBalance?: DecimalLike
  divisorTable?: Readonly<Record<string, number>>
}

export type AssumptionKey =
  | 'retirement_month'
  | 'future_base'
  | 'pension_base'
  | 'interest_rate'
  | 'opening_balance'
  | 'account_rate'
  | 'years_rule'

export interface Assumption {
  key: AssumptionKey
  value: string
  /** 'data': from the person's records or the rule set; 'chosen': the user's choice; 'default': set by us */
  source: 'data' | 'chosen' | 'default'
}

export interface PersonEstimate extends PensionEstimate {
  months_paid: number
  months_future: number
  months_total: number
  /** 缴费年限 as years with 2 decimals (display; the formula uses months ÷ 12 exactly) */
  years: string
  avg_index: string
  account: string
  /** own contributions until retirement: the future months at the chosen base (whole rate, §3.4) */
  future_monthly: string
  assumptions: Assumption[]
}

const INDEX_DP = 4

function nonNegative(value: DecimalLike | undefined, fallback: string): BigJs | null {
  const text = value === undefined ? fallback : typeof value === 'number' ? String(value) : String(value).trim()
  return /^\d+(?:\.\d+)?$/.test(text) ? dec(text) : null
}

/** Growth of one contribution made `monthsLeft` months before retirement: whole years compound, the rest simple. */
function growth(rate: BigJs, monthsLeft: number): BigJs {
  if (rate.eq(0) || monthsLeft <= 0) return dec(1)
  const years = Math.floor(monthsLeft / 12)
  return dec(1)
    .plus(rate)
    .pow(years)
    .times(dec(1).plus(rate.times(monthsLeft % 12).div(12)))
}

/** The pension estimate of a person from their own data (issue 14; RULES.md §9 revised). */
export function estimateForPerson(input: EstimateInput, totalRate: DecimalLike = '0.20'): Result<PersonEstimate> {
  const accountRate = nonNegative(input.accountRate, '')
  const interest = nonNegative(input.interestRate, '0')
  const opening = nonNegative(input.openingBalance, '0')
  const pensionBase = nonNegative(input.pensionBase, '')
  const futureBase = nonNegative(input.future.base, '')
  const futureAvg = nonNegative(input.future.avgMonthly, '')
  const rate = nonNegative(totalRate, '')
  if (!accountRate) return fail(refusal('INPUT_INVALID', { field: 'account_rate' }))
  if (!interest || interest.gt(1)) return fail(refusal('INPUT_INVALID', { field: 'interest_rate' }))
  if (!opening) return fail(refusal('INPUT_INVALID', { field: 'opening_balance' }))
  if (!pensionBase) return fail(refusal('INPUT_INVALID', { field: 'pension_base' }))
  if (!futureBase || !futureAvg || futureAvg.eq(0)) return fail(refusal('INPUT_INVALID', { field: 'future_base' }))
  if (!rate) return fail(refusal('INPUT_INVALID', { field: 'rate' }))
  const futureMonths = input.future.months
  if (!Number.isInteger(futureMonths) || futureMonths < 0) {
    return fail(refusal('INPUT_INVALID', { field: 'future_months' }))
  }

  const paid: Array<{ base: BigJs; avg: BigJs }> = []
  for (const m of input.history) {
    const base = nonNegative(m.base, '')
    const avg = nonNegative(m.avgMonthly, '')
    if (!base || !avg || avg.eq(0)) return fail(refusal('INPUT_INVALID', { field: 'history' }))
    paid.push({ base, avg })
  }
  const total = paid.length + futureMonths
  if (total === 0) return fail(refusal('INPUT_INVALID', { field: 'history' }))

  // personal account: the history's months are counted before the future ones, oldest first
  let account = opening.times(growth(interest, total))
  let indexSum = dec(0)
  paid.forEach((m, i) => {
    account = account.plus(roundHalfUp(m.base.times(accountRate), 2).times(growth(interest, total - i)))
    indexSum = indexSum.plus(m.base.div(m.avg))
  })
  const futureAccountMonthly = roundHalfUp(futureBase.times(accountRate), 2)
  for (let k = futureMonths; k >= 1; k--) account = account.plus(futureAccountMonthly.times(growth(interest, k)))
  indexSum = indexSum.plus(futureBase.div(futureAvg).times(futureMonths))
  const avgIndex = roundHalfUp(indexSum.div(total), INDEX_DP)
  const accountCents = roundHalfUp(account, 2)

  const result = pensionEstimate({
    baseMonthly: pensionBase.toFixed(),
    avgIndex: avgIndex.toFixed(),
    years: dec(total).div(12).toFixed(20),
    account: accountCents.toFixed(2),
    ageYears: input.retirement.age_years,
    ageMonths: input.retirement.age_extra_months,
    divisorTable: input.divisorTable,
  })
  if (!result.ok) return result

  return ok({
    ...result.value,
    months_paid: paid.length,
    months_future: futureMonths,
    months_total: total,
    years: roundHalfUp(dec(total).div(12), 2).toFixed(2),
    avg_index: avgIndex.toFixed(INDEX_DP),
    account: moneyString(accountCents),
    future_monthly: moneyString(futureBase.times(rate)),
    assumptions: [
      { key: 'retirement_month', value: input.retirement.retirement_month, source: 'data' },
      { key: 'future_base', value: moneyString(futureBase), source: 'chosen' },
      { key: 'pension_base', value: moneyString(pensionBase), source: 'data' },
      { key: 'account_rate', value: accountRate.toFixed(), source: 'data' },
      {
        key: 'interest_rate',
        value: interest.toFixed(),
        source: input.interestRate === undefined ? 'default' : 'chosen',
      },
      {
        key: 'opening_balance',
        value: moneyString(opening),
        source: input.openingBalance === undefined ? 'default' : 'chosen',
      },
      { key: 'years_rule', value: 'months/12', source: 'default' },
    ],
  })
}

export interface ContributionYearsInput {
  /** statutory retirement month YYYY-MM */
  retirementMonth: string
  /** distinct months already paid or assessed */
  countedMonths: number
  /** the first month the person can still pay for (YYYY-MM) */
  nextPayableMonth: string
  /** the last month payable before retirement (YYYY-MM); default the month before the retirement month */
  lastPayableMonth?: string
}

export interface ContributionYears {
  required_months: number
  counted_months: number
  /** months still needed to reach the minimum (0 when reached) */
  needed_months: number
  /** the month the minimum is reached paying every month from nextPayableMonth; null when already reached */
  reach_month: string | null
  /** true when the minimum is reached (or will be) no later than the last payable month */
  reachable: boolean
  /** months missing at the statutory month when paying every month until then (0 when reachable) */
  shortfall_at_retirement: number
  /** what the law offers when the minimum is not reached in time (§2.5: 延长缴费 or 一次性缴费) */
  options: Array<'EXTEND' | 'LUMP_SUM'>
}

/** 缴费年限: months counted against the minimum for the retirement year (§2.5). */
export function contributionYears(input: ContributionYearsInput): Result<ContributionYears> {
  const retirement = parseMonth(input.retirementMonth)
  const next = parseMonth(input.nextPayableMonth)
  if (retirement === null) return fail(refusal('INPUT_INVALID', { field: 'retirement_month' }))
  if (next === null) return fail(refusal('INPUT_INVALID', { field: 'next_payable_month' }))
  const last = input.lastPayableMonth === undefined ? retirement - 1 : parseMonth(input.lastPayableMonth)
  if (last === null) return fail(refusal('INPUT_INVALID', { field: 'last_payable_month' }))
  const counted = input.countedMonths
  if (!Number.isInteger(counted) || counted < 0) return fail(refusal('INPUT_INVALID', { field: 'counted_months' }))

  const required = minContributionMonths(Math.floor(retirement / 12))
  const needed = Math.max(0, required - counted)
  if (needed === 0) {
    return ok({
      required_months: required,
      counted_months: counted,
      needed_months: 0,
      reach_month: null,
      reachable: true,
      shortfall_at_retirement: 0,
      options: [],
    })
  }
  const reach = addMonths(formatMonth(next), needed - 1)
  const payableUntilRetirement = Math.max(0, last - next + 1)
  const reachable = (parseMonth(reach) as number) <= last
  const shortfall = reachable ? 0 : needed - payableUntilRetirement
  return ok({
    required_months: required,
    counted_months: counted,
    needed_months: needed,
    reach_month: reach,
    reachable,
    shortfall_at_retirement: shortfall,
    options: reachable ? [] : ['EXTEND', 'LUMP_SUM'],
  })
}

/** Years it takes the monthly pension to pay back one's own contributions (1 decimal, HALF_UP); null if no pension. */
export function paybackYears(ownContributions: DecimalLike, monthlyPension: DecimalLike): string | null {
  const paid = dec(ownContributions)
  const pension = dec(monthlyPension)
  if (pension.lte(0)) return null
  return roundHalfUp(paid.div(pension.times(12)), 1).toFixed(1)
}
