/**
 * Contribution base (缴费基数), RULES.md §3: the parameters of an assessment year (§4.2, §13.1,
 * §13.2), the band [lower, upper] (published limits win, §3.5), and the three input modes
 * (§3.3: ningxia, tier, amount) with their rounding (§3.4).
 */
import type BigJs from 'big.js'
import { refusal, type Refusal } from './errors'
import { clampBig, dec, formatAmountCompact, parseUserAmount, roundCeiling, roundHalfUp } from './money'
import { fail, ok, type Result } from './result'
import type { BaseRounding, LimitRounding, RuleSet } from './rulesets/types'

export type BaseKind = 'percent' | 'declared_wage' | 'tier' | 'amount'

/** §3.3 ningxia mode: 60 ≤ v ≤ 300 is a percent, v > 300 a declared monthly wage. */
export const PERCENT_MIN = 60
export const PERCENT_MAX = 300

export interface AvgWageUsed {
  statistical_year: number
  /** which figure the computation used (§3.4 "Record which one was used") */
  basis: 'annual' | 'monthly'
  annual: BigJs | null
  /** annual / 12 unrounded (§13.1), or the published monthly figure */
  monthly: BigJs
  status: string
}

export interface Band {
  lower: BigJs
  upper: BigJs
  /** true: published limits (§3.5); false: computed 60% / 300% with limit_rounding */
  published: boolean
  status: string
}

export interface YearParameters {
  /** the assessment year asked for */
  assessment_year: number
  /** the assessment year whose figures are used (earlier when provisional) */
  parameters_year: number
  provisional: boolean
  band: Band
  avg: AvgWageUsed | null
}

// ── §4.2 / §13.2: which figures apply ───────────────────────────────────────────────────

/** Parameters for AY are "loaded" when limits[AY] or avg_wage[AY−1] is (§13.2). */
function hasParameters(rules: RuleSet, year: number): boolean {
  return rules.limits[String(year)] !== undefined || rules.avg_wage[String(year - 1)] !== undefined
}

function roundLimit(x: BigJs, mode: LimitRounding): BigJs {
  return mode === 'yuan_ceiling' ? roundCeiling(x, 0) : roundHalfUp(x, 0)
}

/** avg × percent / 100, from the annual figure when there is one (§13.1). */
export function percentOfAverage(avg: AvgWageUsed, percent: BigJs): BigJs {
  return avg.annual ? avg.annual.times(percent).div(100).div(12) : avg.monthly.times(percent).div(100)
}

function parametersOf(rules: RuleSet, year: number, assessmentYear: number): YearParameters {
  const wage = rules.avg_wage[String(year - 1)]
  const avg: AvgWageUsed | null = wage
    ? wage.annual !== undefined
      ? {
          statistical_year: year - 1,
          basis: 'annual',
          annual: dec(wage.annual),
          monthly: dec(wage.annual).div(12),
          status: wage.status,
        }
      : {
          statistical_year: year - 1,
          basis: 'monthly',
          annual: null,
          monthly: dec(wage.monthly as string),
          status: wage.status,
        }
    : null
  const limits = rules.limits[String(year)]
  let band: Band
  if (limits) {
    band = { lower: dec(limits.lower), upper: dec(limits.upper), published: true, status: limits.status }
  } else {
    const a = avg as AvgWageUsed // hasParameters(year) holds, so the average is loaded
    band = {
      lower: roundLimit(percentOfAverage(a, dec(PERCENT_MIN)), rules.limit_rounding),
      upper: roundLimit(percentOfAverage(a, dec(PERCENT_MAX)), rules.limit_rounding),
      published: false,
      status: `DERIVED (60%/300% of the ${a.statistical_year} average wage, ${rules.limit_rounding})`,
    }
  }
  return { assessment_year: assessmentYear, parameters_year: year, provisional: year !== assessmentYear, band, avg }
}

/**
 * §4.2, §13.2: the figures for assessment year `year`. When missing, with
 * `provisional_fallback` the latest earlier year's limits and average wage are used
 * (`provisional: true`); otherwise AVG_WAGE_UNAVAILABLE with the statistical year (AY − 1).
 */
