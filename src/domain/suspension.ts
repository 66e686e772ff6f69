/**
 * Suspension (停保) and resumption (续保), RULES.md §7 and §13.9.
 * Suspend: reason → effective month after the last PAID month → no open record at/after it.
 * Resume: refused after DEATH, EMIGRATION, TRANSFER_OUT; re-checks the age rules of §1.1.
 */
import { daysInMonth, monthIndexOfDate, parseDate } from './date'
import { refusal, type Refusal } from './errors'
import { formatMonth, monthOfIndex, parseMonth, yearOfIndex } from './month'
import { assessableRange, assessmentYearBounds, assessmentYearOf, type ExistingAssessment } from './period'
import { birthAndSexOf, type Person } from './person'
import { checkAge } from './registration'
import { fail, ok, type Result } from './result'
import { DEFAULT_RULE_SET } from './rulesets/parse'
import type { RuleSet } from './rulesets/types'

/** §7 (S001 §7.1.1 a–e) */
export const SUSPEND_REASONS = ['DEATH', 'TRANSFER_OUT', 'VOLUNTARY', 'EMIGRATION', 'OTHER_LEGAL'] as const
export type SuspendReason = (typeof SUSPEND_REASONS)[number]

/** §7, §13.9: no self-service resumption after these (TRANSFER_OUT registers anew instead). */
export const RESUME_REFUSED_AFTER: readonly SuspendReason[] = ['DEATH', 'EMIGRATION', 'TRANSFER_OUT']

function isReason(value: unknown): value is SuspendReason {
  return (SUSPEND_REASONS as readonly unknown[]).includes(value)
}

export interface SuspendInput {
  /** YYYY-MM-DD */
  today: string
  reason: string
  /** 停保日期 YYYY-MM-DD; its month is the effective month */
  stopDate: string
  existingAssessments?: readonly ExistingAssessment[]
}

export interface Suspension {
  status: 'SUSPENDED'
  suspended_from: string
  reason: SuspendReason
}

const OPEN = ['CREATED', 'TRANSMITTED']

/** Operation `suspend` (§7). Every problem is reported: reason, date conflict, open records. */
export function suspend(input: SuspendInput): Result<Suspension> {
  const errors: Refusal[] = []
  if (!isReason(input.reason)) errors.push(refusal('SUSPEND_REASON_INVALID'))
  const stop = parseDate(input.stopDate)
  if (!stop) return { ok: false, errors: [...errors, refusal('INPUT_INVALID', { field: 'stop_date' })] }
  const effective = monthIndexOfDate(stop)
  const records = input.existingAssessments ?? []

  // must be after the last paid month
  let lastPaid: number | null = null
  for (const r of records) {
    const end = parseMonth(r.end)
    if (String(r.status).toUpperCase() === 'PAID' && end !== null && (lastPaid === null || end > lastPaid))
      lastPaid = end
  }
  if (lastPaid !== null && effective <= lastPaid)
    errors.push(refusal('SUSPEND_DATE_CONFLICT', { earliest: formatMonth(lastPaid + 1) }))

  // open records covering months at or after the effective month: revoke them first [DESIGN]
  const open = records
    .filter((r) => OPEN.includes(String(r.status).toUpperCase()) && (parseMonth(r.end) ?? -Infinity) >= effective)
    .sort((a, b) => (parseMonth(a.start) ?? 0) - (parseMonth(b.start) ?? 0))
  if (open.length > 0) errors.push(refusal('SUSPEND_OPEN_ASSESSMENTS', { assessments: open.map((r) => r.id) }))

  if (errors.length > 0) return { ok: false, errors }
  return ok({ status: 'SUSPENDED', suspended_from: formatMonth(effective), reason: input.reason as SuspendReason })
}

export interface ResumeInput {
  /** YYYY-MM-DD */
  today: string
  /** the reason of the suspension being ended */
  lastReason: string
  /** when given with a birth date or ID, the age rules of §1.1 are re-checked (§13.9) */
  person?: Person
}

export interface Resumption {
  status: 'ACTIVE'
  /** resumption starts at the current month (§7) */
  resumed_from: string
}

/** Operation `resume` (§7, §13.9). */
export function resume(input: ResumeInput, rules: RuleSet = DEFAULT_RULE_SET): Result<Resumption> {
  const today = parseDate(input.today)
  if (!today) return fail(refusal('INPUT_INVALID', { field: 'today' }))
  if (!isReason(input.lastReason)) return fail(refusal('SUSPEND_REASON_INVALID'))
  if (RESUME_REFUSED_AFTER.includes(input.lastReason))
    return fail(refusal('RESUME_NOT_ALLOWED', { reason: input.lastReason }))
  if (input.person) {
    const who = birthAndSexOf(input.person)
    if (who) {
      const age = checkAge(who.birth, who.sex, input.person.postType, today, rules)
      if (age.errors.length > 0) return { ok: false, errors: age.errors }
    }
  }
  return ok({ status: 'ACTIVE', resumed_from: formatMonth(monthIndexOfDate(today)) })
}

