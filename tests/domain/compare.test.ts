import { describe, expect, it } from 'vitest'
import { REGION_RULE_SETS } from '../../src/domain'
import { yearParameters } from '../../src/domain/base'
import { baseOptions, compareOptions } from '../../src/domain/compare'

const params = (key: string, year = 2026) => {
  const p = yearParameters(REGION_RULE_SETS[key], year)
  if (!p.ok) throw new Error('no parameters')
  return p.value
}

describe('baseOptions (档次对比 rows from the engine’s base rules)', () => {
  it('宁夏: 60–300 % of the average and a declared wage, each with its monthly cost (20 %)', () => {
    const r = baseOptions(REGION_RULE_SETS.NX2026, params('NX2026'), '9000')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.map((o) => [o.input, o.kind, o.base, o.monthly])).toEqual([
      ['60', 'percent', '4853.00', '970.60'],
      ['80', 'percent', '6470.00', '1294.00'],
      ['100', 'percent', '8088.00', '1617.60'],
      ['150', 'percent', '12132.00', '2426.40'],
      ['200', 'percent', '16176.00', '3235.20'],
      ['300', 'percent', '24264.00', '4852.80'],
      ['9000', 'declared_wage', '9000.00', '1800.00'],
    ])
    expect(r.value[0].account_monthly).toBe('388.24')
  })

  it('武汉: every tier; 天津: the band in steps from the lower to the upper limit', () => {
    const wh = baseOptions(REGION_RULE_SETS.WH2026, params('WH2026'))
    expect(wh.ok && wh.value.map((o) => o.percent)).toEqual([60, 70, 80, 90, 100, 150, 200, 250, 300])
    expect(wh.ok && wh.value[7].base).toBe('18723.00') // 250 % of 7489 = 18722.5 → HALF_UP (WH-08)
    const tj = baseOptions(REGION_RULE_SETS.TJ2026, params('TJ2026'))
    expect(tj.ok && tj.value.map((o) => o.base)).toEqual([
      '5013.00',
      '6684.00',
      '8355.00',
      '12533.00',
      '16710.00',
      '25065.00',
    ])
    expect(tj.ok && tj.value.every((o) => o.kind === 'amount')).toBe(true)
  })
})

describe('compareOptions', () => {
  it('a higher base costs more, pays more, and each row is the engine’s estimate at that base', () => {
    const options = baseOptions(REGION_RULE_SETS.NX2026, params('NX2026'))
    if (!options.ok) throw new Error('options')
    const r = compareOptions(
      options.value,
      {
        retirement: { retirement_month: '2046-05', age_years: 63, age_extra_months: 0 },
        history: Array.from({ length: 60 }, () => ({ base: '4853', avgMonthly: '8088' })),
        future: { months: 233, avgMonthly: '8088' },
        pensionBase: '8088',
        accountRate: '0.08',
      },
      REGION_RULE_SETS.NX2026,
      '58236.00',
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const totals = r.value.map((o) => Number(o.estimate.total))
    expect([...totals].sort((a, b) => a - b)).toEqual(totals)
    const first = r.value[0]
    expect(first.cost_until_retirement).toBe('226149.80') // 970.60 × 233
    // 60 % all along: index 0.6000, 293 months; account 293 × 388.24 = 113754.32; divisor 117
    expect(first.estimate).toMatchObject({ avg_index: '0.6000', account: '113754.32', divisor: 117 })
    // basic 8088 × 1.6 / 2 × 293/12 % = 1579.86; account 113754.32 / 117 = 972.26
    expect(first.estimate).toMatchObject({ basic: '1579.86', personal_account: '972.26', total: '2552.12' })
    // (226149.80 + 58236) / (2552.12 × 12) = 9.29 → 9.3
    expect(first.payback_years).toBe('9.3')
  })
})
