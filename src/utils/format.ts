import dayjs from 'dayjs'

/** 2026-11-23 → 2026年11月23日 */
export function formatDateZh(date: string): string {
  const d = dayjs(date, 'YYYY-MM-DD')
  return d.isValid() ? `${d.year()}年${d.month() + 1}月${d.date()}日` : date
}

/**
 * An instant (ISO 8601, e.g. 2026-09-15T02:05:00Z) in China time, whatever the device's time zone:
 * 2026年9月15日 10:05. China Standard Time is UTC+8 all year (no daylight saving), so a fixed offset is exact.
 */
export function formatChinaTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  const d = new Date(t + 8 * 3600 * 1000)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`
}

/**
 * Who did it, in plain words: the server names a deleted account by a pseudonym (已注销用户#5c20c273) so
 * that records stay consistent; a citizen reads 已注销的代办人 (or 已注销的用户).
 */
export function actorLabel(label: string, byAgent: boolean): string {
  if (/^已注销用户#/.test(label)) return byAgent ? '已注销的代办人' : '已注销的用户'
  return label
}
