import { describe, expect, it } from 'vitest'
import { firstOpenMonth, historyByYear, type HistoryRecord } from '../../src/domain/history'

const records: HistoryRecord[] = [
  { start: '2025-01', end: '2025-06', monthly: '970.60', status: 'PAID' },
  { start: '2025-07', end: '2025-09', monthly: '970.60', status: 'REVOKED' },
  { start: '2025-10', end: '2025-12', monthly: '1000.00', status: 'PAID' },
  { start: '2026-01', end: '2026-03', monthly: '1000.00', status: 'TRANSMITTED' },
  { start: '2026-07', end: '2026-08', monthly: '1000.00', status: 'ASSESSED' },
]

describe('historyByYear (缴费记录 by year with gaps)', () => {
  it('counts months and amounts per year, marks gaps and the part of each that can still be assessed', () => {
    const h = historyByYear({
      records,
      untilMonth: '2026-11',
      range: { earliest: '2026-01', latest: '2026-12', current: null, frozen: false },
    })
    expect(h.paid_months).toBe(9)
    expect(h.assessed_months).toBe(5)
    expect(h.gaps).toEqual([
      { start: '2025-07', end: '2025-09', months: 3, payable: null }, // a revoked record leaves a gap; 2025 is closed
      { start: '2026-04', end: '2026-06', months: 3, payable: { start: '2026-04', end: '2026-06' } },
      { start: '2026-09', end: '2026-11', months: 3, payable: { start: '2026-09', end: '2026-11' } },
    ])
    expect(h.years.map((y) => [y.year, y.paid_months, y.paid_amount, y.assessed_months, y.assessed_amount])).toEqual([
      [2026, 0, '0.00', 5, '5000.00'],
      [2025, 9, '8823.60', 0, '0.00'],
    ])
    expect(h.years[0].gaps.map((g) => g.start)).toEqual(['2026-04', '2026-09'])
  })

  it('a gap across a year end appears in both years, each with its own payable part', () => {
    const h = historyByYear({
      records: [{ start: '2025-01', end: '2025-10', monthly: '1.00', status: 'PAID' }],
      untilMonth: '2026-02',
      range: { earliest: '2026-01', latest: '2026-12', current: null, frozen: false },
    })
    expect(h.gaps).toEqual([
      { start: '2025-11', end: '2026-02', months: 4, payable: { start: '2026-01', end: '2026-02' } },
    ])
    expect(h.years.find((y) => y.year === 2025)?.gaps).toEqual([
      { start: '2025-11', end: '2025-12', months: 2, payable: null },
    ])
    expect(h.years.find((y) => y.year === 2026)?.gaps).toEqual([
      { start: '2026-01', end: '2026-02', months: 2, payable: { start: '2026-01', end: '2026-02' } },
    ])
  })

  it('while frozen nothing is payable; no records means no history', () => {
    const frozen = historyByYear({
      records,
      untilMonth: '2026-11',
      range: { earliest: null, latest: null, current: null, frozen: true },
    })
    expect(frozen.gaps.every((g) => g.payable === null)).toBe(true)
    expect(
      historyByYear({
        records: [],
        untilMonth: '2026-11',
        range: { earliest: null, latest: null, current: null, frozen: true },
      }),
    ).toEqual({
      years: [],
      gaps: [],
      paid_months: 0,
      assessed_months: 0,
    })
  })
})

describe('firstOpenMonth', () => {
  it('skips counted months, not revoked ones', () => {
    expect(firstOpenMonth(records, '2026-01')).toBe('2026-04')
    expect(firstOpenMonth(records, '2025-07')).toBe('2025-07')
    expect(firstOpenMonth(records, '2026-07')).toBe('2026-09')
  })
})
