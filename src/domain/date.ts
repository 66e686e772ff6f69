/**
 * Calendar dates 'YYYY-MM-DD' without the JS Date object (no time zones, no "now").
 * Today is always an argument (RULES.md §13.7; the app passes it in).
 */
import { monthIndex } from './month'

export interface YMD {
  y: number
  m: number // 1..12
  d: number // 1..31
}

/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48
  const b = s.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** Strict parse of exactly `\d{4}-\d{2}-\d{2}`: '2025-02-29' → null (not a real date). */
export function parseDate(value: unknown): YMD | null {
  if (typeof value !== 'string' || value.length !== 10) return null
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null // '-'
  const hi = twoDigits(value, 0)
  const lo = twoDigits(value, 2)
  const m = twoDigits(value, 5)
  const d = twoDigits(value, 8)
  if (hi < 0 || lo < 0 || m < 0 || d < 0) return null
  const y = hi * 100 + lo
  return isRealDate(y, m, d) ? { y, m, d } : null
}

export function formatDate({ y, m, d }: YMD): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Negative, zero or positive like a comparator. */
export function compareDates(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d
}

/** Month index of a date (see month.ts). */
export function monthIndexOfDate(date: YMD): number {
  return monthIndex(date.y, date.m)
}

export function addDays(date: YMD, n: number): YMD {
  let { y, m, d } = date
  d += n
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  while (d < 1) {
    m -= 1
    if (m < 1) {
      m = 12
      y -= 1
    }
    d += daysInMonth(y, m)
  }
  return { y, m, d }
}

/**
 * The N-th birthday. A 29 February birthday falls on 1 March in a non-leap year
 * [DESIGN: never earlier than N full years; irrelevant for N = 16 before 2100, §1.1].
 */
export function nthBirthday(birth: YMD, years: number): YMD {
  const y = birth.y + years
  if (birth.m === 2 && birth.d === 29 && !isLeapYear(y)) return { y, m: 3, d: 1 }
  return { y, m: birth.m, d: birth.d }
}

/** 'MM-DD' of a date, for year-independent windows such as the freeze "12-20".."12-31". */
export function monthDayOf(date: YMD): string {
  return `${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`
}
