import { describe, expect, it } from 'vitest'
import {
  REFERENCE_RULE_SETS,
  applyOverrides,
  assessmentYearOf,
  classifyPeriod,
  computeBase,
  currentDeclarationMonth,
  findOverlap,
  isFrozen,
  parseMonth,
  parseRuleSet,
  yearParameters,
  type RuleSet,
} from '../../src/domain'
import { capAtRetirement, checkBackpayPrepay, checkFrequency } from '../../src/domain/period'
import { parseDate, type YMD } from '../../src/domain/date'

const d = (s: string): YMD => parseDate(s)!
const m = (s: string): number => parseMonth(s)!
const NX19 = REFERENCE_RULE_SETS.NX2019
const NX25 = REFERENCE_RULE_SETS.NX2025
const WH = REFERENCE_RULE_SETS.WH2025
const TJ = REFERENCE_RULE_SETS.TJ2025

function base(rules: RuleSet, year: number, input: string) {
  const p = yearParameters(rules, year)
  if (!p.ok) throw new Error(p.errors[0].code)
  return computeBase(input, rules, p.value)
}
const baseStr = (rules: RuleSet, year: number, input: string) => {
  const r = base(rules, year, input)
  return r.ok ? `${r.value.base.toFixed(2)} ${r.value.kind}` : r.errors[0].code
}

describe('year parameters (§4.2, §13.1, §13.2)', () => {
  it('uses the annual figure, unrounded /12', () => {
    const p = yearParameters(NX19, 2019)
    expect(p.ok && p.value.avg?.basis).toBe('annual')
    expect(p.ok && p.value.avg?.monthly.toFixed(4)).toBe('5171.6667')
    expect(p.ok && p.value.band.published).toBe(true)
  })

  it('falls back to the latest earlier year when allowed, else refuses', () => {
    const refused = yearParameters(NX25, 2026)
    expect(!refused.ok && refused.errors[0]).toMatchObject({
      code: 'AVG_WAGE_UNAVAILABLE',
      detail: { statistical_year: 2025 },
    })
    const p = yearParameters(applyOverrides(NX25, { provisional_fallback: true }), 2027)
    expect(p.ok && [p.value.provisional, p.value.parameters_year, p.value.band.lower.toString()]).toEqual([
      true,
      2025,
      '4853',
    ])
    // no earlier year at all
    expect(yearParameters(applyOverrides(NX25, { provisional_fallback: true }), 2024).ok).toBe(false)
  })

  it('an average wage alone is enough; limits are then computed with limit_rounding', () => {
    const rules = parseRuleSet('T', {
      avg_wage: { '2024': { monthly: 7194, status: 'T' } },
      limit_rounding: 'yuan_ceiling',
    })
    const p = yearParameters(rules, 2025)
    expect(p.ok && [p.value.band.lower.toString(), p.value.band.upper.toString(), p.value.band.published]).toEqual([
      '4317',
      '21582',
      false,
    ])
    const half = yearParameters(applyOverrides(rules, { limit_rounding: 'yuan_half_up' }), 2025)
    expect(half.ok && half.value.band.lower.toString()).toBe('4316')
  })

  it('limits alone are enough for wage / amount input, not for percent', () => {
    const rules = parseRuleSet('T', {
      limits: { '2025': { lower: 5000, upper: 25000, status: 'T' } },
      input_mode: 'ningxia',
    })
    expect(baseStr(rules, 2025, '6000')).toBe('6000.00 declared_wage')
    expect(baseStr(rules, 2025, '60')).toBe('AVG_WAGE_UNAVAILABLE')
  })
})

