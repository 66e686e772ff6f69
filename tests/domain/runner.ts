/**
 * Case runner for files in the format of shared/rules/cases.json (see its conventions.case_format).
 * Maps each case's `operation` onto the engine, with the rule set built from THAT file's own
 * `rule_sets` (+ `rule_overrides`), and compares the result with `expected`:
 *   ok=true  → every listed field must deep-equal the result's field;
 *   ok=false → errors[0].code must equal `error`, and every listed detail key must match.
 * An unknown operation throws (the case fails, it is never skipped).
 */
import path from 'node:path'
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import {
  DEFAULT_RULE_SET,
  REFERENCE_RULE_SETS,
  applyOverrides,
  assess,
  benefitEligibility,
  minContributionMonths,
  ok,
  parseRuleSet,
  pensionEstimate,
  proxyAssess,
  register,
  resume,
  revoke,
  statutoryRetirement,
  suspend,
  transferEligibility,
  validateId,
  type ExistingAssessment,
  type Person,
  type RawRuleSet,
  type RegistryEntry,
  type Result,
  type RuleSet,
} from '../../src/domain'

type Json = Record<string, unknown>

export interface Case {
  id: string
  description?: string
  operation: string
  rule_set?: string
  rule_overrides?: RawRuleSet
  context?: Json
  person?: Json
  input?: Json
  expected: Json & { ok: boolean; error?: string; detail?: Json }
}

export interface CaseFile {
  rule_sets?: Record<string, RawRuleSet>
  cases: Case[]
}

export function loadCaseFile(path: string): CaseFile {
  const data = JSON.parse(readFileSync(path, 'utf8')) as CaseFile
  if (!data || !Array.isArray(data.cases)) throw new Error(`${path}: no "cases" array`)
  return data
}

/** RULES_CASES when set, else the default file. */
export function casesPath(env: Record<string, string | undefined>, fallback: string): string {
  const fromEnv = env.RULES_CASES
  return fromEnv && fromEnv.trim() !== '' ? fromEnv : fallback
}

/**
 * The case files to run: the repo's own reference cases always, and the file named by RULES_CASES as
 * well (a relative path is read from where the command was typed: npm's INIT_CWD, else the cwd).
 */
export function caseFiles(env: Record<string, string | undefined>, repoCases: string): string[] {
  const fromEnv = env.RULES_CASES?.trim()
  if (!fromEnv) return [repoCases]
  const extra = path.resolve(env.INIT_CWD ?? process.cwd(), fromEnv)
  return extra === path.resolve(repoCases) ? [repoCases] : [repoCases, extra]
}

const parsedCache = new WeakMap<CaseFile, Map<string, RuleSet>>()

/** The effective rule set of a case: the file's own rule set (compiled-in copy as fallback) + overrides. */
export function ruleSetFor(c: Case, file: CaseFile): RuleSet {
  let base: RuleSet
  if (c.rule_set === undefined) base = DEFAULT_RULE_SET
  else {
    let cache = parsedCache.get(file)
    if (!cache) parsedCache.set(file, (cache = new Map()))
    const cached = cache.get(c.rule_set)
    if (cached) base = cached
    else {
      const raw = file.rule_sets?.[c.rule_set]
      if (raw) base = parseRuleSet(c.rule_set, raw)
      else if (REFERENCE_RULE_SETS[c.rule_set]) base = REFERENCE_RULE_SETS[c.rule_set]
      else throw new Error(`case ${c.id}: rule set ${c.rule_set} is not defined`)
      cache.set(c.rule_set, base)
    }
  }
  return applyOverrides(base, c.rule_overrides)
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined)
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined)

export function toPerson(p: Json | undefined): Person {
  const q = p ?? {}
  return {
    id: str(q.id),
    name: str(q.name),
    sex: q.sex === 'M' || q.sex === 'F' ? q.sex : undefined,
    birthDate: str(q.birth_date),
    registered: bool(q.registered),
    category: str(q.category),
    region: str(q.region),
    employeeInsuranceStatus: str(q.employee_insurance_status),
    existingFlexibleRegistration: bool(q.existing_flexible_registration),
    subsidyDistrict: str(q.subsidy_district),
    localHukou: bool(q.local_hukou),
    localPaidYears: num(q.local_paid_years),
    suspendedFrom: str(q.suspended_from),
    postType: str(q.post_type),
    workStartDate: str(q.work_start_date),
  }
}

function existing(context: Json): ExistingAssessment[] {
  const list = context.existing_assessments
  return Array.isArray(list) ? (list as ExistingAssessment[]) : []
}

