/**
 * 缴费记录 by year (issue 14): months and amounts per calendar year from a person's records, with the
 * gaps (断缴) between their first counted month and now, each gap marked with the months of it that can
 * still be assessed (back-pay, §4.3: only inside the engine's assessableRange).
 *
 * A record counts when it is not revoked: PAID months are 已缴费, ASSESSED / TRANSMITTED months are
 * 已核定未缴费. Suspended stretches are gaps too (the person can see them), flagged as such.
 */
import { addMonths, formatMonth, parseMonth } from './month'
import { dec, moneyString } from './money'
import type { AssessableRange } from './period'

export interface HistoryRecord {
  start: string
  end: string
  /** monthly contribution (whole rate), 2 decimals */
  monthly: string
  status: 'ASSESSED' | 'TRANSMITTED' | 'PAID' | 'REVOKED' | 'TAX_REVOKED' | string
}

export interface Gap {
  start: string
  end: string
  months: number
  /** the part of the gap that can still be assessed now (back-pay / current months), or null */
  payable: { start: string; end: string } | null
}

export interface YearHistory {
  year: number
  paid_months: number
  assessed_months: number
  paid_amount: string
  assessed_amount: string
  gaps: Gap[]
}

export interface HistoryInput {
  records: readonly HistoryRecord[]
  /** the last month to look at (normally the current month) */
  untilMonth: string
  /** the engine's assessableRange for today and the person's rule set */
  range: AssessableRange
  /** look from this month (e.g. the registration month); default: the first counted month */
  fromMonth?: string
}

const COUNTED_PAID = new Set(['PAID'])
const COUNTED_OPEN = new Set(['ASSESSED', 'TRANSMITTED'])

export interface History {
  years: YearHistory[]
  gaps: Gap[]
  paid_months: number
  assessed_months: number
}

/** The person's contribution history by year, with gaps. Years are newest first. */
export function historyByYear(input: HistoryInput): History {
  const until = parseMonth(input.untilMonth)
  const months = new Map<number, { kind: 'paid' | 'open'; monthly: string }>()
  for (const r of input.records) {
    const kind = COUNTED_PAID.has(r.status) ? 'paid' : COUNTED_OPEN.has(r.status) ? 'open' : null
    const s = parseMonth(r.start)
    const e = parseMonth(r.end)
    if (!kind || s === null || e === null) continue
    for (let m = s; m <= e; m++) months.set(m, { kind, monthly: r.monthly })
  }
  const counted = [...months.keys()].sort((a, b) => a - b)
  const from = input.fromMonth !== undefined ? parseMonth(input.fromMonth) : (counted[0] ?? null)
  if (from === null || until === null) return { years: [], gaps: [], paid_months: 0, assessed_months: 0 }
  const last = Math.max(until, counted[counted.length - 1] ?? until)

  const earliest = input.range.earliest ? parseMonth(input.range.earliest) : null
  const latest = input.range.latest ? parseMonth(input.range.latest) : null
  const gaps: Gap[] = []
  let gapStart: number | null = null
  const closeGap = (end: number) => {
    if (gapStart === null) return
    const ps = earliest === null ? null : Math.max(gapStart, earliest)
    const pe = latest === null ? null : Math.min(end, latest)
    gaps.push({
      start: formatMonth(gapStart),
      end: formatMonth(end),
      months: end - gapStart + 1,
      payable: ps !== null && pe !== null && ps <= pe ? { start: formatMonth(ps), end: formatMonth(pe) } : null,
    })
    gapStart = null
  }
  for (let m = from; m <= until; m++) {
    if (months.has(m)) closeGap(m - 1)
    else if (gapStart === null) gapStart = m
  }
  closeGap(until)

  const byYear = new Map<number, YearHistory>()
  const yearOf = (m: number) => Math.floor(m / 12)
  const entry = (year: number) => {
    let y = byYear.get(year)
    if (!y) {
      y = { year, paid_months: 0, assessed_months: 0, paid_amount: '0.00', assessed_amount: '0.00', gaps: [] }
      byYear.set(year, y)
    }
    return y
  }
  for (let m = from; m <= last; m++) entry(yearOf(m))
  for (const [m, { kind, monthly }] of months) {
    const y = entry(yearOf(m))
    if (kind === 'paid') {
      y.paid_months++
      y.paid_amount = moneyString(dec(y.paid_amount).plus(dec(monthly)))
    } else {
      y.assessed_months++
      y.assessed_amount = moneyString(dec(y.assessed_amount).plus(dec(monthly)))
    }
  }
  // a gap across a year end is shown in each year it touches
  for (const g of gaps) {
    const s = parseMonth(g.start) as number
    const e = parseMonth(g.end) as number
    for (let year = yearOf(s); year <= yearOf(e); year++) {
      const ys = Math.max(s, year * 12)
      const ye = Math.min(e, year * 12 + 11)
      const part = { start: formatMonth(ys), end: formatMonth(ye), months: ye - ys + 1 }
      const payable = g.payable
        ? clip(parseMonth(g.payable.start) as number, parseMonth(g.payable.end) as number, ys, ye)
        : null
      entry(year).gaps.push({ ...part, payable })
    }
  }
  const years = [...byYear.values()].sort((a, b) => b.year - a.year)
  return {
    years,
    gaps,
    paid_months: [...months.values()].filter((v) => v.kind === 'paid').length,
    assessed_months: [...months.values()].filter((v) => v.kind === 'open').length,
  }
}

function clip(ps: number, pe: number, s: number, e: number): { start: string; end: string } | null {
  const a = Math.max(ps, s)
  const b = Math.min(pe, e)
  return a <= b ? { start: formatMonth(a), end: formatMonth(b) } : null
}

/** The first month at or after `from` not covered by a counted record (the default of a new period). */
export function firstOpenMonth(records: readonly HistoryRecord[], from: string): string {
  const covered = new Set<number>()
  for (const r of records) {
    if (!COUNTED_PAID.has(r.status) && !COUNTED_OPEN.has(r.status)) continue
    const s = parseMonth(r.start)
    const e = parseMonth(r.end)
    if (s === null || e === null) continue
    for (let m = s; m <= e; m++) covered.add(m)
  }
  let m = from
  for (let i = 0; i < 1200 && covered.has(parseMonth(m) as number); i++) m = addMonths(m, 1)
  return m
}
