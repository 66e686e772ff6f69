import dayjs from 'dayjs'

/** 2026-11-23 → 2026年11月23日 */
export function formatDateZh(date: string): string {
  const d = dayjs(date, 'YYYY-MM-DD')
  return d.isValid() ? `${d.year()}年${d.month() + 1}月${d.date()}日` : date
}
