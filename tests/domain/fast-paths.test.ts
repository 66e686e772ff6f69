/**
 * The engine's fast paths (integer cents, char-code parsing, copy-free comparisons, cached rule-set figures)
 * against the straightforward computations they replace, and the cache's isolation between rule sets.
 */
import BigJs from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  REFERENCE_RULE_SETS,
  RULE_SETS,
  assess,
  birthAndSexOf,
  classifyPeriod,
  idCheckChar,
  parseRuleSet,
  validateId,
  yearParameters,
  type AssessInput,
  type RuleSet,
} from '../../src/domain'
import { bigAmountTexts, fastAmountTexts } from '../../src/domain/assess'
import {
  percentOfAverage,
  roundBase,
  roundedPercentOfAverage,
  yearParametersDerived,
  type AvgWageUsed,
} from '../../src/domain/base'
import { formatDate, isRealDate, parseDate } from '../../src/domain/date'
import { fixedOfBig } from '../../src/domain/fixed'
import { idFacts } from '../../src/domain/id'
import {
  cmpBig,
  dec,
  formatGroupedFast,
  formatGroupedReference,
  moneyString,
  parseUserAmount,
  toCents,
} from '../../src/domain/money'
import { formatMonth, formatMonthIndexZh, formatMonthZh, parseMonth } from '../../src/domain/month'
import { birthMonthAndSexOf } from '../../src/domain/person'

const RUNS = { numRuns: 2000 }

/** Decimal text: up to `intDigits` integer digits and up to `dp` decimals, optionally negative. */
const decimalText = (intDigits: number, dp: number, negative = false) =>
  fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(intDigits) - 1n }),
      fc.integer({ min: 0, max: dp }),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(dp) - 1n }),
    )
    .map(([neg, i, places, f]) => {
      const frac = places === 0 ? '' : `.${(f % 10n ** BigInt(places)).toString().padStart(places, '0')}`
      return `${negative && neg ? '-' : ''}${i}${frac}`
    })

const big = (intDigits: number, dp: number, negative = false) => decimalText(intDigits, dp, negative).map((t) => dec(t))

describe('money fast paths', () => {
  it('moneyString is round-then-toFixed(2), signs and -0 included', () => {
    fc.assert(
      fc.property(fc.oneof(big(18, 6, true), big(3, 20, true)), (x) => {
        expect(moneyString(x)).toBe(toCents(x).toFixed(2))
      }),
      RUNS,
    )
    for (const t of [
      '0',
      '-0',
      '-0.001',
      '-0.005',
      '0.005',
      '0.004',
      '999.995',
      '1e25',
      '1e-25',
      '123456789012345678.9',
    ])
      expect(moneyString(dec(t)), t).toBe(toCents(dec(t)).toFixed(2))
  })

  it('grouped figures are those of the toFixed/split/regex formatting', () => {
    fc.assert(
      fc.property(fc.oneof(big(18, 6, true), big(4, 3)), fc.boolean(), (x, drop) => {
        expect(formatGroupedFast(x, drop)).toBe(formatGroupedReference(x, drop))
      }),
      RUNS,
    )
  })

  it('cmpBig is big.js cmp', () => {
    const values = fc.oneof(big(6, 4, true), fc.constantFrom(...['0', '-0', '60', '300', '60.00', '1e5'].map(dec)))
    fc.assert(
      fc.property(values, values, (a, b) => {
        expect(cmpBig(a, b)).toBe(a.cmp(b))
      }),
      RUNS,
    )
  })

  it('fixedOfBig is exact or null', () => {
    fc.assert(
      fc.property(fc.oneof(big(20, 20, true), big(8, 4)), (x) => {
        const f = fixedOfBig(x)
        if (f === null) return
        expect(Number.isSafeInteger(f.m)).toBe(true)
        expect(dec(f.m).div(new BigJs(10).pow(f.s)).eq(x)).toBe(true)
      }),
      RUNS,
    )
  })

  it('quote amounts in integer cents are those of big.js (any rate, base and months)', () => {
    const rates = fc.oneof(
      fc.constantFrom('0.20', '0.08', '0', '0.16', '0.123456789', '0.333333333333333333'),
      decimalText(1, 9),
    )
    fc.assert(
      fc.property(
        fc.oneof(big(5, 2), big(6, 4), big(16, 3)),
        fc.integer({ min: 0, max: 600 }),
        rates,
        rates,
        (base, months, rate, accountRate) => {
          const rules = { ...REFERENCE_RULE_SETS.NX2025, rate, account_rate: accountRate }
          const fast = fastAmountTexts(base, months, rules)
          if (fast !== null) expect(fast).toEqual(bigAmountTexts(base, months, rules))
        },
      ),
      RUNS,
    )
    // the workload's figures do take the fast path
    expect(fastAmountTexts(dec('4853'), 12, REFERENCE_RULE_SETS.NX2025)).not.toBeNull()
  })

  it('the percent-of-average base in integers is roundBase(percentOfAverage) of big.js', () => {
    const avg = fc
      .oneof(big(6, 2), big(6, 6), big(12, 4))
      .chain((figure) =>
        fc
          .boolean()
          .map((annual): AvgWageUsed =>
            annual
              ? { statistical_year: 2024, basis: 'annual', annual: figure, monthly: figure.div(12), status: 'P' }
              : { statistical_year: 2024, basis: 'monthly', annual: null, monthly: figure, status: 'P' },
          ),
      )
    fc.assert(
      fc.property(
        avg,
        fc.oneof(big(3, 2), big(6, 2)),
        fc.constantFrom('yuan_half_up', 'jiao_half_up', 'fen_half_up') as fc.Arbitrary<
          'yuan_half_up' | 'jiao_half_up' | 'fen_half_up'
        >,
        (a, v, mode) => {
          expect(roundedPercentOfAverage(a, v, mode).toString()).toBe(
            roundBase(percentOfAverage(a, v), mode).toString(),
          )
        },
      ),
      RUNS,
    )
  })

  it('parseUserAmount still refuses zero and keeps the value', () => {
    for (const t of ['0', '0.0', '0.00', '00']) expect(parseUserAmount(t)).toBeNull()
    expect(parseUserAmount('0.01')?.toString()).toBe('0.01')
  })
})

