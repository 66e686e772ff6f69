/**
 * Period rules (所属期), RULES.md §4: assessment years, declaration window and month kinds,
 * year-end freeze, back-pay / pre-pay, frequency, overlaps, retirement cap, suspension.
 * Each check returns a Refusal or null; assess.ts runs them in the order of §4.8.
 */
import { monthDayOf, monthIndexOfDate, type YMD } from './date'
import { refusal, type Refusal } from './errors'
import { formatMonth, monthIndex, monthOfIndex, parseMonth, yearOfIndex } from './month'
import { fail, ok, type Result } from './result'
import type { DeclarationWindow, FreezeWindow, RuleSet, YearKind } from './rulesets/types'

export type AssessmentStatus = 'CREATED' | 'TRANSMITTED' | 'PAID' | 'REVOKED'

/** A record the person already has (§4.5). */
export interface ExistingAssessment {
  id: string
  start: string
  end: string
  status: AssessmentStatus | string
}

/** An inclusive period as month indexes (see month.ts). */
export interface Period {
  start: number
  end: number
}

export type MonthKind = 'backpay' | 'current' | 'prepay'
export type Frequency = 'monthly' | 'quarterly' | 'yearly'
export const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'yearly']

// ── §4.1 shape and assessment year ───────────────────────────────────────────────────────

/** §4.3: `start` and `end` as YYYY-MM, start ≤ end, else PERIOD_INVALID. */
export function parsePeriod(start: unknown, end: unknown): Result<Period> {
  const s = parseMonth(start)
  const e = parseMonth(end)
  if (s === null || e === null || s > e) return fail(refusal('PERIOD_INVALID'))
  return ok({ start: s, end: e })
}

/** §4.1: calendar year, or SI year (Jul–Dec → Y, Jan–Jun → Y−1). */
export function assessmentYearOf(month: number, yearKind: YearKind): number {
  const y = yearOfIndex(month)
  return yearKind === 'si_july' && monthOfIndex(month) < 7 ? y - 1 : y
}

/** First and last month (indexes) of an assessment year. */
export function assessmentYearBounds(year: number, yearKind: YearKind): Period {
  return yearKind === 'si_july'
    ? { start: monthIndex(year, 7), end: monthIndex(year + 1, 6) }
    : { start: monthIndex(year, 1), end: monthIndex(year, 12) }
}

/** §4.1: one assessment year per record. */
export function checkSameYear(period: Period, yearKind: YearKind): Refusal | null {
  return assessmentYearOf(period.start, yearKind) === assessmentYearOf(period.end, yearKind)
    ? null
    : refusal('PERIOD_CROSSES_YEAR', { year_kind: yearKind })
}

// ── §4.6 freeze, declaration window, month kinds ────────────────────────────────────────

/** §4.6: is `today` inside the year-end freeze (inclusive 'MM-DD' bounds, may wrap the year)? */
export function isFrozen(today: YMD, freeze: FreezeWindow | null): boolean {
  if (!freeze) return false
  const md = monthDayOf(today)
  return freeze.from <= freeze.to ? md >= freeze.from && md <= freeze.to : md >= freeze.from || md <= freeze.to
}

export function checkFreeze(today: YMD, freeze: FreezeWindow | null): Refusal | null {
  return isFrozen(today, freeze) && freeze ? refusal('YEAR_END_FREEZE', { until: freeze.to }) : null
}

/**
 * §4.6: the current declaration month on `today`: month(d) up to `to_day`, month(d)+1 from
 * `from_day_prev`, none in between (Tianjin's 20th is a gap day). Without a window it is
 * today's calendar month (§10.1).
 */
export function currentDeclarationMonth(today: YMD, window: DeclarationWindow | null): number | null {
  const month = monthIndexOfDate(today)
  if (!window) return month
  if (today.d <= window.to_day) return month
  if (today.d >= window.from_day_prev) return month + 1
  return null
}

/** §4.6: back-pay / current / pre-pay label of one month on `today`. */
export function monthKindOf(month: number, today: YMD, window: DeclarationWindow | null): MonthKind {
  return kindAgainst(month, currentDeclarationMonth(today, window), monthIndexOfDate(today))
}

/** monthKindOf with the declaration month (`current`, null on a gap day) and today's month worked out once. */
function kindAgainst(month: number, current: number | null, todayMonth: number): MonthKind {
  if (current === null) return month <= todayMonth ? 'backpay' : 'prepay' // gap day
  if (month < current) return 'backpay'
  return month === current ? 'current' : 'prepay'
}

export interface MonthEntry {
  month: string
  kind: MonthKind
}

