import { describe, expect, it } from 'vitest'
import { REGION_RULE_SETS, estimateForPerson, statutoryRetirement } from '../../src/domain'
import {
  compareFor,
  estimateFor,
  historyFor,
  interestFraction,
  personContext,
  remindersFor,
  yearsFor,
} from '../../src/domain/insights'
import type { InsightRecord } from '../../src/domain/insights'

const NX = REGION_RULE_SETS.NX2026
const rec = (
  start: string,
  end: string,
  status: string,
  base = '4853.00',
  monthly = '970.60',
  input = '60',
): InsightRecord => ({
  start,
  end,
  status,
  baseMonthly: base,
  contributionMonthly: monthly,
  baseInput: input,
  baseKind: 'percent',
})

// These engine tests use a day in December (2026-12-02), deliberately not the shared TODAY of tests/support/today.ts:
// the expected figures (future months from December 2026, the reminders) are worked out for that day.
describe('personContext (the facts behind the estimate)', () => {
  it('counts non-revoked months, the future months until retirement, and the defaults', () => {
    const r = personContext({
      today: '2026-12-02',
      birthDate: '1970-05-10',
      retirementCategory: 'M60',
      rules: NX,
      records: [
        rec('2026-01', '2026-03', 'PAID'),
        rec('2026-04', '2026-06', 'REVOKED'),
        rec('2026-07', '2026-09', 'CREATED', '8088.00', '1617.60', '100'),
      ],
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const retire = statutoryRetirement('1970-05', 'M60')
    if (!retire.ok) throw new Error('fixture')
    expect(r.value.retirement).toEqual(retire.value)
    expect(r.value.counted).toHaveLength(6)
    expect(r.value.counted_paid).toBe(3)
    expect(r.value.paid_so_far).toBe('7764.60') // 3 × 970.60 + 3 × 1617.60
    expect(r.value.future_from).toBe('2026-12')
    // 2026-12 … month before retirement
    const [ry, rm] = retire.value.retirement_month.split('-').map(Number)
    expect(r.value.future_months).toBe(ry * 12 + rm - 1 - (2026 * 12 + 11))
    expect(r.value.default_base).toBe('100') // the latest record's choice
    expect(r.value.pension_base_default).toBe('8088.00')
  })
})

describe('estimateFor', () => {
  const facts = {
    today: '2026-12-02',
    birthDate: '1976-02-01',
    retirementCategory: 'M60',
    rules: NX,
    records: [rec('2026-01', '2026-11', 'PAID')],
  }
  it('is estimateForPerson with the assembled input, and explains both parts in Chinese', () => {
    const r = estimateFor(facts, { base: '100' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const c = r.value.context
    const direct = estimateForPerson({
      retirement: c.retirement,
      history: c.counted,
      future: { months: c.future_months, base: '8088.00', avgMonthly: '8088' },
      pensionBase: '8088.00',
      accountRate: '0.08',
    })
    expect(direct.ok && direct.value).toEqual(r.value.estimate)
    expect(r.value.base).toMatchObject({ base: '8088.00', monthly: '1617.60' })
    expect(r.value.explanation.basic).toContain(
      `= ${r.value.estimate.basic.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元/月`,
    )
    expect(r.value.explanation.account).toContain(`计发月数 ${r.value.estimate.divisor}`)
  })
  it('takes the interest rate as a percent and refuses a bad one', () => {
    expect(interestFraction('2.62')).toBe('0.0262')
    expect(interestFraction('abc')).toBeNull()
    const bad = estimateFor(facts, { interestPercent: '-1' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ code: 'INPUT_INVALID', detail: { field: 'interest_rate' } })
    const badBase = estimateFor(facts, { base: '40' })
    expect(!badBase.ok && badBase.errors[0].code).toBe('BASE_PERCENT_BELOW_MIN')
    const withInterest = estimateFor(facts, { interestPercent: '2', base: '60' })
    const without = estimateFor(facts, { base: '60' })
    expect(
      withInterest.ok &&
        without.ok &&
        Number(withInterest.value.estimate.account) > Number(without.value.estimate.account),
    ).toBe(true)
  })
  it('compareFor: one row per option, each the estimate at that base', () => {
    const r = compareFor(facts, { declaredWage: '9000' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.rows.map((x) => x.input)).toEqual(['60', '80', '100', '150', '200', '300', '9000'])
    const at100 = estimateFor(facts, { base: '100' })
    expect(at100.ok && at100.value.estimate).toEqual(r.value.rows[2].estimate)
  })
})

describe('yearsFor / historyFor / remindersFor', () => {
  it('a person retiring 2027-01 without records cannot reach 180 months', () => {
    const r = yearsFor({
      today: '2026-12-02',
      birthDate: '1966-11-15',
      retirementCategory: 'M60',
      rules: NX,
      records: [],
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.retirement_month).toBe(statutoryRetirement('1966-11', 'M60').ok ? r.value.retirement_month : '')
    expect(r.value.required_months).toBe(180)
    expect(r.value.reachable).toBe(false)
    expect(r.value.options).toEqual(['EXTEND', 'LUMP_SUM'])
  })
  it('history marks the revoked months as a payable gap', () => {
    const h = historyFor({
      today: '2026-12-02',
      rules: NX,
      records: [
        rec('2026-01', '2026-03', 'PAID'),
        rec('2026-04', '2026-06', 'REVOKED'),
        rec('2026-07', '2026-12', 'TRANSMITTED'),
      ],
    })
    expect(h.ok && h.value.gaps).toEqual([
      { start: '2026-04', end: '2026-06', months: 3, payable: { start: '2026-04', end: '2026-06' } },
    ])
  })
  it('天津: the declaration window of the current month; records awaiting payment', () => {
    const r = remindersFor(
      {
        today: '2026-12-02',
        birthDate: '1990-01-01',
        retirementCategory: 'M60',
        rules: REGION_RULE_SETS.TJ2026,
        records: [{ ...rec('2026-11', '2026-11', 'TRANSMITTED'), id: 'HD1' }],
      },
      '2026-12',
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.map((x) => x.kind)).toEqual(['NEXT_DUE', 'DECLARATION_WINDOW', 'AWAITING_PAYMENT'])
    expect(r.value[1]).toMatchObject({ month: '2026-12', from: '2026-11-21', to: '2026-12-19' })
    expect(r.value[2].record_id).toBe('HD1')
  })
})
