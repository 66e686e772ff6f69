import { formatMonthZh, formatPeriodZh, parseMonth, formatMonth } from '@/domain/month'

/** ['2026-01','2026-02','2026-03','2026-05'] → '2026年1月–2026年3月、2026年5月' (consecutive months joined). */
export function monthRangesZh(months: readonly string[]): string {
  const idx = [...new Set(months.map((m) => parseMonth(m)).filter((i): i is number => i !== null))].sort(
    (a, b) => a - b,
  )
  const parts: string[] = []
  let start: number | undefined
  let prev: number | undefined
  for (const i of [...idx, Number.NaN]) {
    if (start !== undefined && prev !== undefined && i === prev + 1) {
      prev = i
      continue
    }
    if (start !== undefined && prev !== undefined) parts.push(formatPeriodZh(formatMonth(start), formatMonth(prev)))
    start = i
    prev = i
  }
  return parts.join('、')
}

export { formatMonthZh }