/** Per-month breakdown of a period (calendar order). */
export function classifyPeriod(period: Period, today: YMD, window: DeclarationWindow | null): MonthEntry[] {
  const out: MonthEntry[] = []
  const current = currentDeclarationMonth(today, window)
  const todayMonth = monthIndexOfDate(today)
  // 'YYYY-MM' by counting year and month (what formatMonth gives for 4-digit years), else formatMonth
  let y = Math.floor(period.start / 12)
  let mm = period.start - y * 12 + 1
  for (let m = period.start; m <= period.end; m++) {
    const month = y >= 1000 && y <= 9999 ? (mm < 10 ? `${y}-0${mm}` : `${y}-${mm}`) : formatMonth(m)
    out.push({ month, kind: kindAgainst(m, current, todayMonth) })
    if (++mm > 12) {
      mm = 1
      y++
    }
  }
  return out
}

/** `month_kinds`: the kinds in calendar order of first appearance (§10.1). */
export function monthKindsOf(breakdown: readonly MonthEntry[]): MonthKind[] {
  const kinds: MonthKind[] = []
  // the kinds come in calendar order (backpay < current < prepay), so a change of kind is a new kind
  let last: MonthKind | null = null
  for (const { kind } of breakdown) {
    if (kind !== last && !kinds.includes(kind)) kinds.push(kind)
    last = kind
  }
  return kinds
}

// ── §4.8 suspension ──────────────────────────────────────────────────────────────────────

/** §7, §4.8: no month on or after the suspension month. */
export function checkSuspension(period: Period, suspendedFrom: string | undefined): Refusal | null {
  const from = parseMonth(suspendedFrom)
  if (from === null || period.end < from) return null
  return refusal('INSURANCE_SUSPENDED', { suspended_from: formatMonth(from) })
}

// ── §4.3 / §4.4 back-pay and pre-pay ─────────────────────────────────────────────────────

/**
 * §4.3, §4.4, §13.8. Which months may be assessed at all is decided by assessment year (of
 * today's calendar month): earlier years are back-payment (BACKPAY_NOT_ALLOWED), later years
 * pre-payment (PREPAY_NOT_ALLOWED). With `backpay_scope = none` any back-pay month is refused
 * (earliest = first non-back-pay month); with `prepay_scope = none` any pre-pay month is.
 */
export function checkBackpayPrepay(period: Period, today: YMD, rules: RuleSet): Refusal | null {
  const yk = rules.year_kind
  const todayYear = assessmentYearOf(monthIndexOfDate(today), yk)
  const bounds = assessmentYearBounds(todayYear, yk)
  const periodYear = assessmentYearOf(period.start, yk)
  const window = rules.declaration_window

  if (rules.backpay_scope === 'current_year' && periodYear < todayYear) {
    return refusal('BACKPAY_NOT_ALLOWED', { earliest: formatMonth(bounds.start) })
  }
  if (rules.backpay_scope === 'none' && monthKindOf(period.start, today, window) === 'backpay') {
    const earliest = currentDeclarationMonth(today, window) ?? monthIndexOfDate(today) + 1
    return refusal('BACKPAY_NOT_ALLOWED', { earliest: formatMonth(earliest) })
  }
  if (periodYear > todayYear) return refusal('PREPAY_NOT_ALLOWED', { latest: formatMonth(bounds.end) })
  if (rules.prepay_scope === 'none' && monthKindOf(period.end, today, window) === 'prepay') {
    const latest = currentDeclarationMonth(today, window) ?? monthIndexOfDate(today)
    return refusal('PREPAY_NOT_ALLOWED', { latest: formatMonth(latest) })
  }
  return null
}

export interface AssessableRange {
  /** first month self-service may assess today, or null while frozen */
  earliest: string | null
  /** last month self-service may assess today, or null while frozen */
  latest: string | null
  /** the current declaration month (null on a gap day) */
  current: string | null
  frozen: boolean
}

/**
 * The months a registered person may assess on `today` under the period rules alone
 * (§4.3, §4.4, §4.6, §13.8): for the app's month pickers. Retirement cap, suspension and
 * overlaps are per person and still checked by `assess`.
 */