describe('month, date and ID fast paths', () => {
  const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/
  const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
  const chars = fc.constantFrom(...'0123456789-x X/１'.split(''))
  const shortText = fc.array(chars, { maxLength: 11 }).map((a) => a.join(''))

  it('parseMonth accepts exactly \\d{4}-(0[1-9]|1[0-2])', () => {
    const near = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }))
      .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.oneof(shortText, near), (t) => {
        const m = MONTH_RE.exec(t)
        expect(parseMonth(t)).toBe(m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null)
      }),
      RUNS,
    )
  })

  it('formatMonth and the Chinese month from an index are those of the padded formatting', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 130_000 }), (i) => {
        const y = Math.floor(i / 12)
        const m = i - y * 12 + 1
        const padded = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
        expect(formatMonth(i)).toBe(padded)
        expect(formatMonthIndexZh(i)).toBe(formatMonthZh(padded))
      }),
      RUNS,
    )
  })

  it('parseDate accepts exactly \\d{4}-\\d{2}-\\d{2} of a real date', () => {
    const near = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.oneof(shortText, near), (t) => {
        // the regular expression of the first version, then the same real-date check
        const r = DATE_RE.exec(t)
        const ymd = r && { y: Number(r[1]), m: Number(r[2]), d: Number(r[3]) }
        expect(parseDate(t)).toEqual(ymd && isRealDate(ymd.y, ymd.m, ymd.d) ? ymd : null)
      }),
      RUNS,
    )
  })

  it('breakdown months are formatMonth of each month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130_000 }), fc.integer({ min: 0, max: 30 }), (start, len) => {
        const today = { y: 2025, m: 6, d: 15 }
        const months = classifyPeriod({ start, end: start + len }, today, null).map((e) => e.month)
        expect(months).toEqual(Array.from({ length: len + 1 }, (_, k) => formatMonth(start + k)))
      }),
      RUNS,
    )
  })

  const id = fc
    .tuple(
      fc.integer({ min: 1890, max: 2030 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom('ok', 'wrong', 'x', 'space', 'short', 'legacy'),
    )
    .map(([y, m, d, seq, kind]) => {
      const first17 = `110105${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`
      const check = idCheckChar(first17)
      if (kind === 'ok') return first17 + check
      if (kind === 'wrong') return first17 + (check === '0' ? '1' : '0')
      if (kind === 'x') return first17 + (check === 'X' ? 'x' : check)
      if (kind === 'space') return ` ${first17}${check} `
      if (kind === 'short') return first17
      return first17.slice(0, 15)
    })

  it('idFacts is what validateId (no today) accepts, with its birth date and sex', () => {
    fc.assert(
      fc.property(fc.oneof(id, shortText), (raw) => {
        const v = validateId(raw)
        const f = idFacts(raw)
        if (!v.ok) expect(f).toBeNull()
        else {
          expect(f && formatDate(f)).toBe(v.value.birth_date)
          expect(f?.sex).toBe(v.value.sex)
        }
      }),
      RUNS,
    )
  })

  it('birthMonthAndSexOf is birthAndSexOf without the strings', () => {
    const person = fc.record(
      {
        id: fc.oneof(id, shortText),
        birthDate: fc.constantFrom('1980-02-29', '1980-02-30', '1975-06-01', 'x'),
        sex: fc.constantFrom('M', 'F', 'X') as fc.Arbitrary<'M' | 'F'>,
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(person, (p) => {
        const a = birthAndSexOf(p)
        const b = birthMonthAndSexOf(p)
        expect(b).toEqual(a && { birthMonth: a.birth.y * 12 + a.birth.m - 1, sex: a.sex })
      }),
      RUNS,
    )
  })
})

describe('cached rule-set figures', () => {
  const input: AssessInput = {
    today: '2025-03-10',
    person: { id: '640104196506150119', registered: true },
    start: '2025-03',
    end: '2025-08',
    base: '65.5',
  }
  const quote = (rules: RuleSet) => {
    const r = assess(input, rules)
    if (!r.ok) throw new Error(r.errors[0].code)
    return r.value
  }

  it('give the parameters of yearParameters for every rule set and year', () => {
    for (const rules of Object.values(RULE_SETS)) {
      for (let year = 2015; year <= 2028; year++) {
        const plain = yearParameters(rules, year)
        const cached = yearParametersDerived(rules, year)
        expect(cached.ok).toBe(plain.ok)
        if (plain.ok && cached.ok) {
          expect(cached.value.params).toEqual(plain.value)
          // and again, from the cache
          const again = yearParametersDerived(rules, year)
          expect(again.ok && again.value.params).toEqual(plain.value)
        } else expect(cached).toEqual(plain)
      }
    }
  })

  it('never leak between rule sets of the same key and year, nor outlive a change of the figures', () => {
    const base = REFERENCE_RULE_SETS.NX2025
    const a = quote(base)
    // same key, same year, other figures: a new rule set object
    const other = parseRuleSet(base.key, { avg_wage: { '2024': { monthly: '9000', status: 'X' } } }, base)
    const b = quote(other)
    expect(b.avg_wage?.monthly).toBe('9000.00')
    expect(b.base_monthly).not.toBe(a.base_monthly)
    expect(quote(base)).toEqual(a)

    // the same object with a figure replaced (rule sets are data; a change must be seen)
    const mutable: RuleSet = { ...base, limits: { ...base.limits }, avg_wage: { ...base.avg_wage } }
    expect(quote(mutable)).toEqual(a)
    mutable.limits['2025'] = { ...mutable.limits['2025'], lower: '6000' }
    expect(quote(mutable).limits.lower).toBe('6000.00')
    expect(quote(mutable).base_monthly).toBe('6000.00')
    ;(mutable.limits['2025'] as { lower: string }).lower = '6100'
    expect(quote(mutable).base_monthly).toBe('6100.00')
    mutable.avg_wage['2024'] = { monthly: '10000', status: 'Y' }
    expect(quote(mutable).avg_wage?.monthly).toBe('10000.00')
    mutable.rate = '0.16'
    expect(quote(mutable).rate).toBe('0.16')
    const q = quote(mutable)
    expect(q.contribution_monthly).toBe(dec(q.base_monthly).times('0.16').round(2, 1).toFixed(2))
    expect(q.base_monthly).toBe('6550.00') // 65.5% of the new 10000
    mutable.tiers = [65.5]
    mutable.input_mode = 'tier'
    expect(quote(mutable).base_kind).toBe('tier')
    // the original is untouched by all this
    expect(quote(base)).toEqual(a)
  })

  it('keep regions apart: every region quotes as a fresh copy of its rule set would', () => {
    for (const rules of Object.values(RULE_SETS)) {
      const inp = { ...input, today: '2026-03-10', start: '2026-03', end: '2026-03', base: '100' }
      const first = assess(inp, rules)
      const fresh = assess(inp, structuredClone(rules))
      expect(first).toEqual(fresh)
    }
  })
})
