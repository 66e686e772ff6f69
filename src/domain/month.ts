/**
 * YYYY-MM arithmetic on integers (RULES.md §0: months are `YYYY-MM`, periods inclusive).
 * A month is handled as its index `y*12 + m - 1`, so adding months is integer addition.
 */

export type MonthString = string

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/

export function monthIndex(year: number, month1to12: number): number {
  return year * 12 + (month1to12 - 1)
}

/** '2025-03' → index, or null when malformed (e.g. '2019-13', '2019-3', 201903). */
export function parseMonth(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const m = MONTH_RE.exec(value)
  if (!m) return null
  return monthIndex(Number(m[1]), Number(m[2]))
}

export function isMonthString(value: unknown): value is MonthString {
  return parseMonth(value) !== null
}

export function yearOfIndex(index: number): number {
  return Math.floor(index / 12)
}

/** 1..12 */
export function monthOfIndex(index: number): number {
  return index - yearOfIndex(index) * 12 + 1
}

export function formatMonth(index: number): MonthString {
  const y = yearOfIndex(index)
  const m = monthOfIndex(index)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
}

/** addMonths('2025-11', 3) → '2026-02'. Throws on a malformed month (programming error). */
export function addMonths(month: MonthString, n: number): MonthString {
  const i = parseMonth(month)
  if (i === null) throw new Error(`malformed month ${month}`)
  return formatMonth(i + n)
}

/** Number of months of an inclusive period: 2025-01..2025-12 → 12. */
export function monthsInclusive(startIndex: number, endIndex: number): number {
  return endIndex - startIndex + 1
}

/** '2025-01' → '2025年1月' (UX.md "months as 2025年1月"). */
export function formatMonthZh(month: MonthString): string {
  const i = parseMonth(month)
  if (i === null) return month
  return `${yearOfIndex(i)}年${monthOfIndex(i)}月`
}

/** ('2025-01','2025-12') → '2025年1月–2025年12月'; a single month is shown once. */
export function formatPeriodZh(start: MonthString, end: MonthString): string {
  return start === end ? formatMonthZh(start) : `${formatMonthZh(start)}–${formatMonthZh(end)}`
}
