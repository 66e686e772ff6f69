import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  ERROR_CODES,
  MESSAGES,
  REFERENCE_RULE_SETS,
  RULE_SETS,
  RuleSetError,
  assess,
  getRegion,
  listRegions,
  parseRuleSet,
  refusal,
  registrationRegionFor,
  resolveRuleSet,
} from '../../src/domain'
import { TODAY } from '../support/today'

describe('regional configuration for 2026', () => {
  it('lists the five regions with 6-digit codes', () => {
    expect(listRegions().map((r) => [r.code, r.name])).toEqual([
      ['640000', '宁夏回族自治区'],
      ['420100', '武汉市'],
      ['120000', '天津市'],
      ['620000', '甘肃省'],
      ['330100', '杭州市'],
    ])
    expect(getRegion('999999')).toBeUndefined()
  })

  it('modes and parameters per region', () => {
    const rs = (code: string) => getRegion(code)!.rule_set
    expect(rs('640000')).toMatchObject({
      input_mode: 'ningxia',
      default_work_start: 'jan1_current_year',
      reregister: 'change_region',
    })
    expect(rs('420100')).toMatchObject({ input_mode: 'tier', year_kind: 'si_july' })
    expect(rs('120000')).toMatchObject({
      input_mode: 'amount',
      frequency: 'm_q_y',
      freeze: { from: '12-20', to: '12-31' },
      subsidy_district_lock: true,
    })
    expect(rs('620000')).toMatchObject({ input_mode: 'amount' })
    expect(rs('330100')).toMatchObject({ input_mode: 'amount', hukou_restriction: false })
    for (const r of listRegions()) {
      expect(r.rule_set.provisional_fallback).toBe(true)
      expect(r.choices.length).toBeGreaterThan(0)
      for (const f of [...Object.values(r.rule_set.limits), ...Object.values(r.rule_set.avg_wage)]) {
        expect(f.status).toMatch(/CANDIDATE|ILLUSTRATIVE|DERIVED|PROVISIONAL/)
      }
    }
  })

  it('districts: Wuhan 武汉市 + 5 new-town districts, Tianjin 16', () => {
    expect(getRegion('420100')!.districts.map((d) => d.code)).toEqual([
      '420100',
      '420112',
      '420114',
      '420115',
      '420116',
      '420117',
    ])
    expect(getRegion('420100')!.districts[0].covers).toHaveLength(9)
    expect(getRegion('120000')!.districts).toHaveLength(16)
    expect(registrationRegionFor('420100', '420102')).toBe('420100')
    expect(registrationRegionFor('420100', '420116')).toBe('420116')
    expect(registrationRegionFor('120000', '120104')).toBe('120104')
  })

  it('Hangzhou lower limit is computed and marked', () => {
    const hz = getRegion('330100')!.rule_set.limits['2025']
    expect([hz.lower, hz.upper]).toEqual(['4986', '24930'])
    expect(hz.status).toContain('DERIVED')
  })

  it('every region quotes today with provisional 2025 figures', () => {
    const cases: [string, string, string, string, string][] = [
      // region, start, end, base, expected base_monthly
      ['640000', '2026-11', '2026-12', '60', '4853.00'],
      ['420100', '2026-11', '2027-06', '60', '4493.00'],
      ['120000', '2026-12', '2026-12', '5013', '5013.00'],
      ['620000', '2026-11', '2026-11', '4317', '4317.00'],
      ['330100', '2026-11', '2026-11', '4986', '4986.00'],
    ]
    for (const [code, start, end, base, expected] of cases) {
      const r = assess(
        {
          today: TODAY,
          person: { id: '640104198503150024', registered: true },
          start,
          end,
          base,
          frequency: 'monthly',
        },
        getRegion(code)!.rule_set,
      )
      if (!r.ok) throw new Error(`${code}: ${r.errors[0].code}`)
      expect([code, r.value.base_monthly, r.value.provisional]).toEqual([code, expected, true])
    }
  })

  it('Tianjin on 2026-11-23: December is the current declaration month', () => {
    const r = assess(
      {
        today: TODAY,
        person: { id: '120101198801010010', registered: true },
        start: '2026-10',
        end: '2026-11',
        base: '6000',
      },
      getRegion('120000')!.rule_set,
    )
    expect(!r.ok && r.errors[0].code).toBe('FREQUENCY_PERIOD_MISMATCH') // neither one month, a quarter nor ending in December
    const y = assess(
      {
        today: TODAY,
        person: { id: '120101198801010010', registered: true },
        start: '2026-11',
        end: '2026-12',
        base: '6000',
        frequency: 'yearly',
      },
      getRegion('120000')!.rule_set,
    )
    expect(y.ok && y.value.month_kinds).toEqual(['backpay', 'current'])
  })
})