/**
 * The reasons a person may choose (§7): the person themself is never offered DEATH (参保人死亡 is
 * reported by a relative acting for them, or at the counter).
 */
export function suspendReasonsFor(actingForAnother: boolean): SuspendReason[] {
  return SUSPEND_REASONS.filter((r) => actingForAnother || r !== 'DEATH')
}

export interface StopDateRange {
  /** YYYY-MM-DD: the first day of the month after the last paid month, not before the registration month */
  earliest: string
  /** YYYY-MM-DD: the last day of the last month that could still be assessed (end of the assessment year) */
  latest: string
}

/**
 * §7: the dates a 停保日期 picker should offer. The effective month must come after the last PAID month
 * (SUSPEND_DATE_CONFLICT); a stop before the registration month stops nothing; one after the end of
 * the current assessment year is not a self-service matter yet. `latestMonth` is that last month (YYYY-MM).
 */
export function stopDateRange(input: {
  records: readonly ExistingAssessment[]
  /** YYYY-MM-DD of the registration (its month is the first insured month) */
  registeredOn: string
  latestMonth: string
}): StopDateRange {
  let earliest = monthIndexOfDate(parseDate(input.registeredOn) ?? { y: 1970, m: 1, d: 1 })
  for (const r of input.records) {
    const end = parseMonth(r.end)
    if (String(r.status).toUpperCase() === 'PAID' && end !== null && end + 1 > earliest) earliest = end + 1
  }
  const latest = Math.max(parseMonth(input.latestMonth) ?? earliest, earliest)
  const lastDay = daysInMonth(yearOfIndex(latest), monthOfIndex(latest))
  return {
    earliest: `${formatMonth(earliest)}-01`,
    latest: `${formatMonth(latest)}-${String(lastDay).padStart(2, '0')}`,
  }
}

// ── what the server decides before suspend/resume (§7): who may ask, in which state ────────────────

/** The registration state a 停保/续保 request meets. */
export interface SuspensionState {
  /** a flexible-employment registration exists */
  registered: boolean
  status: 'ACTIVE' | 'SUSPENDED' | null
  /** an agent asks for the person */
  viaAgent: boolean
}

function notRegistered(state: SuspensionState): Refusal {
  return refusal(state.viaAgent ? 'TARGET_NOT_REGISTERED' : 'NOT_REGISTERED')
}

/** A 停保 request on this state: not registered, or already suspended (a state conflict), is refused. */
export function checkSuspendable(state: SuspensionState): Refusal | null {
  if (!state.registered) return notRegistered(state)
  if (state.status === 'SUSPENDED') return refusal('TRANSITION_NOT_ALLOWED', { action: 'suspend', from: 'SUSPENDED' })
  return null
}

/** A 续保 request on this state: not registered, or not suspended, is refused. */
export function checkResumable(state: SuspensionState): Refusal | null {
  if (!state.registered) return notRegistered(state)
  if (state.status !== 'SUSPENDED') return refusal('TRANSITION_NOT_ALLOWED', { action: 'resume', from: 'ACTIVE' })
  return null
}

/** Reasons an agent cannot report online: 因死亡、出国（境）定居停保 is taken at the counter with documents. */
export const COUNTER_ONLY_REASONS: readonly string[] = ['DEATH', 'EMIGRATION']

/** An agent's 停保 for one of COUNTER_ONLY_REASONS goes to the counter (code AGENT_SUSPEND_AT_COUNTER). */
export function mustSuspendAtCounter(viaAgent: boolean, reason: string): boolean {
  return viaAgent && COUNTER_ONLY_REASONS.includes(reason)
}

/**
 * §7: what the 停保 form offers — the reasons this user may choose and the dates worth offering: from the
 * registration month (never after today, whatever a stored timestamp says) to the last month that could
 * still be assessed (the assessable range, else the end of the assessment year; without rules, December).
 */
export function suspensionOptions(input: {
  /** YYYY-MM-DD */
  today: string
  /** YYYY-MM-DD of the registration in local time */
  registeredOn: string
  records: readonly ExistingAssessment[]
  rules: RuleSet | undefined
  viaAgent: boolean
}): { reasons: SuspendReason[]; earliestStopDate: string; latestStopDate: string } {
  const { today, rules } = input
  const [y, m, d] = today.split('-').map(Number)
  let latestMonth = `${y}-12`
  if (rules) {
    const range = assessableRange({ y, m, d }, rules)
    const bounds = assessmentYearBounds(
      assessmentYearOf(parseMonth(today.slice(0, 7)) as number, rules.year_kind),
      rules.year_kind,
    )
    latestMonth = range.latest ?? formatMonth(bounds.end)
  }
  const range = stopDateRange({
    records: input.records,
    registeredOn: [input.registeredOn, today].sort()[0],
    latestMonth,
  })
  return { reasons: suspendReasonsFor(input.viaAgent), earliestStopDate: range.earliest, latestStopDate: range.latest }
}
