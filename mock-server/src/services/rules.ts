/**
 * The server's only door to the rules engine (src/domain). Services import from here, so the
 * engine can be swapped or wrapped in one place. Thin adapters (no rules of their own) are marked.
 */
export * from '../../../src/domain/index'
export { maskId, maskName, maskPhone } from '../../../src/domain/privacy'
import { AppError, serverError } from '../errors'
import {
  assess,
  assessmentYearBounds,
  assessmentYearOf,
  getRegion,
  parseMonth,
  formatMonth,
  type Refusal,
  type Region,
  type Result,
} from '../../../src/domain/index'
import { ruleError } from '../errors'

/** Unwraps an engine Result or throws its refusals as an HTTP error (422/409). */
export function must<T>(r: Result<T>): T {
  if (!r.ok) throw ruleError(r.errors)
  return r.value
}

export function refusalError(errors: Refusal[]): AppError {
  return ruleError(errors)
}

/** The configured region, or a REGION_REQUIRED refusal (unknown code). */
export function regionOrRefuse(code: string | undefined): Region {
  const r = code ? getRegion(code) : undefined
  if (!r) {
    throw new AppError(422, [
      {
        code: 'REGION_REQUIRED',
        message: '请从列表中选择参保地区（统筹区/参保区县/参保机构）后再提交。',
        detail: { region: code ?? null },
      },
    ])
  }
  return r
}

export function regionOrThrow(code: string): Region {
  const r = getRegion(code)
  if (!r) throw serverError(500, 'INTERNAL', { region: code })
  return r
}

/**
 * ADAPTER (engine has no "assessable range" function): the earliest and latest month that the
 * engine's own period checks accept for a registered person today, found by asking `assess` about
 * single months of the surrounding years. No rule is re-implemented here.
 */
export function allowedMonths(region: Region, today: string): { earliest: string | null; latest: string | null } {
  const rules = region.rule_set
  const t = parseMonth(today.slice(0, 7)) as number
  const year = assessmentYearOf(t, rules.year_kind)
  const from = assessmentYearBounds(year - 1, rules.year_kind).start
  const to = assessmentYearBounds(year + 1, rules.year_kind).end
  const periodOk = (m: number) => {
    const month = formatMonth(m)
    const r = assess(
      { today, person: { registered: true }, start: month, end: month, base: '100', frequency: 'monthly' },
      { ...rules, input_mode: 'ningxia', frequency: 'free' },
    )
    if (r.ok) return true
    const periodCodes = [
      'PERIOD_INVALID',
      'PERIOD_CROSSES_YEAR',
      'BACKPAY_NOT_ALLOWED',
      'PREPAY_NOT_ALLOWED',
      'YEAR_END_FREEZE',
    ]
    return !r.errors.some((e) => periodCodes.includes(e.code))
  }
  let earliest: number | null = null
  let latest: number | null = null
  for (let m = from; m <= to; m++) {
    if (periodOk(m)) {
      if (earliest === null) earliest = m
      latest = m
    }
  }
  return {
    earliest: earliest === null ? null : formatMonth(earliest),
    latest: latest === null ? null : formatMonth(latest),
  }
}