describe('base input (§3.3)', () => {
  it('ningxia mode: percent, wage, discontinuity at 300', () => {
    expect(baseStr(NX19, 2019, '60')).toBe('3103.00 percent')
    expect(baseStr(NX19, 2019, '65.5')).toBe('3387.00 percent')
    expect(baseStr(NX19, 2019, '300')).toBe('15515.00 percent')
    expect(baseStr(NX19, 2019, '300.01')).toBe('3103.00 declared_wage')
    expect(baseStr(NX19, 2019, '5000.57')).toBe('5000.57 declared_wage')
    expect(baseStr(NX19, 2019, '1000000')).toBe('15515.00 declared_wage')
    expect(baseStr(NX19, 2019, '59.99')).toBe('BASE_PERCENT_BELOW_MIN')
    expect(baseStr(applyOverrides(NX19, { below_min_percent: 'clamp' }), 2019, '1')).toBe('3103.00 percent')
  })

  it('published lower limit wins over the computed percent (GS-01)', () => {
    expect(baseStr(REFERENCE_RULE_SETS.GS2025P, 2025, '60')).toBe('4317.00 percent')
  })

  it('tier mode: HALF_UP yuan, published table wins', () => {
    expect(baseStr(WH, 2025, '250')).toBe('18723.00 tier')
    expect(baseStr(WH, 2025, '150')).toBe('11234.00 tier')
    expect(baseStr(WH, 2025, '65')).toBe('TIER_INVALID')
    expect(baseStr(applyOverrides(WH, { tier_bases: { '60': 4007 } }), 2025, '60')).toBe('4007.00 tier')
    expect(baseStr(applyOverrides(WH, { tiers: [60, 100] }), 2025, '70')).toBe('TIER_INVALID')
  })

  it('base rounding modes', () => {
    const rules = (r: string) =>
      parseRuleSet('T', {
        avg_wage: { '2024': { annual: 100001, status: 'T' } },
        input_mode: 'ningxia',
        base_rounding: r,
      })
    expect(baseStr(rules('yuan_half_up'), 2025, '65')).toBe('5417.00 percent')
    expect(baseStr(rules('jiao_half_up'), 2025, '65')).toBe('5416.70 percent')
    expect(baseStr(rules('fen_half_up'), 2025, '65')).toBe('5416.72 percent')
  })

  it('amount mode: inside the band only', () => {
    expect(baseStr(TJ, 2025, '5013')).toBe('5013.00 amount')
    expect(baseStr(TJ, 2025, '25065.00')).toBe('25065.00 amount')
    const r = base(TJ, 2025, '5012.99')
    expect(!r.ok && r.errors[0]).toMatchObject({
      code: 'BASE_OUT_OF_BAND',
      detail: { lower: '5013.00', upper: '25065.00' },
    })
  })

  it('explains how the base was derived', () => {
    const r = base(NX25, 2025, '60')
    expect(r.ok && r.value.explanation).toBe('按上年度社平工资 8,088 元/月的 60% 计，月缴费基数 4,853 元')
    const gs = base(REFERENCE_RULE_SETS.GS2025P, 2025, '60')
    expect(gs.ok && gs.value.explanation).toContain('低于缴费基数下限，按下限 4,317 元 计')
    const wage = base(NX19, 2019, '301')
    expect(wage.ok && wage.value.explanation).toContain('301 元')
    const tier = base(WH, 2025, '60')
    expect(tier.ok && tier.value.explanation).toContain('第一档（60%）')
  })
})

