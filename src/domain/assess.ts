/**
 * Contribution assessment (缴费核定), RULES.md §4.8 order of checks:
 *   1 registration → 2 freeze → 3 period format/order → 4 same year → 5 suspension →
 *   6 back-pay/pre-pay → 7 frequency → 8 overlap → 9 retirement cap → 10 parameters → 11 base.
 * 1–2 stop at once. 3–4 stop the period checks (later ones need a valid period) but the base
 * input is still checked for syntax. From 5 on every failing check is reported, in order, so
 * `errors[0]` is always the first failure in the documented order.
 * Amounts follow §3.4: monthly first, then × months; HALF_UP to the cent.
 */
import type BigJs from 'big.js'
import {
  checkParsedBase,
  computeParsedBase,
  yearParametersDerived,
  type BaseChoice,
  type BaseKind,
  type DerivedParameters,
  type YearParameters,
} from './base'
import { parseDate, type YMD } from './date'
import { refusal, type Refusal } from './errors'
import { centsAmountTexts, fixedOfBig, type AmountTexts, type Fixed } from './fixed'
import { dec, formatAmountCompact, moneyString, parseUserAmount, roundHalfUp } from './money'
import { formatMonth, formatMonthIndexZh, monthsInclusive } from './month'
import {
  assessmentYearOf,
  capAtRetirement,
  checkBackpayPrepay,
  checkFrequency,
  checkFreeze,
  checkOverlap,
  checkSameYear,
  checkSuspension,
  classifyPeriod,
  monthKindsOf,
  parsePeriod,
  type ExistingAssessment,
  type MonthEntry,
  type MonthKind,
  type Period,
} from './period'
import { birthMonthAndSexOf, type Person } from './person'
import { fail, ok, type Result } from './result'
import { retirementCategoryFor, retirementMonthIndex } from './retirement'
import type { RuleSet, YearKind } from './rulesets/types'

export interface AssessInput {
  /** YYYY-MM-DD */
  today: string
  person: Person
  /** YYYY-MM */
  start: string
  /** YYYY-MM */
  end: string
  /** the base as typed: percent, wage, tier or amount by the rule set's input_mode */
  base: string
  /** monthly | quarterly | yearly (rule sets with frequency = m_q_y) */
  frequency?: string
  /** the person's records (§4.5) */
  existingAssessments?: readonly ExistingAssessment[]
}

/** The quote (§10.1 names, snake_case so it can go on the wire as is). Money: 2-decimal strings. */
export interface AssessmentQuote {
  months: number
  start: string
  /** after truncation to the retirement cap */
  end: string
  requested_end: string
  base_monthly: string
  base_total: string
  contribution_monthly: string
  account_monthly: string
  pooled_monthly: string
  total: string
  base_kind: BaseKind
  month_kinds: MonthKind[]
  breakdown: MonthEntry[]
  provisional: boolean
  truncated_to_retirement: boolean
  assessment_year: number
  /** the assessment year whose figures were used (earlier than assessment_year when provisional) */
  parameters_year: number
  year_kind: YearKind
  rate: string
  account_rate: string
  limits: { lower: string; upper: string; published: boolean; status: string }
  avg_wage: {
    statistical_year: number
    basis: 'annual' | 'monthly'
    monthly: string
    annual: string | null
    status: string
  } | null
  retirement_month: string | null
  /** e.g. '按上年度社平工资 8,088 元/月的 60% 计，月缴费基数 4,853 元；…' */
  explanation: string
  /** e.g. '2025年1月–2025年12月（共12个月）' */
  period_text: string
}

interface Amounts {
  contribution: BigJs
  account: BigJs
  pooled: BigJs
  total: BigJs
  baseTotal: BigJs
}

/** §3.4: contribution and account rounded HALF_UP per month; pooled = difference; × months. */
export function contributionAmounts(base: BigJs, months: number, rules: RuleSet): Amounts {
  const contribution = roundHalfUp(base.times(decOf(rules.rate)), 2)
  const account = roundHalfUp(base.times(decOf(rules.account_rate)), 2)
  return {
    contribution,
    account,
    pooled: contribution.minus(account),
    total: contribution.times(months),
    baseTotal: base.times(months),
  }
}

