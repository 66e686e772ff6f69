/**
 * Contribution base (缴费基数), RULES.md §3: the parameters of an assessment year (§4.2, §13.1,
 * §13.2), the band [lower, upper] (published limits win, §3.5), and the three input modes
 * (§3.3: ningxia, tier, amount) with their rounding (§3.4).
 */
import type BigJs from 'big.js'
import { refusal, type Refusal } from './errors'
import {
  clampBig,
  cmpBig,
  dec,
  formatAmountCompact,
  moneyString,
  parseUserAmount,
  roundCeiling,
  roundHalfUp,
} from './money'
import { fixedOfBig, percentOfFixed, type Fixed } from './fixed'
import { fail, ok, type Result } from './result'
import type { BaseRounding, LimitRounding, RuleSet } from './rulesets/types'

export type BaseKind = 'percent' | 'declared_wage' | 'tier' | 'amount'

/** §3.3 ningxia mode: 60 ≤ v ≤ 300 is a percent, v > 300 a declared monthly wage. */
export const PERCENT_MIN = 60
export const PERCENT_MAX = 300
const DEC_PERCENT_MIN = dec(PERCENT_MIN)
const DEC_PERCENT_MAX = dec(PERCENT_MAX)

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

/** The parameters year whose figures apply to assessment year `year` (§4.2, §13.2), or null when none. */
function parametersYearFor(rules: RuleSet, year: number): number | null {
  if (hasParameters(rules, year)) return year
  if (rules.provisional_fallback) {
    let best: number | null = null
    for (const y of Object.keys(rules.limits)) {
      const n = Number(y)
      if (n < year && (best === null || n > best)) best = n
    }
    for (const y of Object.keys(rules.avg_wage)) {
      const n = Number(y) + 1
      if (n < year && (best === null || n > best)) best = n
    }
    return best
  }
  return null
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

// ── the figures of a rule set, worked out once ───────────────────────────────────────────

/**
 * What `assess` needs of one parameters year, derived from the rule set's data once: the Big values of
 * parametersOf and the texts of the explanation. Kept per rule set object (WeakMap) and per year, and
 * re-derived whenever the data it came from is no longer the same (each source object and string is
 * compared on every use), so a cached value can never outlive, or leak out of, the figures it was made from.
 */
export interface DerivedParameters {
  params: YearParameters
  /** formatAmountCompact of avg.monthly, '' without an average */
  avgMonthlyText: string
  lowerText: string
  upperText: string
  /** the figure percentOfAverage multiplies, as a Fixed (see roundedPercentOfAverage) */
  avgFixed: Fixed | null
  lowerMoney: string
  upperMoney: string
  /** moneyString of avg.monthly and avg.annual ('' / null without) */
  avgMonthlyMoney: string
  avgAnnualMoney: string | null
}

interface DerivedEntry {
  value: DerivedParameters
  wage: RuleSet['avg_wage'][string] | undefined
  annual: string | undefined
  monthly: string | undefined
  wageStatus: string | undefined
  limits: RuleSet['limits'][string] | undefined
  lower: string | undefined
  upper: string | undefined
  limitsStatus: string | undefined
  limitRounding: LimitRounding
}

const DERIVED = new WeakMap<RuleSet, Map<number, DerivedEntry>>()

function stillValid(e: DerivedEntry, rules: RuleSet, year: number): boolean {
  const wage = rules.avg_wage[String(year - 1)]
  const limits = rules.limits[String(year)]
  return (
    e.wage === wage &&
    e.limits === limits &&
    e.limitRounding === rules.limit_rounding &&
    (wage === undefined || (e.annual === wage.annual && e.monthly === wage.monthly && e.wageStatus === wage.status)) &&
    (limits === undefined || (e.lower === limits.lower && e.upper === limits.upper && e.limitsStatus === limits.status))
  )
}

/** parametersOf(rules, year, year) and its texts, from the cache when the figures are unchanged. */
function derivedParameters(rules: RuleSet, year: number): DerivedParameters {
  let byYear = DERIVED.get(rules)
  if (byYear === undefined) {
    byYear = new Map()
    DERIVED.set(rules, byYear)
  }
  const hit = byYear.get(year)
  if (hit !== undefined && stillValid(hit, rules, year)) return hit.value
  const params = parametersOf(rules, year, year)
  const wage = rules.avg_wage[String(year - 1)]
  const limits = rules.limits[String(year)]
  const value: DerivedParameters = {
    params,
    avgMonthlyText: params.avg ? formatAmountCompact(params.avg.monthly) : '',
    lowerText: formatAmountCompact(params.band.lower),
    upperText: formatAmountCompact(params.band.upper),
    avgFixed: avgFixedOf(params.avg),
    lowerMoney: moneyString(params.band.lower),
    upperMoney: moneyString(params.band.upper),
    avgMonthlyMoney: params.avg ? moneyString(params.avg.monthly) : '',
    avgAnnualMoney: params.avg?.annual ? moneyString(params.avg.annual) : null,
  }
  byYear.set(year, {
    value,
    wage,
    annual: wage?.annual,
    monthly: wage?.monthly,
    wageStatus: wage?.status,
    limits,
    lower: limits?.lower,
    upper: limits?.upper,
    limitsStatus: limits?.status,
    limitRounding: rules.limit_rounding,
  })
  return value
}

/**
 * yearParameters for `assess`: the same result, with the derived figures of the parameters year from the
 * cache. The YearParameters object may be shared between calls: callers must not change it.
 */
export function yearParametersDerived(
  rules: RuleSet,
  year: number,
): Result<{ params: YearParameters; derived: DerivedParameters }> {
  const from = parametersYearFor(rules, year)
  if (from === null) return fail(refusal('AVG_WAGE_UNAVAILABLE', { statistical_year: year - 1 }))
  const derived = derivedParameters(rules, from)
  const params = from === year ? derived.params : { ...derived.params, assessment_year: year, provisional: true }
  return ok({ params, derived })
}

/** The tiers of a rule set as Big values (validated against the array on every use). */
const TIER_DECS = new WeakMap<readonly number[], { copy: number[]; decs: BigJs[] }>()

function tierDecs(tiers: readonly number[]): BigJs[] {
  const hit = TIER_DECS.get(tiers)
  if (hit !== undefined && hit.copy.length === tiers.length && hit.copy.every((t, i) => t === tiers[i])) return hit.decs
  const entry = { copy: [...tiers], decs: tiers.map((t) => dec(t)) }
  TIER_DECS.set(tiers, entry)
  return entry.decs
}

/** Index of the tier equal to `v`, or -1 (= rules.tiers.findIndex((t) => v.eq(dec(t))). */
function tierIndex(v: BigJs, tiers: readonly number[]): number {
  const decs = tierDecs(tiers)
  for (let i = 0; i < decs.length; i++) if (cmpBig(v, decs[i]) === 0) return i
  return -1
}

// ── §3.3 input checks that need no parameters ────────────────────────────────────────────

/**
 * Checks a typed base that need no yearly figures (§3.3, §13.5): BASE_INPUT_INVALID in every
 * mode, BASE_PERCENT_BELOW_MIN (ningxia, reject), TIER_INVALID (tier). Used alone when the
 * period is invalid, so the user still learns every problem of the form at once.
 */
export function checkBaseInput(raw: unknown, rules: RuleSet): Refusal | null {
  return checkParsedBase(parseUserAmount(raw), rules)
}

/** checkBaseInput of an input already parsed with parseUserAmount. */
export function checkParsedBase(v: BigJs | null, rules: RuleSet): Refusal | null {
  if (v === null) return refusal('BASE_INPUT_INVALID')
  if (rules.input_mode === 'ningxia' && cmpBig(v, DEC_PERCENT_MIN) < 0 && rules.below_min_percent === 'reject') {
    return refusal('BASE_PERCENT_BELOW_MIN', { minimum: PERCENT_MIN })
  }
  if (rules.input_mode === 'tier' && tierIndex(v, rules.tiers) < 0) {
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
  if (cmpBig(x, band.lower) < 0) return { value: band.lower, clamped: 'lower' }
  if (cmpBig(x, band.upper) > 0) return { value: band.upper, clamped: 'upper' }
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

/** formatAmountCompact of the average and of the band: from the cache in `assess`, else worked out. */
interface BandTexts {
  avgMonthlyText: string
  lowerText: string
  upperText: string
  /** the figure percentOfAverage multiplies (annual, else monthly) as a Fixed, null when not representable */
  avgFixed: Fixed | null
}

/** fixedOfBig of the figure percentOfAverage uses (annual / 12, else monthly). */
function avgFixedOf(avg: AvgWageUsed | null): Fixed | null {
  return avg ? fixedOfBig(avg.annual ?? avg.monthly) : null
}

function textsOf(params: YearParameters): BandTexts {
  return {
    avgMonthlyText: params.avg ? formatAmountCompact(params.avg.monthly) : '',
    lowerText: formatAmountCompact(params.band.lower),
    upperText: formatAmountCompact(params.band.upper),
    avgFixed: avgFixedOf(params.avg),
  }
}

/**
 * roundBase(percentOfAverage(avg, v), mode): in integer arithmetic when the figures fit (fixed.ts explains why
 * that is the same number), else with big.js. Tests compare the two.
 */
export function roundedPercentOfAverage(
  avg: AvgWageUsed,
  v: BigJs,
  mode: BaseRounding,
  avgFixed: Fixed | null = avgFixedOf(avg),
): BigJs {
  const pv = avgFixed && fixedOfBig(v)
  const text = pv ? percentOfFixed(avgFixed, pv, avg.annual ? 12 : 1, BASE_DP[mode]) : null
  return text === null ? roundBase(percentOfAverage(avg, v), mode) : dec(text)
}

function avgLabel(params: YearParameters, texts: BandTexts): string {
  return `${averageWageLabel(params)} ${texts.avgMonthlyText} 元/月`
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
  texts: BandTexts,
): Result<BaseChoice> {
  if (!params.avg) return unavailable(params)
  const computed = roundedPercentOfAverage(params.avg, v, rules.base_rounding, texts.avgFixed)
  const { value, clamped } = clampWithSide(computed, params.band)
  const head = `按${label}${avgLabel(params, texts)}的 ${v.toString()}% 计`
  const explanation = clamped
    ? `${head}为 ${yuan(computed)}${clampNote(clamped, value)}`
    : `${head}${clampNote(null, value)}`
  return ok({ base: value, kind, input: v, clamped, explanation })
}

/** §3.3 ningxia mode: v < 60 reject/clamp, 60–300 percent, > 300 declared wage. */
function ningxiaBase(v: BigJs, rules: RuleSet, params: YearParameters, texts: BandTexts): Result<BaseChoice> {
  if (cmpBig(v, DEC_PERCENT_MIN) < 0) {
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
  if (cmpBig(v, DEC_PERCENT_MAX) <= 0) return percentBase(v, rules, params, 'percent', '', texts)
  const { value, clamped } = clampWithSide(v, params.band)
  const explanation =
    `按您申报的月工资收入 ${yuan(v)} 核定${clampNote(clamped, value)}` +
    (clamped === 'lower' ? '（输入 60–300 之间的数值将按社平工资的百分比计算）' : '')
  return ok({ base: value, kind: 'declared_wage', input: v, clamped, explanation })
}

/** §3.3 tier mode: the published tier amount if loaded, else clamp(R_base(avg × tier%)). */
function tierBase(v: BigJs, rules: RuleSet, params: YearParameters, texts: BandTexts): Result<BaseChoice> {
  const position = tierIndex(v, rules.tiers)
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
  return percentBase(v, rules, params, 'tier', `${ordinal}：`, texts)
}

/** §3.3 amount mode: any amount inside [lower, upper], kept to the cent. */
function amountBase(v: BigJs, params: YearParameters, texts: BandTexts): Result<BaseChoice> {
  const { lower, upper } = params.band
  if (cmpBig(v, lower) < 0 || cmpBig(v, upper) > 0) {
    return fail(refusal('BASE_OUT_OF_BAND', { lower: lower.toFixed(2), upper: upper.toFixed(2) }))
  }
  const explanation = `按您选择的月缴费基数 ${yuan(v)} 计（可选范围 ${texts.lowerText}–${texts.upperText} 元）`
  return ok({ base: v, kind: 'amount', input: v, clamped: null, explanation })
}

/** The monthly base for a typed input under `rules` and the year's figures. */
export function computeBase(raw: unknown, rules: RuleSet, params: YearParameters): Result<BaseChoice> {
  const v = parseUserAmount(raw)
  return computeParsedBase(v, checkParsedBase(v, rules), rules, params, textsOf(params))
}

/**
 * computeBase of an input parsed with parseUserAmount, its checkParsedBase result and the texts of `params`
 * (DerivedParameters in `assess`).
 */
export function computeParsedBase(
  v: BigJs | null,
  problem: Refusal | null,
  rules: RuleSet,
  params: YearParameters,
  texts: BandTexts,
): Result<BaseChoice> {
  if (problem) return fail(problem)
  const value = v as BigJs
  switch (rules.input_mode) {
    case 'ningxia':
      return ningxiaBase(value, rules, params, texts)
    case 'tier':
      return tierBase(value, rules, params, texts)
    case 'amount':
      return amountBase(value, params, texts)
  }
}
