import { describe, expect, it } from 'vitest'
import {
  REFERENCE_RULE_SETS,
  TRANSITIONS,
  benefitEligibility,
  markPaid,
  markTaxRevoked,
  pensionDivisor,
  pensionEstimate,
  resume,
  revoke,
  suspend,
  transferEligibility,
  transmit,
  type AssessmentRecord,
} from '../../src/domain'

const rec = (status: AssessmentRecord['status'], extra: Partial<AssessmentRecord> = {}): AssessmentRecord => ({
  id: 'A1',
  status,
  ...extra,
})
const code = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? 'OK' : r.errors![0].code)

describe('revocation state machine (§5)', () => {
  it('follows the table for owner and proxy alike', () => {
    for (const actor of ['owner', 'proxy'] as const) {
      expect(code(revoke({ record: rec('CREATED'), actor }))).toBe('OK')
      expect(code(revoke({ record: rec('TRANSMITTED'), actor }))).toBe('REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE')
      expect(code(revoke({ record: rec('TRANSMITTED', { taxRevoked: true }), actor }))).toBe('OK')
      expect(code(revoke({ record: rec('PAID'), actor }))).toBe('REVOKE_ALREADY_PAID')
      expect(code(revoke({ record: rec('REVOKED'), actor }))).toBe('REVOKE_ALREADY_REVOKED')
    }
  })

  it('logs the proxy operator', () => {
    const r = revoke({ record: rec('CREATED'), actor: 'proxy', operatorId: 'OP-9' })
    expect(r.ok && r.value).toEqual({ id: 'A1', status: 'REVOKED', revoked_by: 'proxy', operator_id: 'OP-9' })
  })

  it('transmit → tax revoke → revoke; transmit → pay', () => {
    const t = transmit(rec('CREATED'))
    expect(t.ok && t.value.status).toBe('TRANSMITTED')
    if (!t.ok) return
    expect(code(transmit(t.value))).toBe('TRANSITION_NOT_ALLOWED')
    const flagged = markTaxRevoked(t.value)
    expect(flagged.ok && code(revoke({ record: flagged.value, actor: 'owner' }))).toBe('OK')
    const paid = markPaid(t.value)
    expect(paid.ok && paid.value.status).toBe('PAID')
    expect(code(markPaid(rec('CREATED')))).toBe('TRANSITION_NOT_ALLOWED')
    expect(code(markTaxRevoked(rec('CREATED')))).toBe('TRANSITION_NOT_ALLOWED')
    expect(TRANSITIONS.transmit).toEqual({ from: ['CREATED'], to: 'TRANSMITTED' })
    expect(TRANSITIONS.pay).toEqual({ from: ['TRANSMITTED'], to: 'PAID' })
  })
})

describe('suspension and resumption (§7, §13.9)', () => {
  const paid = [{ id: 'A1', start: '2025-01', end: '2025-06', status: 'PAID' }]
  it('suspends from the month of the stop date', () => {
    const r = suspend({ today: '2025-06-20', reason: 'EMIGRATION', stopDate: '2025-07-31', existingAssessments: paid })
    expect(r.ok && r.value).toEqual({ status: 'SUSPENDED', suspended_from: '2025-07', reason: 'EMIGRATION' })
  })

  it('reports every problem: reason, date conflict, open records', () => {
    const r = suspend({
      today: '2025-06-20',
      reason: 'HOLIDAY',
      stopDate: '2025-06-01',
      existingAssessments: [...paid, { id: 'A2', start: '2025-07', end: '2025-09', status: 'CREATED' }],
    })
    expect(!r.ok && r.errors.map((e) => [e.code, e.detail])).toEqual([
      ['SUSPEND_REASON_INVALID', {}],
      ['SUSPEND_DATE_CONFLICT', { earliest: '2025-07' }],
      ['SUSPEND_OPEN_ASSESSMENTS', { assessments: ['A2'] }],
    ])
  })

  it('resumption', () => {
    expect(resume({ today: '2025-10-08', lastReason: 'VOLUNTARY' })).toEqual({
      ok: true,
      value: { status: 'ACTIVE', resumed_from: '2025-10' },
    })
    for (const reason of ['DEATH', 'EMIGRATION', 'TRANSFER_OUT']) {
      const r = resume({ today: '2025-10-08', lastReason: reason })
      expect(!r.ok && r.errors[0]).toMatchObject({ code: 'RESUME_NOT_ALLOWED', detail: { reason } })
    }
    expect(code(resume({ today: '2025-10-08', lastReason: 'X' }))).toBe('SUSPEND_REASON_INVALID')
    const old = resume(
      { today: '2025-10-08', lastReason: 'OTHER_LEGAL', person: { id: '640104196506150119' } },
      REFERENCE_RULE_SETS.NX2025,
    )
    expect(!old.ok && old.errors[0]).toMatchObject({
      code: 'AGE_AT_OR_ABOVE_RETIREMENT',
      detail: { retirement_month: '2025-08' },
    })
  })
})