describe('rule-set catalogue', () => {
  it('resolves keys with overrides', () => {
    expect(resolveRuleSet('NX2025', { retirement_cap: 'truncate' }).retirement_cap).toBe('truncate')
    expect(resolveRuleSet('NX2025').retirement_cap).toBe('reject')
    expect(resolveRuleSet('TJ2026').freeze).not.toBeNull()
    expect(resolveRuleSet('TJ2025', { freeze: null }).freeze).toBeNull()
    expect(() => resolveRuleSet('XX')).toThrow(RuleSetError)
    expect(Object.keys(RULE_SETS)).toEqual(
      expect.arrayContaining(['NX2019', 'NX2025', 'WH2025', 'TJ2025', 'GS2025P', 'HZ-LEGACY']),
    )
  })

  it('keeps status strings of the data', () => {
    expect(REFERENCE_RULE_SETS.TJ2025.statuses.input_mode_status).toContain('ASSUMED')
    expect(REFERENCE_RULE_SETS.NX2019.avg_wage['2018'].status).toContain('DERIVED')
  })

  it('rejects bad configuration loudly', () => {
    expect(() => parseRuleSet('T', { input_mode: 'percent' })).toThrow(RuleSetError)
    expect(() => parseRuleSet('T', { rate: 'twenty' })).toThrow(RuleSetError)
    expect(() => parseRuleSet('T', { female_original_age: 60 })).toThrow(RuleSetError)
    expect(() => parseRuleSet('T', { declaration_window: { from_day_prev: 10, to_day: 19 } })).toThrow(RuleSetError)
    expect(() => parseRuleSet('T', { freeze: { from: '12/20', to: '12-31' } })).toThrow(RuleSetError)
    expect(() => parseRuleSet('T', { avg_wage: { '2024': { status: 'x' } } })).toThrow(RuleSetError)
    expect(() => parseRuleSet('T', { account_rate: '0.3' })).toThrow(RuleSetError)
  })
})

describe('error messages', () => {
  it('every code has an actionable Chinese message', () => {
    expect(ERROR_CODES).toHaveLength(Object.keys(MESSAGES).length)
    expect(ERROR_CODES).toContain('AGE_AT_OR_ABOVE_RETIREMENT')
    for (const code of ERROR_CODES) {
      const message = (MESSAGES[code] as (d: Record<string, unknown>) => string)({
        expected: 'X',
        eligible_from: '2026-05-20',
        retirement_month: '2025-08',
        allowed: ['120104'],
        minimum: 60,
        lower: '5013.00',
        upper: '25065.00',
        statistical_year: 2025,
        year_kind: 'calendar',
        earliest: '2025-07',
        conflicting: 'A1',
        max_end: '2025-08',
        suspended_from: '2025-07',
        frequency: 'monthly',
        assessments: ['A2'],
        reason: 'DEATH',
        field: 'x',
        action: 'transmit',
        from: 'PAID',
        latest: '2025-12',
      })
      expect(message, code).toMatch(/[\u4e00-\u9fff]/)
      expect(message.length, code).toBeGreaterThan(10)
    }
  })

  it('interpolates details in user terms', () => {
    expect(refusal('AGE_AT_OR_ABOVE_RETIREMENT', { retirement_month: '2025-08' }).message).toMatch(
      /^您已达到法定退休年龄（2025年8月），无法新参保/,
    )
    expect(refusal('BASE_OUT_OF_BAND', { lower: '5013.00', upper: '25065.00' }).message).toContain(
      '5,013.00元至25,065.00元',
    )
    expect(refusal('RETIREMENT_CAP_EXCEEDED', { max_end: '2025-07', retirement_month: '2025-08' }).message).toContain(
      '2025年7月',
    )
  })
})

describe('domain purity', () => {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const root = path.resolve(here, '../../src/domain')
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (p.endsWith('.ts')) files.push(p)
    }
  }
  walk(root)

  it('no clock, no I/O, no Taro, no Node APIs, relative imports without extensions', () => {
    expect(files.length).toBeGreaterThan(10)
    for (const f of files) {
      const src = readFileSync(f, 'utf8')
      const rel = path.relative(root, f)
      expect(src, rel).not.toMatch(
        /Date\.now|new Date\(\s*\)|Math\.random|process\.|require\(|@tarojs|from 'node:|from "node:/,
      )
      for (const [, spec] of src.matchAll(/from '([^']+)'/g)) {
        if (spec.startsWith('.')) expect(spec, rel).not.toMatch(/\.(ts|js)$/)
        else expect(spec, rel).toBe('big.js')
      }
    }
  })
})
