/**
 * The shape of a period the other way round (RULES.md §4.5–§4.8): where period.ts checks a period that was
 * asked for, this proposes one — the months a person may pick, the period a 缴费频次 gives for a month, and
 * the first period still open. Built from the same rule-set parameters (`frequency`, `year_kind`,
 * `cap_inclusive`) and the same year bounds as the engine's checks, so that what the app proposes is what
 * the engine accepts (tests/domain/frequency.test.ts checks every proposal against `assess`).
 */
import { addMonths, formatMonth, monthOfIndex, parseMonth, type MonthString } from './month'
import { assessmentYearBounds, assessmentYearOf, FREQUENCIES, type Frequency } from './period'
import type { RuleSet } from './rulesets/types'

/** The parameters a period's shape depends on. */
export type ShapeRules = Pick<RuleSet, 'frequency' | 'year_kind' | 'cap_inclusive'>

export interface MonthPeriod {
  start: MonthString
  end: MonthString
}

/** The most months listed at once (five years): a guard against a malformed range. */
const MAX_MONTHS = 60

/** The frequencies a person chooses from (§4.6): 按月 / 按季 / 按年 under `m_q_y`, none otherwise. */
export function frequencyOptions(rules: Pick<RuleSet, 'frequency'>): readonly Frequency[] {
  return rules.frequency === 'm_q_y' ? FREQUENCIES : []
}

export function isFrequency(value: unknown): value is Frequency {
  return (FREQUENCIES as readonly unknown[]).includes(value)
}

/** Every month from `earliest` to `latest` (YYYY-MM), at most five years. */
export function monthRange(earliest: MonthString, latest: MonthString): MonthString[] {
  const out: MonthString[] = []
  for (let m = earliest; m <= latest && out.length < MAX_MONTHS; m = addMonths(m, 1)) out.push(m)
  return out
}

/**
 * The months offered in the pickers: the engine's assessable range of today (`assessableRange`, sent by the
 * server as the region's allowedMonths), or — while there is none (year-end freeze) — the assessment year,
 * so the page still shows a year and the quote explains the refusal.
 */
export function pickableMonths(
  allowed: { earliest: MonthString | null; latest: MonthString | null },
  assessmentYear: number,
  rules: Pick<RuleSet, 'year_kind'>,
): MonthString[] {
  const bounds = assessmentYearBounds(assessmentYear, rules.year_kind)
  return monthRange(allowed.earliest ?? formatMonth(bounds.start), allowed.latest ?? formatMonth(bounds.end))
}

/**
 * The period a frequency gives for a month (§4.6, the shapes `checkFrequency` accepts): 按月 that month,
 * 按季 its calendar quarter, 按年 from that month to the last month of its assessment year.
 */
export function periodFor(frequency: Frequency, month: MonthString, rules: Pick<RuleSet, 'year_kind'>): MonthPeriod {
  const m = parseMonth(month)
  if (m === null) return { start: month, end: month }
  switch (frequency) {
    case 'monthly':
      return { start: month, end: month }
    case 'quarterly': {
      const start = m - ((monthOfIndex(m) - 1) % 3)
      return { start: formatMonth(start), end: formatMonth(start + 2) }
    }
    case 'yearly':
      return {
        start: month,
        end: formatMonth(assessmentYearBounds(assessmentYearOf(m, rules.year_kind), rules.year_kind).end),
      }
  }
}

/** The months a period of `frequency` may start in (按季: the first month of a quarter); no frequency: all. */
export function startMonths(
  frequency: string,
  months: readonly MonthString[],
  rules: Pick<RuleSet, 'year_kind'>,
): MonthString[] {
  if (!isFrequency(frequency)) return [...months]
  return months.filter((m) => periodFor(frequency, m, rules).start === m)
}

/** What of the person decides which months are still open. */
export interface OpenFacts {
  /** months already assessed (not revoked) this year */
  covered: readonly MonthString[]
  /** 停保 from this month (§4.8), if suspended */
  suspendedFrom?: MonthString | null
  /** the legal retirement month (§4.7), if known */
  retirementMonth?: MonthString | null
}

/** The last month that may be assessed before retirement (§4.7), or null when unknown. */
export function lastPayableMonth(
  retirementMonth: MonthString | null | undefined,
  rules: Pick<RuleSet, 'cap_inclusive'>,
) {
  if (!retirementMonth || parseMonth(retirementMonth) === null) return null
  return rules.cap_inclusive ? retirementMonth : addMonths(retirementMonth, -1)
}

/** Months that can still be assessed: not already assessed (§4.5), not suspended (§4.8), not after the cap (§4.7). */
export function openMonths(months: readonly MonthString[], facts: OpenFacts, rules: ShapeRules): MonthString[] {
  const covered = new Set(facts.covered)
  const stop = facts.suspendedFrom ?? null
  const cap = lastPayableMonth(facts.retirementMonth, rules)
  return months.filter((m) => !covered.has(m) && (!stop || m < stop) && (!cap || m <= cap))
}

/**
 * The default period: the first open months — under a frequency the first period of its shape whose months
 * are all pickable and open; without one, from the first open month to the end of its unbroken run.
 */
export function firstOpenPeriod(
  months: readonly MonthString[],
  open: readonly MonthString[],
  frequency: string,
  rules: Pick<RuleSet, 'year_kind'>,
): MonthPeriod | undefined {
  const isOpen = new Set(open)
  const listed = new Set(months)
  const fits = (p: MonthPeriod) =>
    listed.has(p.start) && listed.has(p.end) && monthRange(p.start, p.end).every((m) => isOpen.has(m))
  for (const m of months) {
    if (!isOpen.has(m)) continue
    if (isFrequency(frequency)) {
      const p = periodFor(frequency, m, rules)
      if (fits(p)) return p
      continue
    }
    let end = m
    while (isOpen.has(addMonths(end, 1)) && listed.has(addMonths(end, 1))) end = addMonths(end, 1)
    return { start: m, end }
  }
  return undefined
}

/** Months in a period (0 when it is not one). */
export function periodLength(start: MonthString, end: MonthString): number {
  const a = parseMonth(start)
  const b = parseMonth(end)
  return a === null || b === null || b < a ? 0 : b - a + 1
}