describe('transfer, benefit, pension (§8, §9)', () => {
  it('transfer conditions (a) and (b)', () => {
    const t = (crossProvince: boolean, sex: 'M' | 'F', age: number, returningToHukou: boolean) => {
      const r = transferEligibility({ crossProvince, sex, age, returningToHukou })
      return r.ok ? r.value.result : r.errors[0].code
    }
    expect(t(false, 'M', 70, false)).toBe('NO_TRANSFER_NEEDED')
    expect(t(true, 'M', 49, false)).toBe('ELIGIBLE')
    expect(t(true, 'M', 50, false)).toBe('TEMPORARY_ACCOUNT')
    expect(t(true, 'F', 39, false)).toBe('ELIGIBLE')
    expect(t(true, 'F', 40, false)).toBe('TEMPORARY_ACCOUNT')
    expect(t(true, 'F', 52, true)).toBe('ELIGIBLE')
    expect(t(true, 'F', Number.NaN, true)).toBe('INPUT_INVALID')
  })

  it('benefit eligibility as at the retirement month', () => {
    expect(benefitEligibility({ retirementMonth: '2030-03', contributionMonths: 186 })).toEqual({
      ok: true,
      value: { result: 'ELIGIBLE', required_months: 186, pre_review_from: '2029-12' },
    })
    expect(benefitEligibility({ retirementMonth: '2035-01', contributionMonths: 200 })).toEqual({
      ok: true,
      value: { result: 'NOT_ELIGIBLE', required_months: 216, shortfall_months: 16 },
    })
    expect(code(benefitEligibility({ retirementMonth: '2035-13', contributionMonths: 200 }))).toBe('INPUT_INVALID')
    expect(code(benefitEligibility({ retirementMonth: '2035-01', contributionMonths: -1 }))).toBe('INPUT_INVALID')
  })

  it('pension estimate and divisor table', () => {
    expect(pensionEstimate({ baseMonthly: 8000, avgIndex: '1.0', years: 20, account: 100000, ageYears: 60 })).toEqual({
      ok: true,
      value: { basic: '1600.00', personal_account: '719.42', total: '2319.42', divisor: 139 },
    })
    expect([50, 55, 60, 63, 65].map((a) => pensionDivisor(a))).toEqual([195, 170, 139, 117, 101])
    expect([49, 66, 47, 70].map((a) => pensionDivisor(a))).toEqual([null, null, null, null])
    // revised §9: interpolated by month, HALF_UP to one decimal; a configured table wins
    expect(pensionDivisor(60, 4)).toBe(136.7)
    expect(pensionDivisor(62, 10)).toBe(118.3)
    expect(pensionDivisor(60, 1)).toBe(138.4)
    expect(pensionDivisor(50, 1)).toBe(194.6)
    expect(pensionDivisor(64, 11)).toBe(101.7)
    expect(pensionDivisor(65, 1)).toBeNull()
    expect(pensionDivisor(49, 11)).toBeNull()
    expect(pensionDivisor(60, 12)).toBeNull()
    expect(pensionDivisor(60, 4, { '60y4m': 136 })).toBe(136)
    expect(
      pensionEstimate({ baseMonthly: 8000, avgIndex: '1.0', years: 20, account: 100000, ageYears: 60, ageMonths: 4 }),
    ).toEqual({ ok: true, value: { basic: '1600.00', personal_account: '731.53', total: '2331.53', divisor: 136.7 } })
    expect(
      code(
        pensionEstimate({ baseMonthly: 8000, avgIndex: '1.0', years: 20, account: 100000, ageYears: 65, ageMonths: 1 }),
      ),
    ).toBe('PENSION_DIVISOR_UNDEFINED')
    expect(code(pensionEstimate({ baseMonthly: 'x', avgIndex: '1.0', years: 20, account: 1, ageYears: 60 }))).toBe(
      'INPUT_INVALID',
    )
    const precise = pensionEstimate({
      baseMonthly: '8000',
      avgIndex: '1.2345',
      years: '15.5',
      account: '0',
      ageYears: 60,
    })
    expect(precise.ok && precise.value.basic).toBe('1385.39') // 8000 × 2.2345 / 2 × 15.5% = 1385.39
  })
})