export function yearParameters(rules: RuleSet, year: number): Result<YearParameters> {
  if (hasParameters(rules, year)) return ok(parametersOf(rules, year, year))
  if (rules.provisional_fallback) {
    const candidates = [
      ...Object.keys(rules.limits).map(Number),
      ...Object.keys(rules.avg_wage).map((y) => Number(y) + 1),
    ]
    const earlier = candidates.filter((y) => y < year)
    if (earlier.length > 0) return ok(parametersOf(rules, Math.max(...earlier), year))
  }
  return fail(refusal('AVG_WAGE_UNAVAILABLE', { statistical_year: year - 1 }))
}

// ── §3.3 input checks that need no parameters ────────────────────────────────────────────

/**
 * Checks a typed base that need no yearly figures (§3.3, §13.5): BASE_INPUT_INVALID in every
 * mode, BASE_PERCENT_BELOW_MIN (ningxia, reject), TIER_INVALID (tier). Used alone when the
 * period is invalid, so the user still learns every problem of the form at once.
 */
export function checkBaseInput(raw: unknown, rules: RuleSet): Refusal | null {
  const v = parseUserAmount(raw)
  if (v === null) return refusal('BASE_INPUT_INVALID')
  if (rules.input_mode === 'ningxia' && v.lt(PERCENT_MIN) && rules.below_min_percent === 'reject') {
    return refusal('BASE_PERCENT_BELOW_MIN', { minimum: PERCENT_MIN })
  }
  if (rules.input_mode === 'tier' && !rules.tiers.some((t) => v.eq(dec(t)))) {
    return refusal('TIER_INVALID', { allowed: [...rules.tiers] })
  }
  return null
}

// ── §3.3 / §3.4 the monthly base ─────────────────────────────────────────────────────────

export interface BaseChoice {
  base: BigJs
  kind: BaseKind
  /** the number the user typed */
  input: BigJs
  /** set when the base was raised to `lower` or cut to `upper` */
  clamped: 'lower' | 'upper' | null
  /** e.g. '按上年度社平工资 8,088 元/月的 60% 计，月缴费基数 4,853 元' */
  explanation: string
}

const BASE_DP: Record<BaseRounding, number> = { yuan_half_up: 0, jiao_half_up: 1, fen_half_up: 2 }

/** R_base (§3.4): HALF_UP to yuan, jiao or fen. */
export function roundBase(x: BigJs, mode: BaseRounding): BigJs {
  return roundHalfUp(x, BASE_DP[mode])
}

function clampWithSide(x: BigJs, band: Band): { value: BigJs; clamped: 'lower' | 'upper' | null } {
  if (x.lt(band.lower)) return { value: band.lower, clamped: 'lower' }
  if (x.gt(band.upper)) return { value: band.upper, clamped: 'upper' }
  return { value: clampBig(x, band.lower, band.upper), clamped: null }
}

const yuan = (x: BigJs): string => `${formatAmountCompact(x)} 元`
const ZH_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五']

/** 第五档 etc.: the tiers' names, the same in the engine's explanation and in the app. */
export function tierName(position: number): string {
  return `第${ZH_ORDINALS[position] ?? String(position + 1)}档`
}

/**
 * The average wage named once, the same way everywhere: 上年度社平工资, or while the year's figures are
 * not published, the standard actually used (暂按2025年度标准 → "2025年度标准社平工资"), never a third year.
 */
export function averageWageLabel(params: Pick<YearParameters, 'provisional' | 'parameters_year'>): string {
  return params.provisional ? `${params.parameters_year}年度标准社平工资` : '上年度社平工资'
}

function avgLabel(avg: AvgWageUsed, params: YearParameters): string {
  return `${averageWageLabel(params)} ${formatAmountCompact(avg.monthly)} 元/月`
}

function clampNote(clamped: 'lower' | 'upper' | null, base: BigJs): string {
  if (clamped === 'lower') return `，低于缴费基数下限，按下限 ${yuan(base)} 计`
  if (clamped === 'upper') return `，高于缴费基数上限，按上限 ${yuan(base)} 计`
  return `，月缴费基数 ${yuan(base)}`
}

