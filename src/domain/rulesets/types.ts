/**
 * A rule set is DATA: every parameter of RULES.md §11, typed.
 * Money and rates are decimal strings (converted with big.js where used, never Number maths).
 * Every published/derived figure carries a `status` (DERIVED / CANDIDATE / ILLUSTRATIVE /
 * PROVISIONAL …) because none of them is verified official data (§3.6, §12.7).
 */

export type YearKind = 'calendar' | 'si_july'
export type InputMode = 'ningxia' | 'tier' | 'amount'
export type BaseRounding = 'yuan_half_up' | 'jiao_half_up' | 'fen_half_up'
export type LimitRounding = 'yuan_half_up' | 'yuan_ceiling'
export type FemaleOriginalAge = 50 | 55 | 'by_post'

/** Average wage of one statistical year (全口径城镇单位就业人员平均工资). */
export interface AvgWageFigure {
  /** yuan per year; when present it is used (§13.1: avg_monthly = annual / 12, unrounded) */
  annual?: string
  /** yuan per month; used only when no annual figure exists */
  monthly?: string
  status: string
  source?: string
}

/** Published (or derived) base limits of one assessment year. Published limits win (§3.1, §3.5). */
export interface LimitsFigure {
  lower: string
  upper: string
  status: string
  source?: string
}

export interface DeclarationWindow {
  /** the declaration of month M opens on this day of M−1 (Tianjin: 21) */
  from_day_prev: number
  /** … and closes on this day of M (Tianjin: 19) */
  to_day: number
}

export interface FreezeWindow {
  /** 'MM-DD' inclusive, e.g. '12-20' */
  from: string
  /** 'MM-DD' inclusive, e.g. '12-31' */
  to: string
}

export interface RuleSet {
  /** key of the rule set, e.g. 'NX2025' */
  key: string
  /** human description of the region and version */
  region: string
  /** §4.1 */
  year_kind: YearKind
  /** §3.6, keyed by statistical year ("2024" applies to assessment year 2025) */
  avg_wage: Record<string, AvgWageFigure>
  /** §3.1, keyed by assessment year */
  limits: Record<string, LimitsFigure>
  /** §4.2, §13.2 */
  provisional_fallback: boolean
  /** §3.3 */
  input_mode: InputMode
  /** §3.3 tier mode: allowed percentages */
  tiers: number[]
  /** §3.3 tier mode: published tier amounts (percent → monthly base), or null to compute */
  tier_bases: Record<string, string> | null
  /** §3.3 ningxia mode, 0 < v < 60 */
  below_min_percent: 'reject' | 'clamp'
  /** §3.4 R_base */
  base_rounding: BaseRounding
  /** §3.5 R_lim, only when limits are not published */
  limit_rounding: LimitRounding
  /** §3.2 total rate, e.g. "0.20" */
  rate: string
  /** §3.2 personal-account part, e.g. "0.08" */
  account_rate: string
  /** §4.3 */
  backpay_scope: 'current_year' | 'none'
  /** §4.4 ('none' is an extension: no pre-payment at all) */
  prepay_scope: 'current_year' | 'none'
  /** §4.6 (Tianjin) */
  declaration_window: DeclarationWindow | null
  /** §4.6 (Tianjin) */
  freeze: FreezeWindow | null
  /** §4.6 */
  frequency: 'free' | 'm_q_y'
  /** §4.7 */
  retirement_cap: 'reject' | 'truncate'
  /** §4.7 */
  cap_inclusive: boolean
  /** §2.4, §13.6 */
  female_original_age: FemaleOriginalAge
  /** §1.5 */
  reregister: 'refuse' | 'change_region'
  /** §1.7 */
  subsidy_district_lock: boolean
  /** §1.4 legacy */
  hukou_restriction: boolean
  /** §1.4 legacy: years of local contributions that replace local hukou (S000: 10) — extension */
  hukou_min_local_years: number
  /** §1.8, §13.4 */
  default_work_start: 'jan1_current_year' | 'registration_date'
  /** §1.1 */
  age_from_day_after_birthday: boolean
  /** status notes of the data (`*_status` keys, e.g. female_original_age_status) */
  statuses: Record<string, string>
  /** where RULES.md is open, the choice made for this rule set (free text) */
  choices: string[]
}

/** The raw JSON shape of a rule set (cases.json → rule_sets, §11 names). */
export type RawRuleSet = Record<string, unknown>

/** Typed rule-set data as written in source files: any §11 parameter, plus `*_status` notes. */
export type RuleSetData = Partial<Omit<RuleSet, 'key' | 'statuses'>> & { [status: `${string}_status`]: string }
