/**
 * The period proposals of src/domain/frequency.ts against the engine's own checks: whatever the app offers
 * (a frequency's shape, the default period) the engine accepts, for every region's rule set and for the
 * variants the rule-set parameters allow (no pre-payment, no back-payment, an SI year with frequencies).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import { yearParameters } from '../../src/domain/base'
import {
  firstOpenPeriod,
  frequencyOptions,
  lastPayableMonth,
  monthRange,
  openMonths,
  periodFor,
  periodLength,
  pickableMonths,
  startMonths,
} from '../../src/domain/frequency'
import { parseMonth } from '../../src/domain/month'
import {
  assessableRange,
  assessmentYearOf,
  capAtRetirement,
  checkBackpayPrepay,
  checkFrequency,
  parsePeriod,
} from '../../src/domain/period'
import { applyOverrides, type RuleSet } from '../../src/domain/rulesets'
import { listRegions } from '../../src/domain/rulesets/regions'

const regionRules = listRegions().map((r) => r.rule_set)
const tianjin = listRegions().find((r) => r.code === '120000')!.rule_set
/** Every region's rule set, and variants of each with other period parameters. */
const ruleSets: RuleSet[] = regionRules.flatMap((rules) => [
  rules,
  applyOverrides(rules, { prepay_scope: 'none' }),
  applyOverrides(rules, { backpay_scope: 'none' }),
  applyOverrides(rules, { frequency: 'm_q_y' }),
  applyOverrides(rules, { frequency: 'm_q_y', year_kind: 'si_july', prepay_scope: 'none' }),
])

/** A base the rule set accepts (the band's lower limit, 100%, or its first tier). */
function validBase(rules: RuleSet, year: number): string {
  if (rules.input_mode === 'tier') return String(rules.tiers[0])
  if (rules.input_mode === 'ningxia') return '100'
  const p = yearParameters(rules, year)
  if (!p.ok) throw new Error(p.errors[0].code)
  return p.value.band.lower.toFixed(2)
}

const today = fc.record({
  y: fc.constantFrom(2026),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
})

function monthsOf(rules: RuleSet, t: { y: number; m: number; d: number }) {
  const range = assessableRange(t, rules)
  if (!range.earliest || !range.latest) return null
  const year = assessmentYearOf(parseMonth(range.earliest)!, rules.year_kind)
  return { months: pickableMonths(range, year, rules), year }
}

const ymd = (t: { y: number; m: number; d: number }) =>
  `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`

describe('frequency shapes (§4.6) are the ones the engine accepts', () => {
  it('every period a frequency gives for a month passes checkFrequency, for every rule set', () => {
    for (const rules of ruleSets) {
      const months = monthRange('2025-01', '2027-12')
      for (const f of frequencyOptions(rules)) {
        for (const m of startMonths(f, months, rules)) {
          const p = periodFor(f, m, rules)
          const parsed = parsePeriod(p.start, p.end)
          expect(parsed.ok).toBe(true)
          if (parsed.ok) expect(checkFrequency(parsed.value, f, rules), `${rules.key} ${f} ${m}`).toBeNull()
        }
      }
    }
  })

  it('the offered frequencies are the engine’s (m_q_y: all three; free: none)', () => {
    expect(frequencyOptions(tianjin)).toEqual(['monthly', 'quarterly', 'yearly'])
    for (const rules of regionRules.filter((r) => r.frequency === 'free')) expect(frequencyOptions(rules)).toEqual([])
  })

  it('按季 starts only at a quarter; 按年 ends with the assessment year (calendar and SI year)', () => {
    const months = monthRange('2026-01', '2026-12')
    expect(startMonths('quarterly', months, tianjin)).toEqual(['2026-01', '2026-04', '2026-07', '2026-10'])
    expect(periodFor('quarterly', '2026-05', tianjin)).toEqual({ start: '2026-04', end: '2026-06' })
    expect(periodFor('yearly', '2026-05', tianjin)).toEqual({ start: '2026-05', end: '2026-12' })
    expect(periodFor('yearly', '2026-03', { year_kind: 'si_july' })).toEqual({ start: '2026-03', end: '2026-06' })
    expect(periodFor('monthly', '2026-05', tianjin)).toEqual({ start: '2026-05', end: '2026-05' })
    expect(periodLength('2026-04', '2026-06')).toBe(3)
    expect(periodLength('2026-06', '2026-04')).toBe(0)
  })

  it('the pickable months are the engine’s assessable range, or the assessment year while frozen', () => {
    expect(pickableMonths({ earliest: '2026-03', latest: '2026-09' }, 2026, tianjin)).toEqual(
      monthRange('2026-03', '2026-09'),
    )
    expect(pickableMonths({ earliest: null, latest: null }, 2026, tianjin)).toEqual(monthRange('2026-01', '2026-12'))
    expect(pickableMonths({ earliest: null, latest: null }, 2025, { year_kind: 'si_july' })).toEqual(
      monthRange('2025-07', '2026-06'),
    )
  })
})