describe('period rules (§4)', () => {
  it('assessment years', () => {
    expect(assessmentYearOf(m('2026-06'), 'si_july')).toBe(2025)
    expect(assessmentYearOf(m('2026-07'), 'si_july')).toBe(2026)
    expect(assessmentYearOf(m('2026-06'), 'calendar')).toBe(2026)
  })

  it('declaration window: 19th current, 20th gap, 21st next month (§4.6)', () => {
    const w = TJ.declaration_window
    expect(currentDeclarationMonth(d('2025-03-19'), w)).toBe(m('2025-03'))
    expect(currentDeclarationMonth(d('2025-03-20'), w)).toBeNull()
    expect(currentDeclarationMonth(d('2025-03-21'), w)).toBe(m('2025-04'))
    expect(currentDeclarationMonth(d('2025-12-21'), w)).toBe(m('2026-01'))
    expect(currentDeclarationMonth(d('2025-03-21'), null)).toBe(m('2025-03'))
    const kinds = classifyPeriod({ start: m('2025-02'), end: m('2025-05') }, d('2025-03-21'), w).map((e) => e.kind)
    expect(kinds).toEqual(['backpay', 'backpay', 'current', 'prepay'])
  })

  it('freeze window, inclusive, may wrap the year end', () => {
    expect(isFrozen(d('2025-12-19'), TJ.freeze)).toBe(false)
    expect(isFrozen(d('2025-12-20'), TJ.freeze)).toBe(true)
    expect(isFrozen(d('2025-12-31'), TJ.freeze)).toBe(true)
    expect(isFrozen(d('2026-01-01'), TJ.freeze)).toBe(false)
    const wrap = { from: '12-25', to: '01-05' }
    expect(isFrozen(d('2026-01-03'), wrap)).toBe(true)
    expect(isFrozen(d('2025-12-24'), wrap)).toBe(false)
    expect(isFrozen(d('2025-12-25'), null)).toBe(false)
  })

  it('back-pay and pre-pay by assessment year', () => {
    const check = (rules: RuleSet, today: string, s: string, e: string) =>
      checkBackpayPrepay({ start: m(s), end: m(e) }, d(today), rules)?.code ?? 'OK'
    expect(check(NX19, '2019-09-24', '2019-01', '2019-12')).toBe('OK')
    expect(check(NX19, '2019-09-24', '2018-12', '2018-12')).toBe('BACKPAY_NOT_ALLOWED')
    expect(check(NX19, '2019-09-24', '2020-01', '2020-01')).toBe('PREPAY_NOT_ALLOWED')
    expect(check(WH, '2026-03-01', '2026-06', '2026-06')).toBe('OK')
    expect(check(WH, '2026-03-01', '2026-07', '2026-07')).toBe('PREPAY_NOT_ALLOWED')
    expect(check(applyOverrides(NX19, { prepay_scope: 'none' }), '2019-09-24', '2019-09', '2019-10')).toBe(
      'PREPAY_NOT_ALLOWED',
    )
    const none = applyOverrides(TJ, { backpay_scope: 'none' })
    const gap = checkBackpayPrepay({ start: m('2025-03'), end: m('2025-03') }, d('2025-03-20'), none)
    expect(gap).toMatchObject({ code: 'BACKPAY_NOT_ALLOWED', detail: { earliest: '2025-04' } })
  })

  it('frequency m_q_y (§4.6)', () => {
    const f = (s: string, e: string, freq?: string) =>
      checkFrequency({ start: m(s), end: m(e) }, freq, TJ)?.code ?? 'OK'
    expect(f('2025-03', '2025-03', 'monthly')).toBe('OK')
    expect(f('2025-07', '2025-09', 'quarterly')).toBe('OK')
    expect(f('2025-08', '2025-10', 'quarterly')).toBe('FREQUENCY_PERIOD_MISMATCH')
    expect(f('2025-10', '2025-11', 'quarterly')).toBe('FREQUENCY_PERIOD_MISMATCH')
    expect(f('2025-05', '2025-12', 'yearly')).toBe('OK')
    expect(f('2025-05', '2025-12', 'weekly')).toBe('FREQUENCY_PERIOD_MISMATCH')
    // no frequency given: any of the three shapes
    expect(f('2025-04', '2025-06')).toBe('OK')
    expect(f('2025-04', '2025-05')).toBe('FREQUENCY_PERIOD_MISMATCH')
    // free frequency ignores the input
    expect(checkFrequency({ start: m('2025-04'), end: m('2025-05') }, 'monthly', NX25)).toBeNull()
  })

  it('overlap: first non-revoked record in start order', () => {
    const recs = [
      { id: 'B', start: '2025-05', end: '2025-06', status: 'PAID' },
      { id: 'A', start: '2025-02', end: '2025-03', status: 'CREATED' },
      { id: 'R', start: '2025-01', end: '2025-12', status: 'REVOKED' },
    ]
    expect(findOverlap({ start: m('2025-01'), end: m('2025-12') }, recs)?.id).toBe('A')
    expect(findOverlap({ start: m('2025-04'), end: m('2025-04') }, recs)).toBeNull()
    expect(findOverlap({ start: m('2025-06'), end: m('2025-07') }, recs)?.id).toBe('B')
  })

  it('retirement cap (§4.7)', () => {
    const cap = (rules: RuleSet, s: string, e: string) => {
      const r = capAtRetirement({ start: m(s), end: m(e) }, m('2025-08'), rules)
      return r.ok
        ? `${r.value.truncated} ${r.value.period.end}`
        : `${r.errors[0].code} ${JSON.stringify(r.errors[0].detail)}`
    }
    expect(cap(NX25, '2025-01', '2025-08')).toBe(`false ${m('2025-08')}`)
    expect(cap(NX25, '2025-01', '2025-09')).toContain('"max_end":"2025-08"')
    expect(cap(applyOverrides(NX25, { retirement_cap: 'truncate' }), '2025-01', '2025-12')).toBe(`true ${m('2025-08')}`)
    expect(cap(applyOverrides(NX25, { retirement_cap: 'truncate', cap_inclusive: false }), '2025-01', '2025-12')).toBe(
      `true ${m('2025-07')}`,
    )
    expect(
      cap(applyOverrides(NX25, { retirement_cap: 'truncate', cap_inclusive: false }), '2025-08', '2025-12'),
    ).toContain('"max_end":"2025-07"')
  })
})

describe('assessable range (for month pickers)', () => {
  it('follows year kind, scopes, window and freeze', async () => {
    const { assessableRange } = await import('../../src/domain')
    expect(assessableRange(d('2019-09-24'), NX19)).toEqual({
      earliest: '2019-01',
      latest: '2019-12',
      current: '2019-09',
      frozen: false,
    })
    expect(assessableRange(d('2026-03-01'), WH)).toEqual({
      earliest: '2025-07',
      latest: '2026-06',
      current: '2026-03',
      frozen: false,
    })
    expect(assessableRange(d('2025-12-20'), TJ)).toEqual({ earliest: null, latest: null, current: null, frozen: true })
    expect(assessableRange(d('2025-03-21'), applyOverrides(TJ, { backpay_scope: 'none' }))).toMatchObject({
      earliest: '2025-04',
      current: '2025-04',
    })
    expect(
      assessableRange(d('2025-03-20'), applyOverrides(TJ, { backpay_scope: 'none', prepay_scope: 'none' })),
    ).toMatchObject({
      earliest: null,
      latest: null,
      current: null,
    })
  })
})
