import { describe, expect, it } from 'vitest'
import { contributionYears, estimateForPerson, paybackYears, statutoryRetirement } from '../../src/domain'

const retirementAt = (birth: string, category: string) => {
  const r = statutoryRetirement(birth, category)
  if (!r.ok) throw new Error('bad fixture')
  return r.value
}

describe('estimateForPerson (§9 from the person’s own data)', () => {
  it('20 years at the average wage, whole age 60', () => {
    const r = estimateForPerson({
      retirement: { retirement_month: '2030-01', age_years: 60, age_extra_months: 0 },
      history: [],
      future: { months: 240, base: '8000', avgMonthly: '8000' },
      pensionBase: '8000',
      accountRate: '0.08',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    // account 640 × 240 = 153600; basic 8000 × 2/2 × 20% = 1600; 153600 / 139 = 1105.04
    expect(r.value).toMatchObject({
      account: '153600.00',
      avg_index: '1.0000',
      years: '20.00',
      basic: '1600.00',
      personal_account: '1105.04',
      total: '2705.04',
      divisor: 139,
      months_total: 240,
      future_monthly: '1600.00',
    })
    expect(r.value.assumptions.find((a) => a.key === 'interest_rate')).toEqual({
      key: 'interest_rate',
      value: '0',
      source: 'default',
    })
  })

  it('history and future mixed, non-whole age from the reform (man born 1976-02 → 62y10m, divisor 118.3)', () => {
    const retirement = retirementAt('1976-02', 'M60')
    expect(retirement).toMatchObject({ retirement_month: '2038-12', age_years: 62, age_extra_months: 10 })
    const history = Array.from({ length: 120 }, () => ({ base: '4853', avgMonthly: '8088' }))
    const r = estimateForPerson({
      retirement,
      history,
      future: { months: 144, base: '8088', avgMonthly: '8088' },
      pensionBase: '9000',
      accountRate: '0.08',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    // index: (120 × 4853/8088 + 144 × 1) / 264 = 0.8182 (HALF_UP, 4 dp)
    // account: 120 × 388.24 + 144 × 647.04 = 46588.80 + 93173.76 = 139762.56
    // basic: 9000 × 1.8182 / 2 × 22% = 1800.02; account 139762.56 / 118.3 = 1181.42
    expect(r.value).toMatchObject({
      avg_index: '0.8182',
      account: '139762.56',
      divisor: 118.3,
      years: '22.00',
      basic: '1800.02',
      personal_account: '1181.42',
      total: '2981.44',
    })
  })

  it('interest: whole years compound, the remaining months simple', () => {
    const one = (months: number) =>
      estimateForPerson({
        retirement: { retirement_month: '2030-01', age_years: 60, age_extra_months: 0 },
        history: [],
        future: { months, base: '1000', avgMonthly: '1000' },
        pensionBase: '1000',
        accountRate: '0.08',
        interestRate: '0.1',
      })
    const r = one(1)
    expect(r.ok && r.value.account).toBe('80.67') // 80 × (1 + 0.1/12)
    // 13 months before: 80 × 1.1 × (1 + 0.1/12) = 88.7333; 12 before: 80 × 1.1 = 88;
    // 1…11 before: 80 × (11 + 0.1 × 66/12) = 924 → 1100.73
    const two = one(13)
    expect(two.ok && two.value.account).toBe('1100.73')
  })

  it('refuses bad input with a field and ages outside the table', () => {
    const base = {
      retirement: { retirement_month: '2030-01', age_years: 60, age_extra_months: 0 },
      history: [],
      future: { months: 12, base: '8000', avgMonthly: '8000' },
      pensionBase: '8000',
      accountRate: '0.08',
    }
    const code = (r: ReturnType<typeof estimateForPerson>) => (r.ok ? 'ok' : r.errors[0].code)
    expect(code(estimateForPerson({ ...base, future: { ...base.future, months: -1 } }))).toBe('INPUT_INVALID')
    expect(code(estimateForPerson({ ...base, pensionBase: 'x' }))).toBe('INPUT_INVALID')
    expect(code(estimateForPerson({ ...base, interestRate: '2' }))).toBe('INPUT_INVALID')
    expect(code(estimateForPerson({ ...base, future: { ...base.future, months: 0 } }))).toBe('INPUT_INVALID')
    expect(
      code(
        estimateForPerson({ ...base, retirement: { retirement_month: '2030-01', age_years: 65, age_extra_months: 3 } }),
      ),
    ).toBe('PENSION_DIVISOR_UNDEFINED')
  })
})

describe('contributionYears (§2.5)', () => {
  it('a person who cannot reach the minimum by the statutory month', () => {
    // retirement 2030-06 → minimum 186 months; 100 counted; 2026-12 … 2030-05 is 42 payable months
    expect(contributionYears({ retirementMonth: '2030-06', countedMonths: 100, nextPayableMonth: '2026-12' })).toEqual({
      ok: true,
      value: {
        required_months: 186,
        counted_months: 100,
        needed_months: 86,
        reach_month: '2034-01',
        reachable: false,
        shortfall_at_retirement: 44,
        options: ['EXTEND', 'LUMP_SUM'],
      },
    })
  })

  it('reachable in time, and already reached', () => {
    const r = contributionYears({ retirementMonth: '2045-03', countedMonths: 200, nextPayableMonth: '2027-01' })
    expect(r.ok && r.value).toMatchObject({
      required_months: 240,
      needed_months: 40,
      reach_month: '2030-04',
      reachable: true,
    })
    const done = contributionYears({ retirementMonth: '2029-03', countedMonths: 181, nextPayableMonth: '2027-01' })
    expect(done.ok && done.value).toMatchObject({ needed_months: 0, reach_month: null, reachable: true, options: [] })
  })

  it('refuses bad months', () => {
    const r = contributionYears({ retirementMonth: '2030-13', countedMonths: 1, nextPayableMonth: '2026-12' })
    expect(r.ok).toBe(false)
  })
})

describe('paybackYears', () => {
  it('own contributions ÷ yearly pension, one decimal', () => {
    expect(paybackYears('384000', '2705.04')).toBe('11.8')
    expect(paybackYears('1000', '0')).toBeNull()
  })
})
