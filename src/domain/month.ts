/**
 * YYYY-MM arithmetic on integers (RULES.md §0: months are `YYYY-MM`, periods inclusive).
 * A month is handled as its index `y*12 + m - 1`, so adding months is integer addition.
 */

export type MonthString = string

/** The char code of '0'; digits are parsed from char codes (the hot path of every quote). */
const ZERO = 48

/** 0–9 for an ASCII digit at `i`, else -1. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO
  return d >= 0 && d <= 9 ? d : -1
}

export function monthIndex(year: number, month1to12: number): number {
  return year * 12 + (month1to12 - 1)
}

/** '2025-03' → index, or null when malformed (e.g. '2019-13', '2019-3', 201903): exactly `\d{4}-(0[1-9]|1[0-2])`. */
export function parseMonth(value: unknown): number | null {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== 45 /* - */) return null
  const y0 = digitAt(value, 0)
  const y1 = digitAt(value, 1)
  const y2 = digitAt(value, 2)
  const y3 = digitAt(value, 3)
  const m0 = digitAt(value, 5)
  const m1 = digitAt(value, 6)
  if ((y0 | y1 | y2 | y3 | m0 | m1) < 0) return null
  const m = m0 * 10 + m1
  if (m < 1 || m > 12) return null
  return monthIndex(((y0 * 10 + y1) * 10 + y2) * 10 + y3, m)
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
  const m = index - y * 12 + 1
  if (y >= 1000 && y <= 9999) return m < 10 ? `${y}-0${m}` : `${y}-${m}`
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

/** Month index → '2025年1月' (formatMonthZh(formatMonth(i)) without the round trip through the string). */
export function formatMonthIndexZh(index: number): string {
  const y = yearOfIndex(index)
  if (y < 1000 || y > 9999) return formatMonthZh(formatMonth(index))
  return `${y}年${index - y * 12 + 1}月`
}

/** ('2025-01','2025-12') → '2025年1月–2025年12月'; a single month is shown once. */
export function formatPeriodZh(start: MonthString, end: MonthString): string {
  return start === end ? formatMonthZh(start) : `${formatMonthZh(start)}–${formatMonthZh(end)}`
}
