/**
 * Property tests (fast-check) of the engine's invariants.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  REFERENCE_RULE_SETS,
  applyOverrides,
  assess,
  computeBase,
  formatMonth,
  formatYuan,
  idCheckChar,
  parseRuleSet,
  retirementMonthIndex,
  validateId,
  yearParameters,
  type RetirementCategory,
  type RuleSet,
} from '../../src/domain'
import { dec } from '../../src/domain/money'
import { daysInMonth } from '../../src/domain/date'

const NX19 = REFERENCE_RULE_SETS.NX2019
const RUNS = { numRuns: 300 }

/** A decimal string with up to 2 decimals in [min, max] (hundredths). */
const amount = (min: number, max: number) =>
  fc
    .integer({ min: Math.round(min * 100), max: Math.round(max * 100) })
    .map((c) => (c % 100 === 0 ? String(c / 100) : (c / 100).toFixed(2)))

function band(rules: RuleSet, year: number) {
  const p = yearParameters(rules, year)
  if (!p.ok) throw new Error(p.errors[0].code)
  return p.value
}

describe('properties', () => {
  it('the base is always within [lower, upper] (ningxia, tier, amount; published or computed limits)', () => {
    const ruleSet = fc.record({
      avg: fc.integer({ min: 100_000, max: 3_000_000 }).map((c) => (c / 100).toFixed(2)),
      annual: fc.boolean(),
      base_rounding: fc.constantFrom('yuan_half_up', 'jiao_half_up', 'fen_half_up'),
      limit_rounding: fc.constantFrom('yuan_half_up', 'yuan_ceiling'),
      below_min_percent: fc.constantFrom('reject', 'clamp'),
    })
    fc.assert(
      fc.property(ruleSet, fc.constantFrom('ningxia', 'tier', 'amount'), amount(0.01, 1_000_000), (r, mode, input) => {
        const avg = r.annual ? { annual: dec(r.avg).times(12).toFixed(2) } : { monthly: r.avg }
        const rules = parseRuleSet('P', { ...r, input_mode: mode, avg_wage: { '2024': { ...avg, status: 'P' } } })
        const params = band(rules, 2025)
        const result = computeBase(input, rules, params)
        if (!result.ok) return // refused inputs are checked elsewhere
        expect(result.value.base.gte(params.band.lower) && result.value.base.lte(params.band.upper)).toBe(true)
      }),
      RUNS,
    )
  })

  it('published limits bound every accepted base of the reference rule sets', () => {
    const cases: [RuleSet, number][] = [
      [NX19, 2019],
      [REFERENCE_RULE_SETS.NX2025, 2025],
      [REFERENCE_RULE_SETS.WH2025, 2025],
      [REFERENCE_RULE_SETS.TJ2025, 2025],
      [REFERENCE_RULE_SETS.GS2025P, 2025],
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.oneof(amount(0.01, 400), amount(0.01, 100_000)),
        ([rules, year], input) => {
          const params = band(rules, year)
          const result = computeBase(input, rules, params)
          if (result.ok)
            expect(result.value.base.gte(params.band.lower) && result.value.base.lte(params.band.upper)).toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('total = monthly × months, account + pooled = contribution, base_total = base × months', () => {
    const period = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
    const rate = fc.constantFrom(['0.20', '0.08'], ['0.16', '0.08'], ['0.2', '0.075'], ['0.18', '0.0'])
    fc.assert(
      fc.property(period, fc.oneof(amount(60, 300), amount(300.01, 30_000)), rate, ([s, e], base, [r, a]) => {
        const rules = applyOverrides(NX19, { rate: r, account_rate: a })
        const res = assess(
          {
            today: '2019-09-24',
            person: { id: '640104198503150024', registered: true },
            start: `2019-${String(s).padStart(2, '0')}`,
            end: `2019-${String(e).padStart(2, '0')}`,
            base,
          },
          rules,
        )
        if (!res.ok) throw new Error(res.errors[0].code)
        const q = res.value
        expect(q.months).toBe(e - s + 1)
        expect(dec(q.contribution_monthly).times(q.months).eq(dec(q.total))).toBe(true)
        expect(dec(q.account_monthly).plus(q.pooled_monthly).eq(dec(q.contribution_monthly))).toBe(true)
        expect(dec(q.base_monthly).times(q.months).eq(dec(q.base_total))).toBe(true)
        for (const money of [q.total, q.base_total, q.contribution_monthly, q.account_monthly, q.pooled_monthly]) {
          expect(money).toMatch(/^\d+\.\d{2}$/)
        }
        expect(formatYuan(q.total).replace(/[¥,]/g, '')).toBe(q.total)
      }),
      RUNS,
    )
  })

  it("a generated ID's check character round-trips; any other check character is caught", () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1900, max: 2025 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }))
    const digits = (n: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))
    fc.assert(
      fc.property(
        digits(6),
        date,
        digits(3),
        fc.constantFrom(...'0123456789X'.split('')),
        (region, { y, m, d }, seq, other) => {
          const first17 = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}`
          const check = idCheckChar(first17)
          const r = validateId(first17 + check, '2025-12-31')
          expect(r.ok).toBe(true)
          if (r.ok) {
            expect(r.value.birth_date).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
            expect(r.value.sex).toBe(Number(seq[2]) % 2 === 1 ? 'M' : 'F')
          }
          if (other !== check) {
            const bad = validateId(first17 + other)
            expect(!bad.ok && bad.errors[0]).toMatchObject({ code: 'ID_INVALID_CHECKSUM', detail: { expected: check } })
          }
        },
      ),
      RUNS,
    )
  })

  it('the retirement month never decreases as the birth month increases (per category)', () => {
    const month = fc.integer({ min: 1930 * 12, max: 2010 * 12 })
    fc.assert(
      fc.property(fc.constantFrom<RetirementCategory>('M60', 'F55', 'F50'), month, month, (cat, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(retirementMonthIndex(hi, cat) - retirementMonthIndex(lo, cat)).toBeGreaterThanOrEqual(hi - lo)
      }),
      { numRuns: 1000 },
    )
  })

  it('an overlapping period is never accepted', () => {
    const m = fc.integer({ min: 1, max: 12 })
    const status = fc.constantFrom('CREATED', 'TRANSMITTED', 'PAID')
    fc.assert(
      fc.property(m, m, m, m, status, (a, b, c, d, st) => {
        const [es, ee] = [Math.min(a, b), Math.max(a, b)]
        const [ps, pe] = [Math.min(c, d), Math.max(c, d)]
        const res = assess(
          {
            today: '2019-09-24',
            person: { id: '640104198503150024', registered: true },
            start: formatMonth(2019 * 12 + ps - 1),
            end: formatMonth(2019 * 12 + pe - 1),
            base: '60',
            existingAssessments: [
              { id: 'R', start: '2019-01', end: '2019-12', status: 'REVOKED' },
              { id: 'E', start: formatMonth(2019 * 12 + es - 1), end: formatMonth(2019 * 12 + ee - 1), status: st },
            ],
          },
          NX19,
        )
        const overlaps = ps <= ee && pe >= es
        expect(res.ok).toBe(!overlaps)
        if (!res.ok) expect(res.errors.map((e) => e.code)).toContain('PERIOD_OVERLAP')
      }),
      RUNS,
    )
  })
})
