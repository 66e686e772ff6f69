import { describe, expect, it } from 'vitest'
import {
  REFERENCE_RULE_SETS,
  applyOverrides,
  assess,
  proxyAssess,
  type AssessInput,
  type Person,
} from '../../src/domain'

const NX19 = REFERENCE_RULE_SETS.NX2019
const NX25 = REFERENCE_RULE_SETS.NX2025
const TJ = REFERENCE_RULE_SETS.TJ2025
const ME: Person = { id: '640104198503150024', registered: true }
// a day in 2019, deliberately not the shared TODAY: the base cases run on the 2019 reference rule set (NX2019)
const input = (over: Partial<AssessInput>): AssessInput => ({
  today: '2019-09-24',
  person: ME,
  start: '2019-01',
  end: '2019-12',
  base: '60',
  ...over,
})
const codes = (r: ReturnType<typeof assess>) => (r.ok ? [] : r.errors.map((e) => e.code))

describe('assessment quote (§3.4, §10.1)', () => {
  it('NX-01 in full, with explanation and per-month breakdown', () => {
    const r = assess(input({}), NX19)
    if (!r.ok) throw new Error(r.errors[0].code)
    const q = r.value
    expect(q).toMatchObject({
      months: 12,
      start: '2019-01',
      end: '2019-12',
      base_monthly: '3103.00',
      base_total: '37236.00',
      contribution_monthly: '620.60',
      account_monthly: '248.24',
      pooled_monthly: '372.36',
      total: '7447.20',
      base_kind: 'percent',
      month_kinds: ['backpay', 'current', 'prepay'],
      provisional: false,
      truncated_to_retirement: false,
      assessment_year: 2019,
      parameters_year: 2019,
      limits: { lower: '3103.00', upper: '15515.00', published: true },
      avg_wage: { statistical_year: 2018, basis: 'annual', monthly: '5171.67', annual: '62060.00' },
      retirement_month: '2043-03',
      period_text: '2019年1月–2019年12月（共12个月）',
    })
    expect(q.breakdown).toHaveLength(12)
    expect(q.breakdown[8]).toEqual({ month: '2019-09', kind: 'current' })
    expect(q.explanation).toContain('按上年度社平工资 5,171.67 元/月的 60% 计，月缴费基数 3,103 元')
    expect(q.explanation).toContain('合计 7,447.20 元')
  })

  it('provisional quotes say so (§4.2)', () => {
    const r = assess(
      input({ today: '2026-02-10', start: '2026-01', end: '2026-12' }),
      applyOverrides(NX25, { provisional_fallback: true }),
    )
    if (!r.ok) throw new Error(r.errors[0].code)
    expect(r.value.provisional).toBe(true)
    expect(r.value.parameters_year).toBe(2025)
    expect(r.value.limits.status).toMatch(/^PROVISIONAL/)
    expect(r.value.explanation).toContain('暂按2025年度标准核定')
    expect(r.value.explanation).toContain('2025年度标准社平工资 8,088 元/月')
    expect(r.value.explanation).not.toContain('2024年度')
  })

  it('truncation is explained and keeps the requested end', () => {
    const r = assess(
      input({
        today: '2025-03-10',
        person: { id: '640104196506150119', registered: true },
        start: '2025-01',
        end: '2025-12',
      }),
      applyOverrides(NX25, { retirement_cap: 'truncate' }),
    )
    if (!r.ok) throw new Error(r.errors[0].code)
    expect([r.value.end, r.value.requested_end, r.value.months]).toEqual(['2025-08', '2025-12', 8])
    expect(r.value.explanation).toContain('2025年8月')
  })

  it('amounts sum exactly for cent-level bases', () => {
    const r = assess(input({ start: '2019-09', end: '2019-09', base: '5000.57' }), NX19)
    if (!r.ok) throw new Error(r.errors[0].code)
    expect([r.value.contribution_monthly, r.value.account_monthly, r.value.pooled_monthly]).toEqual([
      '1000.11',
      '400.05',
      '600.06',
    ])
  })
})