/**
 * Rates are decimal strings of the rule set; their Big value and their '20%' text are kept by string
 * (a string cannot change, so neither can what is derived from it). Bounded: cleared when it grows large.
 */
const RATE_DECS = new Map<string, { dec: BigJs; fixed: Fixed | null; percent: string }>()

function rateOf(rate: string): { dec: BigJs; fixed: Fixed | null; percent: string } {
  let hit = RATE_DECS.get(rate)
  if (hit === undefined) {
    if (RATE_DECS.size >= 256) RATE_DECS.clear()
    const d = dec(rate)
    hit = { dec: d, fixed: fixedOfBig(d), percent: `${d.times(100).toString()}%` }
    RATE_DECS.set(rate, hit)
  }
  return hit
}

function decOf(rate: string): BigJs {
  return rateOf(rate).dec
}

export type { AmountTexts } from './fixed'

/**
 * contributionAmounts(base, months, rules) as text. Exact integer cents (fixed.ts) when every figure fits in
 * a safe integer, as it does for every real amount; otherwise, or for a negative figure, big.js. Both give
 * the same digits (HALF_UP to the cent, §3.4); tests compare them.
 */
export function amountTexts(base: BigJs, months: number, rules: RuleSet): AmountTexts {
  return fastAmountTexts(base, months, rules) ?? bigAmountTexts(base, months, rules)
}

/** amountTexts with big.js only: the straightforward computation. */
export function bigAmountTexts(base: BigJs, months: number, rules: RuleSet): AmountTexts {
  const a = contributionAmounts(base, months, rules)
  return {
    base: moneyString(base),
    baseTotal: moneyString(a.baseTotal),
    contribution: moneyString(a.contribution),
    account: moneyString(a.account),
    pooled: moneyString(a.pooled),
    total: moneyString(a.total),
    contributionCompact: formatAmountCompact(a.contribution),
    totalCompact: formatAmountCompact(a.total),
  }
}

/** amountTexts in integer cents, or null when a figure does not fit (then big.js decides). */
export function fastAmountTexts(base: BigJs, months: number, rules: RuleSet): AmountTexts | null {
  return centsAmountTexts(base, months, rateOf(rules.rate).fixed, rateOf(rules.account_rate).fixed)
}

/** Retirement month index of the person, or a refusal, or null when birth data is unknown. */
function retirementMonthOf(person: Person, rules: RuleSet): Result<number | null> {
  const bs = birthMonthAndSexOf(person)
  if (!bs) return ok(null)
  const category = retirementCategoryFor(bs.sex, rules.female_original_age, person.postType)
  if (!category.ok) return category
  return ok(retirementMonthIndex(bs.birthMonth, category.value))
}

function percentText(rate: string): string {
  return rateOf(rate).percent
}

/** Assessment of a period for the person (§3, §4). */
export function assess(input: AssessInput, rules: RuleSet): Result<AssessmentQuote> {
  const today = parseDate(input.today)
  if (!today) return fail(refusal('INPUT_INVALID', { field: 'today' }))

  // 1. registration, 2. freeze
  if (input.person.registered !== true) return fail(refusal('NOT_REGISTERED'))
  const frozen = checkFreeze(today, rules.freeze)
  if (frozen) return fail(frozen)

  // 3. period format and order, 4. same assessment year
  const baseValue = parseUserAmount(input.base)
  const baseSyntax = checkParsedBase(baseValue, rules)
  const parsed = parsePeriod(input.start, input.end)
  if (!parsed.ok) return { ok: false, errors: withOptional(parsed.errors, baseSyntax) }
  const crosses = checkSameYear(parsed.value, rules.year_kind)
  if (crosses) return { ok: false, errors: withOptional([crosses], baseSyntax) }

  const requested = parsed.value
  const errors: Refusal[] = []

  // 5–8
  pushIf(errors, checkSuspension(requested, input.person.suspendedFrom))
  pushIf(errors, checkBackpayPrepay(requested, today, rules))
  pushIf(errors, checkFrequency(requested, input.frequency, rules))
  pushIf(errors, checkOverlap(requested, input.existingAssessments ?? []))

  // 9. retirement cap (§4.7)
  let period: Period = requested
  let truncated = false
  const retirement = retirementMonthOf(input.person, rules)
  if (!retirement.ok) errors.push(...retirement.errors)
  else if (retirement.value !== null) {
    const capped = capAtRetirement(requested, retirement.value, rules)
    if (capped.ok) ({ period, truncated } = capped.value)
    else errors.push(...capped.errors)
  }

  // 10. parameters, 11. base input
  const assessmentYear = assessmentYearOf(requested.start, rules.year_kind)
  const params = yearParametersDerived(rules, assessmentYear)
  if (!params.ok) {
    errors.push(...withOptional(params.errors, baseSyntax))
    return { ok: false, errors }
  }
  const choice = computeParsedBase(baseValue, baseSyntax, rules, params.value.params, params.value.derived)
  if (!choice.ok) errors.push(...choice.errors)
  if (errors.length > 0 || !choice.ok) return { ok: false, errors }

  return ok(
    buildQuote({
      today,
      rules,
      period,
      requested,
      truncated,
      assessmentYear,
      params: params.value.params,
      derived: params.value.derived,
      choice: choice.value,
      retirementMonth: retirement.ok ? retirement.value : null,
    }),
  )
}