describe('the default period (first open months) is accepted by the engine’s quote', () => {
  it('for every rule set, day, frequency, assessed months and suspension', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ruleSets),
        today,
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 8 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        (rules, t, coveredMonths, suspendedMonth) => {
          const shown = monthsOf(rules, t)
          if (!shown) return
          const { months, year } = shown
          const covered = coveredMonths.map((i) => months[(i - 1) % months.length])
          const suspendedFrom = suspendedMonth ? months[(suspendedMonth - 1) % months.length] : null
          const open = openMonths(months, { covered, suspendedFrom }, rules)
          const existing = covered.map((m, i) => ({ id: `A${i}`, start: m, end: m, status: 'CREATED' }))
          const frequencies = frequencyOptions(rules).length ? frequencyOptions(rules) : ['']
          for (const f of frequencies) {
            const p = firstOpenPeriod(months, open, f, rules)
            if (!p) continue
            const quote = assess(
              {
                today: ymd(t),
                person: { registered: true, ...(suspendedFrom ? { suspendedFrom } : {}) },
                start: p.start,
                end: p.end,
                base: validBase(rules, year),
                ...(f ? { frequency: f } : {}),
                existingAssessments: existing,
              },
              rules,
            )
            expect(quote.ok ? 'OK' : quote.errors.map((e) => e.code).join(), `${rules.key} ${ymd(t)} ${f}`).toBe('OK')
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  it('every month proposed as a frequency shape inside the pickable months passes the period checks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ruleSets), today, (rules, t) => {
        const shown = monthsOf(rules, t)
        if (!shown) return
        for (const f of frequencyOptions(rules)) {
          for (const m of startMonths(f, shown.months, rules)) {
            const p = periodFor(f, m, rules)
            if (!shown.months.includes(p.end)) continue // not offered as a default (the quote explains)
            const parsed = parsePeriod(p.start, p.end)
            if (!parsed.ok) throw new Error('not a period')
            expect(checkBackpayPrepay(parsed.value, t, rules)).toBeNull()
            expect(checkFrequency(parsed.value, f, rules)).toBeNull()
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    )
  })

  it('the declaration window does not reach into the next assessment year (RULES §12 item 8; found by the property above)', () => {
    const siYearWithWindow = applyOverrides(tianjin, { frequency: 'm_q_y', year_kind: 'si_july', prepay_scope: 'none' })
    const range = assessableRange({ y: 2026, m: 6, d: 25 }, siYearWithWindow)
    expect(range.current).toBe('2026-07')
    expect(range.latest).toBe('2026-06')
    const july = parsePeriod('2026-07', '2026-07')
    expect(july.ok && checkBackpayPrepay(july.value, { y: 2026, m: 6, d: 25 }, siYearWithWindow)?.code).toBe(
      'PREPAY_NOT_ALLOWED',
    )
  })

  it('stops before the retirement cap the engine applies (cap_inclusive or the month before)', () => {
    const months = monthRange('2026-01', '2026-12')
    for (const cap_inclusive of [true, false]) {
      const rules = { ...tianjin, cap_inclusive }
      const open = openMonths(months, { covered: [], retirementMonth: '2026-06' }, rules)
      const last = open[open.length - 1]
      expect(last).toBe(lastPayableMonth('2026-06', rules))
      const capped = capAtRetirement(
        { start: parseMonth(open[0])!, end: parseMonth(last)! },
        parseMonth('2026-06')!,
        rules,
      )
      expect(capped.ok && !capped.value.truncated).toBe(true)
    }
  })

  it('skips assessed months, stops before a suspension, keeps the shape', () => {
    const months = monthRange('2026-01', '2026-12')
    const free = { ...tianjin, frequency: 'free' as const }
    const open = openMonths(months, { covered: ['2026-01', '2026-02', '2026-06'] }, free)
    expect(firstOpenPeriod(months, open, '', free)).toEqual({ start: '2026-03', end: '2026-05' })
    const stopped = openMonths(months, { covered: [], suspendedFrom: '2026-10' }, free)
    expect(firstOpenPeriod(months, stopped, '', free)).toEqual({ start: '2026-01', end: '2026-09' })
    const feb = openMonths(months, { covered: ['2026-02'] }, tianjin)
    expect(firstOpenPeriod(months, feb, 'quarterly', tianjin)).toEqual({ start: '2026-04', end: '2026-06' })
    expect(firstOpenPeriod(months, feb, 'yearly', tianjin)).toEqual({ start: '2026-03', end: '2026-12' })
    expect(firstOpenPeriod(months, [], 'monthly', tianjin)).toBeUndefined()
  })
})
