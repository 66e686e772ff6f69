/**
 * Turns rule-set data (the §11 JSON shape, e.g. cases.json → rule_sets) into a typed RuleSet,
 * applying defaults, and applies `rule_overrides` (a partial of the same shape).
 * Invalid data throws `RuleSetError`: a rule set is configuration, and bad configuration must
 * fail loudly, never produce a quote.
 */
import { dec } from '../money'
import type {
  AvgWageFigure,
  DeclarationWindow,
  FemaleOriginalAge,
  FreezeWindow,
  LimitsFigure,
  RawRuleSet,
  RuleSet,
} from './types'

export class RuleSetError extends Error {
  constructor(key: string, field: string, problem: string) {
    super(`rule set ${key}: ${field} ${problem}`)
    this.name = 'RuleSetError'
  }
}

/** Defaults where a rule set does not set a parameter (RULES.md §3.2, §4.3, §4.7, §11, §13.4). */
export const DEFAULT_RULE_SET: RuleSet = {
  key: 'DEFAULT',
  region: '',
  year_kind: 'calendar',
  avg_wage: {},
  limits: {},
  provisional_fallback: false,
  // [CHOICE] RULES.md gives no default input mode; 'amount' (choose a yuan amount in the band)
  // is the national practice of declaring directly at tax (S001 §6).
  input_mode: 'amount',
  tiers: [60, 70, 80, 90, 100, 150, 200, 250, 300],
  tier_bases: null,
  below_min_percent: 'reject',
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_half_up',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  declaration_window: null,
  freeze: null,
  frequency: 'free',
  retirement_cap: 'reject',
  cap_inclusive: true,
  // [CHOICE] RULES.md has no default; 55 is the only evidenced value (Wuhan, §2.4).
  female_original_age: 55,
  // [CHOICE] no default in RULES.md; refusing is the safe behaviour (Tianjin, §1.5).
  reregister: 'refuse',
  subsidy_district_lock: false,
  hukou_restriction: false,
  hukou_min_local_years: 10,
  default_work_start: 'registration_date',
  age_from_day_after_birthday: false,
  statuses: {},
  choices: [],
}

type Parser<K extends keyof RuleSet> = (value: unknown, key: string) => RuleSet[K]

function oneOf<T extends string>(field: string, allowed: readonly T[]) {
  return (value: unknown, key: string): T => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    throw new RuleSetError(key, field, `must be one of ${allowed.join(' | ')}, got ${JSON.stringify(value)}`)
  }
}

function bool(field: string) {
  return (value: unknown, key: string): boolean => {
    if (typeof value === 'boolean') return value
    throw new RuleSetError(key, field, `must be a boolean, got ${JSON.stringify(value)}`)
  }
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/

function decimalString(field: string, value: unknown, key: string): string {
  const text =
    typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!DECIMAL.test(text)) throw new RuleSetError(key, field, `must be a decimal, got ${JSON.stringify(value)}`)
  return text
}

function statusOf(field: string, value: Record<string, unknown>): string {
  return typeof value.status === 'string' ? value.status : 'UNSPECIFIED'
}

function record(field: string, value: unknown, key: string): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  throw new RuleSetError(key, field, `must be an object, got ${JSON.stringify(value)}`)
}

function yearKeyed<T>(
  field: string,
  value: unknown,
  key: string,
  each: (entry: Record<string, unknown>, where: string) => T,
): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [year, entry] of Object.entries(record(field, value, key))) {
    if (!/^\d{4}$/.test(year)) throw new RuleSetError(key, `${field}.${year}`, 'key must be a year')
    out[year] = each(record(`${field}.${year}`, entry, key), `${field}.${year}`)
  }
  return out
}

const parseAvgWage: Parser<'avg_wage'> = (value, key) =>
  yearKeyed('avg_wage', value, key, (e, where): AvgWageFigure => {
    const fig: AvgWageFigure = { status: statusOf(where, e) }
    if (e.annual !== undefined && e.annual !== null) fig.annual = decimalString(`${where}.annual`, e.annual, key)
    if (e.monthly !== undefined && e.monthly !== null) fig.monthly = decimalString(`${where}.monthly`, e.monthly, key)
    if (fig.annual === undefined && fig.monthly === undefined)
      throw new RuleSetError(key, where, 'needs annual or monthly')
    if (typeof e.source === 'string') fig.source = e.source
    return fig
  })

const parseLimits: Parser<'limits'> = (value, key) =>
  yearKeyed('limits', value, key, (e, where): LimitsFigure => {
    const fig: LimitsFigure = {
      lower: decimalString(`${where}.lower`, e.lower, key),
      upper: decimalString(`${where}.upper`, e.upper, key),
      status: statusOf(where, e),
    }
    if (typeof e.source === 'string') fig.source = e.source
    return fig
  })

const parseTiers: Parser<'tiers'> = (value, key) => {
  if (!Array.isArray(value) || value.length === 0) throw new RuleSetError(key, 'tiers', 'must be a non-empty list')
  return value.map((t) => Number(decimalString('tiers[]', t, key)))
}