function pushIf(errors: Refusal[], r: Refusal | null): void {
  if (r) errors.push(r)
}

function withOptional(errors: Refusal[], extra: Refusal | null): Refusal[] {
  return extra ? [...errors, extra] : errors
}

interface QuoteParts {
  today: YMD
  rules: RuleSet
  period: Period
  requested: Period
  truncated: boolean
  assessmentYear: number
  params: YearParameters
  derived: DerivedParameters
  choice: BaseChoice
  retirementMonth: number | null
}

function buildQuote(p: QuoteParts): AssessmentQuote {
  const { rules, period, params, choice } = p
  const months = monthsInclusive(period.start, period.end)
  const a = amountTexts(choice.base, months, rules)
  const breakdown = classifyPeriod(period, p.today, rules.declaration_window)
  const start = formatMonth(period.start)
  const end = formatMonth(period.end)

  const notes: string[] = [choice.explanation]
  if (params.provisional) {
    notes.push(
      `${p.assessmentYear}年度缴费基数标准尚未公布，暂按${params.parameters_year}年度标准核定，公布后可能需要补差`,
    )
  }
  if (p.truncated && p.retirementMonth !== null) {
    notes.push(`已按法定退休年月（${formatMonthIndexZh(p.retirementMonth)}）截止核定`)
  }
  notes.push(
    `每月缴费 ${a.contributionCompact} 元（费率${percentText(rules.rate)}，其中${percentText(rules.account_rate)}记入个人账户），共${months}个月，合计 ${a.totalCompact} 元`,
  )

  return {
    months,
    start,
    end,
    requested_end: formatMonth(p.requested.end),
    base_monthly: a.base,
    base_total: a.baseTotal,
    contribution_monthly: a.contribution,
    account_monthly: a.account,
    pooled_monthly: a.pooled,
    total: a.total,
    base_kind: choice.kind,
    month_kinds: monthKindsOf(breakdown),
    breakdown,
    provisional: params.provisional,
    truncated_to_retirement: p.truncated,
    assessment_year: p.assessmentYear,
    parameters_year: params.parameters_year,
    year_kind: rules.year_kind,
    rate: rules.rate,
    account_rate: rules.account_rate,
    limits: {
      lower: p.derived.lowerMoney,
      upper: p.derived.upperMoney,
      published: params.band.published,
      status: params.provisional ? `PROVISIONAL (${params.band.status})` : params.band.status,
    },
    avg_wage: params.avg
      ? {
          statistical_year: params.avg.statistical_year,
          basis: params.avg.basis,
          monthly: p.derived.avgMonthlyMoney,
          annual: p.derived.avgAnnualMoney,
          status: params.avg.status,
        }
      : null,
    retirement_month: p.retirementMonth === null ? null : formatMonth(p.retirementMonth),
    explanation: notes.join('；'),
    period_text: `${periodTextZh(period)}（共${months}个月）`,
  }
}

/** formatPeriodZh(formatMonth(start), formatMonth(end)) from the indexes. */
function periodTextZh(period: Period): string {
  return period.start === period.end
    ? formatMonthIndexZh(period.start)
    : `${formatMonthIndexZh(period.start)}–${formatMonthIndexZh(period.end)}`
}