function registry(context: Json, person: Json | undefined): Record<string, RegistryEntry> {
  const raw = (context.registry ?? {}) as Record<string, Json>
  const out: Record<string, RegistryEntry> = {}
  for (const [id, e] of Object.entries(raw)) {
    // a case-level person describing the target may add suspension / post type
    const same = person && (person.id === undefined || person.id === id)
    out[id] = {
      name: String(e.name ?? ''),
      registered: e.registered === true,
      suspendedFrom: str(e.suspended_from) ?? (same ? str(person?.suspended_from) : undefined),
      postType: str(e.post_type) ?? (same ? str(person?.post_type) : undefined),
    }
  }
  return out
}

/** Runs one case through the engine. Throws for an unknown operation or a missing rule set. */
export function runCase(c: Case, file: CaseFile): Result<unknown> {
  const context = c.context ?? {}
  const input = c.input ?? {}
  const today = str(context.today) ?? ''
  switch (c.operation) {
    case 'validate_id':
      return validateId(input.id, str(context.today))
    case 'retirement_month':
      return statutoryRetirement(String(input.birth_month ?? input.birth_date ?? ''), String(input.category ?? ''))
    case 'min_contribution_months':
      return ok({ months: minContributionMonths(Number(input.year)) })
    case 'register':
      return register({ today, person: toPerson(c.person) }, ruleSetFor(c, file))
    case 'assess':
      return assess(
        {
          today,
          person: toPerson(c.person),
          start: String(input.start ?? ''),
          end: String(input.end ?? ''),
          base: input.base as string,
          frequency: str(input.frequency),
          existingAssessments: existing(context),
        },
        ruleSetFor(c, file),
      )
    case 'proxy_assess':
      return proxyAssess(
        {
          today,
          operator: String(context.operator ?? ''),
          registry: registry(context, c.person),
          targetName: String(input.target_name ?? ''),
          targetId: String(input.target_id ?? ''),
          start: String(input.start ?? ''),
          end: String(input.end ?? ''),
          base: input.base as string,
          frequency: str(input.frequency),
          existingAssessments: existing(context),
        },
        ruleSetFor(c, file),
      )
    case 'revoke': {
      const r = (input.record ?? {}) as Json
      return revoke({
        record: {
          id: String(r.id ?? ''),
          status: r.status as never,
          taxRevoked: bool(r.tax_revoked),
          ownerId: str(r.owner_id),
          operatorId: str(r.operator_id),
        },
        actor: input.actor === 'proxy' ? 'proxy' : 'owner',
        operatorId: str(context.operator),
      })
    }
    case 'suspend':
      return suspend({
        today,
        reason: String(input.reason ?? ''),
        stopDate: String(input.stop_date ?? ''),
        existingAssessments: existing(context),
      })
    case 'resume':
      return resume(
        { today, lastReason: String(input.last_reason ?? ''), person: c.person ? toPerson(c.person) : undefined },
        ruleSetFor(c, file),
      )
    case 'transfer_eligibility':
      return transferEligibility({
        crossProvince: input.cross_province === true,
        sex: input.sex as 'M' | 'F',
        age: Number(input.age),
        returningToHukou: input.returning_to_hukou === true,
      })
    case 'benefit_eligibility':
      return benefitEligibility({
        retirementMonth: String(input.retirement_month ?? ''),
        contributionMonths: Number(input.contribution_months),
      })
    case 'pension_estimate':
      return pensionEstimate({
        baseMonthly: input.base_monthly as string | number,
        avgIndex: input.avg_index as string | number,
        years: input.years as string | number,
        account: input.account as string | number,
        ageYears: Number(input.age_years),
        ageMonths: input.age_months === undefined ? 0 : Number(input.age_months),
      })
    default:
      throw new Error(`case ${c.id}: unknown operation "${c.operation}"`)
  }
}

/** Differences between `expected` and the result (empty = pass). */
export function compareExpected(expected: Case['expected'], result: Result<unknown>): string[] {
  const problems: string[] = []
  if (expected.ok) {
    if (!result.ok) return [`expected ok, got ${result.errors.map((e) => e.code).join(', ')}`]
    const value = result.value as Json
    for (const [key, want] of Object.entries(expected)) {
      if (key === 'ok') continue
      if (!isDeepStrictEqual(value[key], want)) {
        problems.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(value[key])}`)
      }
    }
    return problems
  }
  if (result.ok) return [`expected error ${expected.error}, got ok ${JSON.stringify(result.value)}`]
  const primary = result.errors[0]
  if (primary.code !== expected.error) problems.push(`error: expected ${expected.error}, got ${primary.code}`)
  const detail = primary.detail as Json
  for (const [key, want] of Object.entries(expected.detail ?? {})) {
    if (!isDeepStrictEqual(detail[key], want)) {
      problems.push(`detail.${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(detail[key])}`)
    }
  }
  return problems
}