const parseTierBases: Parser<'tier_bases'> = (value, key) => {
  if (value === null) return null
  const out: Record<string, string> = {}
  for (const [tier, amount] of Object.entries(record('tier_bases', value, key))) {
    out[String(Number(tier))] = decimalString(`tier_bases.${tier}`, amount, key)
  }
  return out
}

const parseWindow: Parser<'declaration_window'> = (value, key): DeclarationWindow | null => {
  if (value === null) return null
  const w = record('declaration_window', value, key)
  const from = Number(w.from_day_prev)
  const to = Number(w.to_day)
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || from > 31 || to < 1 || to > 31 || to >= from) {
    throw new RuleSetError(key, 'declaration_window', 'needs integer days with to_day < from_day_prev')
  }
  return { from_day_prev: from, to_day: to }
}

const MM_DD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const parseFreeze: Parser<'freeze'> = (value, key): FreezeWindow | null => {
  if (value === null) return null
  const f = record('freeze', value, key)
  if (typeof f.from !== 'string' || typeof f.to !== 'string' || !MM_DD.test(f.from) || !MM_DD.test(f.to)) {
    throw new RuleSetError(key, 'freeze', "needs from/to as 'MM-DD'")
  }
  return { from: f.from, to: f.to }
}

const parseFemaleAge: Parser<'female_original_age'> = (value, key): FemaleOriginalAge => {
  if (value === 'by_post') return 'by_post'
  const n = Number(value)
  if (n === 50 || n === 55) return n
  throw new RuleSetError(key, 'female_original_age', `must be 50, 55 or "by_post", got ${JSON.stringify(value)}`)
}

const parseRate =
  (field: string) =>
  (value: unknown, key: string): string =>
    decimalString(field, value, key)

const parseYears: Parser<'hukou_min_local_years'> = (value, key) =>
  Number(decimalString('hukou_min_local_years', value, key))

const parseChoices: Parser<'choices'> = (value, key) => {
  if (Array.isArray(value) && value.every((c) => typeof c === 'string')) return value as string[]
  throw new RuleSetError(key, 'choices', 'must be a list of strings')
}

const PARSERS: { [K in keyof RuleSet]?: Parser<K> } = {
  region: (v) => (typeof v === 'string' ? v : ''),
  year_kind: oneOf('year_kind', ['calendar', 'si_july'] as const),
  avg_wage: parseAvgWage,
  limits: parseLimits,
  provisional_fallback: bool('provisional_fallback'),
  input_mode: oneOf('input_mode', ['ningxia', 'tier', 'amount'] as const),
  tiers: parseTiers,
  tier_bases: parseTierBases,
  below_min_percent: oneOf('below_min_percent', ['reject', 'clamp'] as const),
  base_rounding: oneOf('base_rounding', ['yuan_half_up', 'jiao_half_up', 'fen_half_up'] as const),
  limit_rounding: oneOf('limit_rounding', ['yuan_half_up', 'yuan_ceiling'] as const),
  rate: parseRate('rate'),
  account_rate: parseRate('account_rate'),
  backpay_scope: oneOf('backpay_scope', ['current_year', 'none'] as const),
  prepay_scope: oneOf('prepay_scope', ['current_year', 'none'] as const),
  declaration_window: parseWindow,
  freeze: parseFreeze,
  frequency: oneOf('frequency', ['free', 'm_q_y'] as const),
  retirement_cap: oneOf('retirement_cap', ['reject', 'truncate'] as const),
  cap_inclusive: bool('cap_inclusive'),
  female_original_age: parseFemaleAge,
  reregister: oneOf('reregister', ['refuse', 'change_region'] as const),
  subsidy_district_lock: bool('subsidy_district_lock'),
  hukou_restriction: bool('hukou_restriction'),
  hukou_min_local_years: parseYears,
  default_work_start: oneOf('default_work_start', ['jan1_current_year', 'registration_date'] as const),
  age_from_day_after_birthday: bool('age_from_day_after_birthday'),
  choices: parseChoices,
}

/**
 * Builds a RuleSet from raw data. Parameters absent from `raw` keep the value of `base`
 * (DEFAULT_RULE_SET unless given). `*_status` keys are kept in `statuses`; other unknown
 * keys are ignored.
 */
export function parseRuleSet(key: string, raw: RawRuleSet, base: RuleSet = DEFAULT_RULE_SET): RuleSet {
  const out: RuleSet = { ...base, key, statuses: { ...base.statuses } }
  const target = out as unknown as Record<string, unknown>
  for (const [field, value] of Object.entries(raw)) {
    if (field.endsWith('_status') && typeof value === 'string') {
      out.statuses[field] = value
      continue
    }
    const parse = (PARSERS as Record<string, Parser<keyof RuleSet> | undefined>)[field]
    if (!parse) continue
    if (value === undefined) continue
    target[field] = parse(value, key)
  }
  if (dec(out.account_rate).gt(dec(out.rate))) {
    throw new RuleSetError(key, 'account_rate', 'must not exceed rate')
  }
  return out
}

/** The effective rule set for one operation: `ruleSet` with `rule_overrides` applied (§11). */
export function applyOverrides(ruleSet: RuleSet, overrides: RawRuleSet | undefined | null): RuleSet {
  if (!overrides || Object.keys(overrides).length === 0) return ruleSet
  return parseRuleSet(ruleSet.key, overrides, ruleSet)
}
