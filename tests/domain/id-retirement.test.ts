import { describe, expect, it } from 'vitest'
import {
  delayMonths,
  idCheckChar,
  minContributionMonths,
  retirementCategoryFor,
  statutoryRetirement,
  validateId,
} from '../../src/domain'

describe('ID numbers (§6.2)', () => {
  it("accepts the standard's own example", () => {
    expect(validateId('11010519491231002X')).toEqual({
      ok: true,
      value: { id: '11010519491231002X', birth_date: '1949-12-31', sex: 'F' },
    })
  })

  it('normalises lower-case x and surrounding blanks', () => {
    const r = validateId(' 64010419920101008x ')
    expect(r.ok && r.value.id).toBe('64010419920101008X')
  })

  it('computes the MOD 11-2 check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X')
    expect(idCheckChar('64010419850315002')).toBe('4')
  })

  it('reports the expected check character', () => {
    const r = validateId('640104198503150025')
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'ID_INVALID_CHECKSUM', detail: { expected: '4' } })
  })

  it('distinguishes 15-digit legacy numbers from other formats', () => {
    const code = (id: unknown) => {
      const r = validateId(id)
      return r.ok ? 'OK' : r.errors[0].code
    }
    expect(code('640104850315002')).toBe('ID_LEGACY_15_DIGIT')
    expect(code('64010485031500X')).toBe('ID_INVALID_FORMAT')
    expect(code('6401041985031500241')).toBe('ID_INVALID_FORMAT')
    expect(code('64010419850315A024')).toBe('ID_INVALID_FORMAT')
    expect(code(640104)).toBe('ID_INVALID_FORMAT')
    expect(code(undefined)).toBe('ID_INVALID_FORMAT')
  })

  it('checks the birth date: real date, ≥ 1900, not after today (§13.7)', () => {
    const code = (id: string, today?: string) => {
      const r = validateId(id, today)
      return r.ok ? r.value.birth_date : r.errors[0].code
    }
    expect(code('640104198802290115')).toBe('1988-02-29')
    expect(code('640104198902290112')).toBe('ID_INVALID_BIRTHDATE')
    expect(code('640104198902290119')).toBe('ID_INVALID_BIRTHDATE') // date checked before the check character
    expect(code('640104189901010110')).toBe('ID_INVALID_BIRTHDATE')
    expect(code('640104203001010113')).toBe('2030-01-01')
    expect(code('640104203001010113', '2025-03-10')).toBe('ID_INVALID_BIRTHDATE')
    expect(code('640104202503110013', '2025-03-11')).toBe('2025-03-11')
    expect(code('640104202503110013', '2025-03-10')).toBe('ID_INVALID_BIRTHDATE')
  })

  it('takes the sex from the 17th character (odd = M)', () => {
    const r = validateId('640104198802290115')
    expect(r.ok && r.value.sex).toBe('M')
  })
})

describe('statutory retirement (§2)', () => {
  const table: [string, string, number, string][] = [
    ['1964-12', 'M60', 0, '2024-12'],
    ['1965-01', 'M60', 1, '2025-02'],
    ['1965-04', 'M60', 1, '2025-05'],
    ['1965-05', 'M60', 2, '2025-07'],
    ['1965-12', 'M60', 3, '2026-03'],
    ['1975-06', 'M60', 32, '2038-02'],
    ['1976-08', 'M60', 35, '2039-07'],
    ['1976-09', 'M60', 36, '2039-09'],
    ['1970-01', 'F55', 1, '2025-02'],
    ['1971-04', 'F55', 4, '2026-08'],
    ['1976-05', 'F55', 20, '2033-01'],
    ['1981-08', 'F55', 35, '2039-07'],
    ['1981-09', 'F55', 36, '2039-09'],
    ['1974-12', 'F50', 0, '2024-12'],
    ['1975-03', 'F50', 2, '2025-05'],
    ['1976-05', 'F50', 9, '2027-02'],
    ['1976-06', 'F50', 9, '2027-03'],
    ['1984-10', 'F50', 59, '2039-09'],
    ['1984-11', 'F50', 60, '2039-11'],
  ]
  it.each(table)('%s %s → delay %i, %s', (birth, cat, delay, month) => {
    const r = statutoryRetirement(birth, cat)
    expect(r.ok && r.value).toMatchObject({ retirement_month: month, delay_months: delay })
  })

  it('accepts a birth date and rejects bad input', () => {
    const r = statutoryRetirement('1965-05-31', 'M60')
    expect(r.ok && r.value.retirement_month).toBe('2025-07')
    expect(statutoryRetirement('1965-13', 'M60').ok).toBe(false)
    expect(statutoryRetirement('1965-01', 'F60').ok).toBe(false)
  })

  it('caps the delay', () => {
    expect(delayMonths(2000 * 12, 'M60')).toBe(36)
    expect(delayMonths(2000 * 12, 'F50')).toBe(60)
    expect(delayMonths(1900 * 12, 'F55')).toBe(0)
  })

  it('minimum contribution months (§2.5)', () => {
    expect([2025, 2029, 2030, 2031, 2035, 2038, 2039, 2060].map(minContributionMonths)).toEqual([
      180, 180, 186, 192, 216, 234, 240, 240,
    ])
  })

  it('female category by rule set / post type (§2.4, §13.6)', () => {
    const cat = (sex: 'M' | 'F', age: 50 | 55 | 'by_post', post?: string) => {
      const r = retirementCategoryFor(sex, age, post)
      return r.ok ? r.value : r.errors[0].code
    }
    expect(cat('M', 'by_post')).toBe('M60')
    expect(cat('F', 50)).toBe('F50')
    expect(cat('F', 55)).toBe('F55')
    expect(cat('F', 'by_post', 'cadre')).toBe('F55')
    expect(cat('F', 'by_post', 'worker')).toBe('F50')
    expect(cat('F', 'by_post')).toBe('FEMALE_CATEGORY_REQUIRED')
    expect(cat('F', 'by_post', 'boss')).toBe('FEMALE_CATEGORY_REQUIRED')
  })
})
