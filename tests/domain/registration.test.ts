import { describe, expect, it } from 'vitest'
import { REFERENCE_RULE_SETS, applyOverrides, register, type Person } from '../../src/domain'

const NX = REFERENCE_RULE_SETS.NX2025
const TJ = REFERENCE_RULE_SETS.TJ2025
const WOMAN_1985: Person = { id: '640104198503150024', category: 'OTHER_FLEXIBLE', region: '640104' }

const codes = (r: ReturnType<typeof register>) => (r.ok ? [] : r.errors.map((e) => e.code))

describe('registration (§1, §13.3)', () => {
  it('registers with Ningxia defaults', () => {
    const r = register({ today: '2025-03-10', person: WOMAN_1985 }, NX)
    expect(r).toMatchObject({
      ok: true,
      value: {
        action: 'REGISTERED',
        region: '640104',
        work_start_date: '2025-01-01',
        first_insured_month: '2025-03',
        retirement_category: 'F55',
        retirement_month: '2043-03',
        birth_date: '1985-03-15',
        sex: 'F',
      },
    })
  })

  it('uses a supplied work start date, else registration date where not Ningxia (§13.4)', () => {
    const supplied = register({ today: '2025-03-10', person: { ...WOMAN_1985, workStartDate: '2024-07-01' } }, NX)
    expect(supplied.ok && supplied.value.work_start_date).toBe('2024-07-01')
    const wh = register({ today: '2025-09-10', person: WOMAN_1985 }, REFERENCE_RULE_SETS.WH2025)
    expect(wh.ok && wh.value.work_start_date).toBe('2025-09-10')
  })

  it('collects every problem in the documented order (一次性告知)', () => {
    const r = register(
      {
        today: '2025-08-01',
        person: {
          id: '640104196506150119',
          category: 'SELF_EMPLOYED_WITH_EMPLOYEES',
          employeeInsuranceStatus: 'ACTIVE',
          existingFlexibleRegistration: true,
        },
      },
      applyOverrides(TJ, { hukou_restriction: true }),
    )
    expect(codes(r)).toEqual([
      'REGION_REQUIRED',
      'CATEGORY_NOT_ELIGIBLE',
      'AGE_AT_OR_ABOVE_RETIREMENT',
      'EMPLOYEE_INSURANCE_ACTIVE',
      'HUKOU_RESTRICTED',
      'ALREADY_REGISTERED',
    ])
  })

  it('stops at an invalid ID', () => {
    const r = register({ today: '2025-03-10', person: { id: '640104198503150025' } }, NX)
    expect(codes(r)).toEqual(['ID_INVALID_CHECKSUM'])
  })

  it('uses birth date and sex when there is no ID', () => {
    const r = register(
      {
        today: '2025-03-10',
        person: { birthDate: '1990-05-01', sex: 'M', category: 'OTHER_FLEXIBLE', region: '640104' },
      },
      NX,
    )
    expect(r.ok && r.value.retirement_month).toBe('2053-05')
    expect(
      codes(register({ today: '2025-03-10', person: { category: 'OTHER_FLEXIBLE', region: '640104' } }, NX)),
    ).toEqual(['ID_INVALID_FORMAT'])
  })

  it('a 29 February birth reaches 16 on 29 February (leap year)', () => {
    // 2008-02-29, female
    const person: Person = { birthDate: '2008-02-29', sex: 'F', category: 'OTHER_FLEXIBLE', region: '640104' }
    expect(register({ today: '2024-02-29', person }, NX).ok).toBe(true)
    const before = register({ today: '2024-02-28', person }, NX)
    expect(!before.ok && before.errors[0].detail).toEqual({ eligible_from: '2024-02-29' })
  })

  it('employee relation: INTERRUPTED or none is fine, anything else refused (§1.3)', () => {
    for (const s of ['INTERRUPTED', 'NONE', undefined]) {
      expect(register({ today: '2025-03-10', person: { ...WOMAN_1985, employeeInsuranceStatus: s } }, NX).ok).toBe(true)
    }
    for (const s of ['ACTIVE', 'SUSPENDED']) {
      expect(
        codes(register({ today: '2025-03-10', person: { ...WOMAN_1985, employeeInsuranceStatus: s } }, NX)),
      ).toEqual(['EMPLOYEE_INSURANCE_ACTIVE'])
    }
  })

  it('subsidy-district lock only where configured (§1.7)', () => {
    const person: Person = {
      id: '120101198801010010',
      category: 'OTHER_FLEXIBLE',
      region: '120101',
      subsidyDistrict: '120104',
    }
    const tj = register({ today: '2025-03-10', person }, TJ)
    expect(!tj.ok && tj.errors[0]).toMatchObject({ code: 'DISTRICT_NOT_ALLOWED', detail: { allowed: ['120104'] } })
    expect(register({ today: '2025-03-10', person }, applyOverrides(TJ, { subsidy_district_lock: false })).ok).toBe(
      true,
    )
  })

  it('blank region counts as missing', () => {
    expect(codes(register({ today: '2025-03-10', person: { ...WOMAN_1985, region: '  ' } }, NX))).toEqual([
      'REGION_REQUIRED',
    ])
  })

  it('messages address the user and say what to do', () => {
    const r = register({ today: '2025-08-01', person: { ...WOMAN_1985, id: '640104196506150119' } }, NX)
    expect(!r.ok && r.errors[0].message).toContain('2025年8月')
    expect(!r.ok && r.errors[0].message).toContain('您')
  })
})