function unavailable(params: YearParameters): Result<never> {
  return fail(refusal('AVG_WAGE_UNAVAILABLE', { statistical_year: params.assessment_year - 1 }))
}

function percentBase(
  v: BigJs,
  rules: RuleSet,
  params: YearParameters,
  kind: 'percent' | 'tier',
  label: string,
): Result<BaseChoice> {
  if (!params.avg) return unavailable(params)
  const computed = roundBase(percentOfAverage(params.avg, v), rules.base_rounding)
  const { value, clamped } = clampWithSide(computed, params.band)
  const head = `按${label}${avgLabel(params.avg, params)}的 ${v.toString()}% 计`
  const explanation = clamped
    ? `${head}为 ${yuan(computed)}${clampNote(clamped, value)}`
    : `${head}${clampNote(null, value)}`
  return ok({ base: value, kind, input: v, clamped, explanation })
}

/** §3.3 ningxia mode: v < 60 reject/clamp, 60–300 percent, > 300 declared wage. */
function ningxiaBase(v: BigJs, rules: RuleSet, params: YearParameters): Result<BaseChoice> {
  if (v.lt(PERCENT_MIN)) {
    // only reached with below_min_percent = clamp (§13.5: base_kind stays percent)
    const base = params.band.lower
    return ok({
      base,
      kind: 'percent',
      input: v,
      clamped: 'lower',
      explanation: `输入 ${v.toString()} 低于 60%，按缴费基数下限计，月缴费基数 ${yuan(base)}`,
    })
  }
  if (v.lte(PERCENT_MAX)) return percentBase(v, rules, params, 'percent', '')
  const { value, clamped } = clampWithSide(v, params.band)
  const explanation =
    `按您申报的月工资收入 ${yuan(v)} 核定${clampNote(clamped, value)}` +
    (clamped === 'lower' ? '（输入 60–300 之间的数值将按社平工资的百分比计算）' : '')
  return ok({ base: value, kind: 'declared_wage', input: v, clamped, explanation })
}

/** §3.3 tier mode: the published tier amount if loaded, else clamp(R_base(avg × tier%)). */
function tierBase(v: BigJs, rules: RuleSet, params: YearParameters): Result<BaseChoice> {
  const position = rules.tiers.findIndex((t) => v.eq(dec(t)))
  const ordinal = `${tierName(position)}（${v.toString()}%）`
  const published = rules.tier_bases?.[v.toString()]
  if (published !== undefined) {
    const base = dec(published)
    return ok({
      base,
      kind: 'tier',
      input: v,
      clamped: null,
      explanation: `按公布的${ordinal}缴费基数计，月缴费基数 ${yuan(base)}`,
    })
  }
  return percentBase(v, rules, params, 'tier', `${ordinal}：`)
}

/** §3.3 amount mode: any amount inside [lower, upper], kept to the cent. */
function amountBase(v: BigJs, params: YearParameters): Result<BaseChoice> {
  const { lower, upper } = params.band
  if (v.lt(lower) || v.gt(upper)) {
    return fail(refusal('BASE_OUT_OF_BAND', { lower: lower.toFixed(2), upper: upper.toFixed(2) }))
  }
  const explanation = `按您选择的月缴费基数 ${yuan(v)} 计（可选范围 ${formatAmountCompact(lower)}–${formatAmountCompact(upper)} 元）`
  return ok({ base: v, kind: 'amount', input: v, clamped: null, explanation })
}

/** The monthly base for a typed input under `rules` and the year's figures. */
export function computeBase(raw: unknown, rules: RuleSet, params: YearParameters): Result<BaseChoice> {
  const problem = checkBaseInput(raw, rules)
  if (problem) return fail(problem)
  const v = parseUserAmount(raw) as BigJs
  switch (rules.input_mode) {
    case 'ningxia':
      return ningxiaBase(v, rules, params)
    case 'tier':
      return tierBase(v, rules, params)
    case 'amount':
      return amountBase(v, params)
  }
}
