/**
 * The months of the current assessment year a person's records cover, and the next month that is due
 * (RULES.md §4: the first month from this month on, up to the end of the assessment year and before
 * retirement, that no record covers; none while suspended, §7).
 */
import { formatMonth, parseMonth } from './month'
import { assessmentYearBounds, assessmentYearOf } from './period'
import type { YearKind } from './rulesets/types'

export interface DueInput {
  /** YYYY-MM-DD */
  today: string
  yearKind: YearKind
  /** the person's records; REVOKED ones cover nothing */
  records: readonly { start: string; end: string; status: string }[]
  /** YYYY-MM: the statutory retirement month (§2) */
  retirementMonth: string
  /** 停保 (§7): nothing is due */
  suspended: boolean
}

export interface Due {
  /** YYYY-MM, ascending: the months of this assessment year that a record covers */
  monthsCoveredThisYear: string[]
  /** YYYY-MM, or null: nothing left to pay this assessment year */
  nextDueMonth: string | null
}

export function dueMonths(input: DueInput): Due {
  const today = parseMonth(input.today.slice(0, 7)) as number
  const bounds = assessmentYearBounds(assessmentYearOf(today, input.yearKind), input.yearKind)
  const covered = new Set<number>()
  for (const r of input.records) {
    if (r.status === 'REVOKED') continue
    const start = parseMonth(r.start)
    const end = parseMonth(r.end)
    if (start === null || end === null) continue
    for (let m = Math.max(start, bounds.start); m <= Math.min(end, bounds.end); m++) covered.add(m)
  }
  let next: number | null = null
  const retire = parseMonth(input.retirementMonth)
  if (!input.suspended && retire !== null) {
    for (let m = today; m <= Math.min(bounds.end, retire); m++) {
      if (!covered.has(m)) {
        next = m
        break
      }
    }
  }
  return {
    monthsCoveredThisYear: [...covered].sort((a, b) => a - b).map(formatMonth),
    nextDueMonth: next === null ? null : formatMonth(next),
  }
}