describe('assessment refusals: order and 一次性告知 (§4.8)', () => {
  it('reports period and base problems together, period first', () => {
    expect(codes(assess(input({ start: '2019-13', base: 'abc' }), NX19))).toEqual([
      'PERIOD_INVALID',
      'BASE_INPUT_INVALID',
    ])
    expect(codes(assess(input({ start: '2019-06', end: '2020-02', base: '59' }), NX19))).toEqual([
      'PERIOD_CROSSES_YEAR',
      'BASE_PERCENT_BELOW_MIN',
    ])
  })

  it('collects the independent checks 5–11 in order', () => {
    const r = assess(
      input({
        person: { id: '640104195905200131', registered: true, suspendedFrom: '2019-10' },
        existingAssessments: [{ id: 'A1', start: '2019-02', end: '2019-02', status: 'PAID' }],
        base: '10',
      }),
      NX19,
    )
    expect(codes(r)).toEqual([
      'INSURANCE_SUSPENDED',
      'PERIOD_OVERLAP',
      'RETIREMENT_CAP_EXCEEDED',
      'BASE_PERCENT_BELOW_MIN',
    ])
  })

  it('registration and freeze stop everything', () => {
    expect(codes(assess(input({ person: { ...ME, registered: false }, start: 'x' }), NX19))).toEqual(['NOT_REGISTERED'])
    expect(codes(assess(input({ person: { id: ME.id }, start: 'x' }), NX19))).toEqual(['NOT_REGISTERED'])
    expect(codes(assess(input({ today: '2025-12-20', start: 'x', base: 'y' }), TJ))).toEqual(['YEAR_END_FREEZE'])
  })

  it('missing parameters still report a syntactically bad base', () => {
    expect(codes(assess(input({ today: '2020-02-01', start: '2020-01', end: '2020-01', base: '-1' }), NX19))).toEqual([
      'AVG_WAGE_UNAVAILABLE',
      'BASE_INPUT_INVALID',
    ])
  })

  it('a bad today is a request error', () => {
    expect(codes(assess(input({ today: '2019-02-30' }), NX19))).toEqual(['INPUT_INVALID'])
  })

  it('by_post woman without post type cannot be capped', () => {
    const r = assess(
      input({
        today: '2025-03-10',
        start: '2025-03',
        end: '2025-03',
        base: '5013',
        person: { id: '120101197006010025', registered: true },
      }),
      applyOverrides(TJ, { female_original_age: 'by_post' }),
    )
    expect(codes(r)).toEqual(['FEMALE_CATEGORY_REQUIRED'])
  })
})

describe('proxy assessment (§6.1)', () => {
  const registry = {
    '640104198503150024': { name: '王某某', registered: true },
    '640104198802290115': { name: '赵某', registered: true, suspendedFrom: '2019-06' },
  }
  const proxy = (over: Record<string, string>) =>
    proxyAssess(
      {
        today: '2019-09-24',
        operator: 'OP-1',
        registry,
        targetName: '王某某',
        targetId: '640104198503150024',
        start: '2019-01',
        end: '2019-12',
        base: '60',
        ...over,
      },
      NX19,
    )

  it('adds operator and owner', () => {
    const r = proxy({})
    expect(r.ok && [r.value.operator, r.value.owner_id, r.value.total]).toEqual([
      'OP-1',
      '640104198503150024',
      '7447.20',
    ])
  })

  it('applies the target’s suspension', () => {
    const r = proxy({ targetName: '赵某', targetId: '640104198802290115' })
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'INSURANCE_SUSPENDED', detail: { suspended_from: '2019-06' } })
  })

  it('checks ID, then registration, then name', () => {
    const code = (o: Record<string, string>) => {
      const r = proxy(o)
      return r.ok ? 'OK' : r.errors[0].code
    }
    expect(code({ targetId: '640104198503150025', targetName: 'x' })).toBe('ID_INVALID_CHECKSUM')
    expect(code({ targetId: '11010519491231002X', targetName: 'x' })).toBe('TARGET_NOT_REGISTERED')
    expect(code({ targetName: '王某' })).toBe('NAME_ID_MISMATCH')
    expect(code({ targetName: '\u3000王某某 ' })).toBe('OK')
  })
})