export function assessableRange(today: YMD, rules: RuleSet): AssessableRange {
  const window = rules.declaration_window
  const currentIndex = currentDeclarationMonth(today, window)
  const current = currentIndex === null ? null : formatMonth(currentIndex)
  if (isFrozen(today, rules.freeze)) return { earliest: null, latest: null, current, frozen: true }
  const todayMonth = monthIndexOfDate(today)
  const bounds = assessmentYearBounds(assessmentYearOf(todayMonth, rules.year_kind), rules.year_kind)
  // the declaration window only labels months; the assessment year bounds them (§4.3, §4.4; RULES §12 item 8):
  // on 21–30 June of an SI year, July (the window's current month) is already the next year
  const earliest = Math.max(
    bounds.start,
    rules.backpay_scope === 'none' ? (currentIndex ?? todayMonth + 1) : bounds.start,
  )
  const latest = Math.min(bounds.end, rules.prepay_scope === 'none' ? (currentIndex ?? todayMonth) : bounds.end)
  return earliest > latest
    ? { earliest: null, latest: null, current, frozen: false }
    : { earliest: formatMonth(earliest), latest: formatMonth(latest), current, frozen: false }
}

// ── §4.6 frequency ───────────────────────────────────────────────────────────────────────

function fitsFrequency(period: Period, frequency: Frequency, yearKind: YearKind): boolean {
  switch (frequency) {
    case 'monthly':
      return period.start === period.end
    case 'quarterly': // one calendar quarter [DESIGN §4.6]
      return (monthOfIndex(period.start) - 1) % 3 === 0 && period.end === period.start + 2
    case 'yearly': // any start, ending with the last month of the assessment year
      return period.end === assessmentYearBounds(assessmentYearOf(period.start, yearKind), yearKind).end
  }
}

/**
 * §4.6 (`frequency = m_q_y`): 按月 one month, 按季 one calendar quarter, 按年 ending in December
 * (the last month of the assessment year). Without a declared frequency, any of the three
 * shapes is accepted [CHOICE].
 */
export function checkFrequency(period: Period, frequency: unknown, rules: RuleSet): Refusal | null {
  if (rules.frequency !== 'm_q_y') return null
  if (frequency === undefined || frequency === null || frequency === '') {
    return FREQUENCIES.some((f) => fitsFrequency(period, f, rules.year_kind))
      ? null
      : refusal('FREQUENCY_PERIOD_MISMATCH', { allowed: [...FREQUENCIES] })
  }
  if (!(FREQUENCIES as readonly unknown[]).includes(frequency)) {
    return refusal('FREQUENCY_PERIOD_MISMATCH', { allowed: [...FREQUENCIES] })
  }
  const f = frequency as Frequency
  return fitsFrequency(period, f, rules.year_kind) ? null : refusal('FREQUENCY_PERIOD_MISMATCH', { frequency: f })
}

// ── §4.5 overlap ─────────────────────────────────────────────────────────────────────────

/** §4.5: the first (in start order) non-revoked record sharing a month with `period`. */
export function findOverlap(period: Period, existing: readonly ExistingAssessment[]): ExistingAssessment | null {
  let first: { rec: ExistingAssessment; start: number } | null = null
  for (const rec of existing) {
    if (String(rec.status).toUpperCase() === 'REVOKED') continue
    const s = parseMonth(rec.start)
    const e = parseMonth(rec.end)
    if (s === null || e === null) continue
    if (s <= period.end && e >= period.start && (first === null || s < first.start)) first = { rec, start: s }
  }
  return first ? first.rec : null
}

export function checkOverlap(period: Period, existing: readonly ExistingAssessment[]): Refusal | null {
  const hit = findOverlap(period, existing)
  return hit ? refusal('PERIOD_OVERLAP', { conflicting: hit.id }) : null
}

// ── §4.7 retirement cap ──────────────────────────────────────────────────────────────────

export interface CappedPeriod {
  period: Period
  truncated: boolean
}

function capExceeded(cap: number, retirementMonth: number): Result<CappedPeriod> {
  return fail(
    refusal('RETIREMENT_CAP_EXCEEDED', { max_end: formatMonth(cap), retirement_month: formatMonth(retirementMonth) }),
  )
}

/**
 * §4.7: last payable month = retirement month (cap_inclusive) or the month before.
 * start > cap is always refused; end > cap is refused (reject) or truncated (truncate).
 */
export function capAtRetirement(period: Period, retirementMonth: number, rules: RuleSet): Result<CappedPeriod> {
  const cap = rules.cap_inclusive ? retirementMonth : retirementMonth - 1
  // the refusal (with its message) is only built when it is returned
  if (period.start > cap) return capExceeded(cap, retirementMonth)
  if (period.end <= cap) return ok({ period, truncated: false })
  if (rules.retirement_cap === 'reject') return capExceeded(cap, retirementMonth)
  return ok({ period: { start: period.start, end: cap }, truncated: true })
}
