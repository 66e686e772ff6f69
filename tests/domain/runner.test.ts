/**
 * The case runner itself: RULES_CASES selects the file, the file's own rule sets are used,
 * unknown operations fail, and comparisons catch mismatches.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fail, ok, refusal } from '../../src/domain'
import { caseFiles, casesPath, compareExpected, loadCaseFile, runCase, type Case, type CaseFile } from './runner'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')

const PERSON = { id: '640104198503150024', sex: 'F', birth_date: '1985-03-15', registered: true }

/** A file that redefines NX2025 with other figures: the runner must use these, not the compiled-in copy. */
const TEMP_FILE: CaseFile = {
  rule_sets: {
    NX2025: {
      region: 'test copy with other figures',
      year_kind: 'calendar',
      avg_wage: { '2024': { monthly: 10000, status: 'TEST' } },
      limits: { '2025': { lower: 6000, upper: 30000, status: 'TEST' } },
      input_mode: 'ningxia',
    },
  },
  cases: [
    {
      id: 'TMP-01',
      description: 'file-defined NX2025: 60% of 10000',
      operation: 'assess',
      rule_set: 'NX2025',
      context: { today: '2025-03-10' },
      person: PERSON,
      input: { start: '2025-03', end: '2025-03', base: '60' },
      expected: { ok: true, base_monthly: '6000.00', total: '1200.00' },
    },
    {
      id: 'TMP-02',
      description: 'override on top of the file rule set',
      operation: 'assess',
      rule_set: 'NX2025',
      rule_overrides: { rate: '0.10', account_rate: '0.04' },
      context: { today: '2025-03-10' },
      person: PERSON,
      input: { start: '2025-03', end: '2025-03', base: '60' },
      expected: { ok: true, contribution_monthly: '600.00', account_monthly: '240.00', pooled_monthly: '360.00' },
    },
  ],
}

function writeTemp(data: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rules-cases-'))
  const file = path.join(dir, 'cases.json')
  writeFileSync(file, JSON.stringify(data))
  return file
}

describe('case runner', () => {
  it('reads RULES_CASES when set, else the default', () => {
    expect(casesPath({ RULES_CASES: '/tmp/x.json' }, '/default.json')).toBe('/tmp/x.json')
    expect(casesPath({}, '/default.json')).toBe('/default.json')
    expect(casesPath({ RULES_CASES: ' ' }, '/default.json')).toBe('/default.json')
    expect(caseFiles({}, '/repo/cases.json')).toEqual(['/repo/cases.json'])
    expect(caseFiles({ RULES_CASES: 'more.json', INIT_CWD: '/home/x' }, '/repo/cases.json')).toEqual([
      '/repo/cases.json',
      '/home/x/more.json',
    ])
    expect(caseFiles({ RULES_CASES: '/repo/cases.json' }, '/repo/cases.json')).toEqual(['/repo/cases.json'])
  })

  it("uses the file's own rule sets (and overrides)", () => {
    const data = loadCaseFile(writeTemp(TEMP_FILE))
    for (const c of data.cases) expect(compareExpected(c.expected, runCase(c, data))).toEqual([])
  })

  it('fails on an unknown operation', () => {
    const c: Case = { id: 'U-1', operation: 'teleport', expected: { ok: true } }
    expect(() => runCase(c, { cases: [c] })).toThrow(/unknown operation/)
  })

  it('fails on an undefined rule set', () => {
    const c: Case = { id: 'U-2', operation: 'assess', rule_set: 'NOPE', expected: { ok: true } }
    expect(() => runCase(c, { cases: [c] })).toThrow(/NOPE/)
  })

  it('compares fields, codes and detail keys', () => {
    expect(compareExpected({ ok: true, total: '1.00' }, ok({ total: '1.00', extra: 1 }))).toEqual([])
    expect(compareExpected({ ok: true, total: '1.00' }, ok({ total: '1.0' }))).toHaveLength(1)
    expect(compareExpected({ ok: true, months: 12 }, ok({ months: '12' }))).toHaveLength(1)
    expect(compareExpected({ ok: true, kinds: ['a'] }, ok({ kinds: ['a', 'b'] }))).toHaveLength(1)
    const refused = fail(refusal('PERIOD_OVERLAP', { conflicting: 'A1' }), refusal('BASE_INPUT_INVALID'))
    expect(compareExpected({ ok: false, error: 'PERIOD_OVERLAP', detail: { conflicting: 'A1' } }, refused)).toEqual([])
    expect(
      compareExpected({ ok: false, error: 'PERIOD_OVERLAP', detail: { conflicting: 'A2' } }, refused),
    ).toHaveLength(1)
    expect(compareExpected({ ok: false, error: 'BASE_INPUT_INVALID' }, refused)).toHaveLength(1) // primary only
    expect(compareExpected({ ok: false, error: 'X' }, ok({}))).toHaveLength(1)
    expect(compareExpected({ ok: true }, refused)).toHaveLength(1)
  })

  it('cases.test.ts runs the file named by RULES_CASES (child vitest)', () => {
    const vitest = path.join(repoRoot, 'node_modules/vitest/vitest.mjs')
    const run = (file: string) =>
      spawnSync(process.execPath, [vitest, 'run', 'tests/domain/cases.test.ts', '--reporter=verbose'], {
        cwd: repoRoot,
        env: { ...process.env, RULES_CASES: file, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        encoding: 'utf8',
        timeout: 60_000,
      })
    const good = run(writeTemp(TEMP_FILE))
    expect(good.status, good.stdout + good.stderr).toBe(0)
    expect(good.stdout).toContain('TMP-01')
    expect(good.stdout).toContain('TMP-02')

    const broken = { ...TEMP_FILE, cases: [{ ...TEMP_FILE.cases[0], expected: { ok: true, total: '9.99' } }] }
    const bad = run(writeTemp(broken))
    expect(bad.status).not.toBe(0)
  }, 60_000)
})
