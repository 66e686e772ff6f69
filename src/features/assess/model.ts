/**
 * 缴费核定 as data: the flow's state, its steps (in order, with what each needs before it may be entered),
 * and one reducer. No React, no Taro — tests/features/assess.test.ts drives it without rendering.
 * Period shapes, open months and the default period are the engine's (src/domain/frequency.ts).
 */
import type { ApiError } from '@/api/client'
import type { AssessBody, Assessment, Quote, Region, RegionList, RegistrationStatus } from '@/api/schema'
import {
  firstOpenPeriod,
  frequencyOptions,
  isFrequency,
  monthRange,
  openMonths,
  periodFor,
  pickableMonths,
  startMonths,
  type MonthPeriod,
  type ShapeRules,
} from '@/domain/frequency'
import { formatMonth } from '@/domain/month'
import { assessmentYearBounds } from '@/domain/period'
import { getRegion } from '@/domain/rulesets/regions'
import { asEntry, engineInput, initialEntry, readBase, type BaseEntry } from './base'

// ── context: what the flow is about ─────────────────────────────────────────────────────

export interface FlowContext {
  region: Region
  registration: RegistrationStatus
  /** the period parameters of the region's rule set */
  rules: ShapeRules
  /** the months the pickers offer */
  months: string[]
}

/** The period parameters the engine uses for the region (its rule set; the region's answer if not built in). */
export function shapeRulesOf(region: Region): ShapeRules {
  const rules = getRegion(region.code)?.rule_set
  if (rules) return { frequency: rules.frequency, year_kind: rules.year_kind, cap_inclusive: rules.cap_inclusive }
  return {
    frequency: region.frequencyOptions.length > 0 ? 'm_q_y' : 'free',
    year_kind: region.yearKind,
    cap_inclusive: true,
  }
}

/** The person's region among the regions, or undefined (a region this release has no rules for). */
export function flowContext(regions: RegionList, registration: RegistrationStatus): FlowContext | undefined {
  const region = regions.regions.find((r) => r.code === registration.region)
  if (!region) return undefined
  const rules = shapeRulesOf(region)
  return { region, registration, rules, months: pickableMonths(region.allowedMonths, region.assessmentYear, rules) }
}

// ── state and steps ─────────────────────────────────────────────────────────────────────

export type StepId = 'base' | 'period' | 'confirm' | 'transmit'

export interface AssessState {
  /** set up from the context (and a draft, or what 档次对比 / 缴费记录 carried in) */
  ready: boolean
  step: StepId
  entry: BaseEntry
  start: string
  end: string
  frequency: string
  /** the last quote answered (shown, dimmed, while a new one is asked for) */
  quote?: Quote
  /** the record created in this visit */
  record?: Assessment
  /** months assessed in this visit (the registration's answer may not have them yet) */
  assessedHere: string[]
}

export const initialState: AssessState = {
  ready: false,
  step: 'base',
  entry: { typed: '' },
  start: '',
  end: '',
  frequency: '',
  assessedHere: [],
}

export interface StepDescriptor {
  id: StepId
  /** four characters, so that none wraps at 375 px, elder mode included */
  label: string
  /** whether the step may be entered now */
  mayEnter: (state: AssessState, ctx: FlowContext) => boolean
}

export const STEPS: readonly StepDescriptor[] = [
  { id: 'base', label: '缴费基数', mayEnter: (s) => !s.record },
  { id: 'period', label: '缴费期间', mayEnter: (s, c) => readBase(c.region, s.entry).ok && !s.record },
  { id: 'confirm', label: '确认核定', mayEnter: (s, c) => readBase(c.region, s.entry).ok && !!s.quote && !s.record },
  { id: 'transmit', label: '传输税务', mayEnter: (s) => !!s.record },
]
export const STEP_LABELS = STEPS.map((s) => s.label)

export const stepIndex = (id: StepId) => STEPS.findIndex((s) => s.id === id)

/** The step shown as current in the step bar (every step ticked once transmitted). */
export function currentStepIndex(state: AssessState): number {
  return state.step === 'transmit' && state.record && state.record.status !== 'CREATED'
    ? STEPS.length
    : stepIndex(state.step)
}

/** The step after / before the current one. */
export const nextStep = (id: StepId): StepId => STEPS[Math.min(stepIndex(id) + 1, STEPS.length - 1)].id
export const previousStep = (id: StepId): StepId => STEPS[Math.max(stepIndex(id) - 1, 0)].id

// ── what the person has ─────────────────────────────────────────────────────────────────

/** Months already assessed this year (the registration's answer and this visit's records). */
export function coveredMonths(ctx: FlowContext, state: Pick<AssessState, 'assessedHere'>): string[] {
  return [...new Set([...ctx.registration.monthsCoveredThisYear, ...state.assessedHere])]
}

export function suspendedFromOf(registration: RegistrationStatus): string | null {
  return registration.status === 'SUSPENDED' ? registration.suspendedFrom : null
}

/** The months still open for this person (not assessed, not suspended, not after retirement). */
export function openMonthsFor(
  months: readonly string[],
  registration: RegistrationStatus,
  rules: ShapeRules,
  alsoCovered: readonly string[] = [],
): string[] {
  return openMonths(
    months,
    {
      covered: [...registration.monthsCoveredThisYear, ...alsoCovered],
      suspendedFrom: suspendedFromOf(registration),
      retirementMonth: registration.retirementMonth,
    },
    rules,
  )
}

export const openOf = (ctx: FlowContext, state: Pick<AssessState, 'assessedHere'>) =>
  openMonthsFor(ctx.months, ctx.registration, ctx.rules, state.assessedHere)

/** The note after a month in the pickers. */
export function monthNote(ctx: FlowContext, state: Pick<AssessState, 'assessedHere'>, month: string): string {
  if (coveredMonths(ctx, state).includes(month)) return '（已核定）'
  const stop = suspendedFromOf(ctx.registration)
  return stop && month >= stop ? '（停保）' : ''
}

/** Whether the pickable months begin with the assessment year (earlier years cannot be paid online). */
export function startsWithYear(ctx: FlowContext): boolean {
  const first = assessmentYearBounds(ctx.region.assessmentYear, ctx.rules.year_kind).start
  return ctx.months.length > 0 && ctx.months[0] === formatMonth(first)
}

/** 缴费频次 as offered (the rule set's) and as named. */
export const frequenciesOf = (ctx: FlowContext) => frequencyOptions(ctx.rules)
export const FREQUENCY_LABEL: Record<string, string> = { monthly: '按月', quarterly: '按季', yearly: '按年' }
export const FREQUENCY_HINT: Record<string, string> = {
  monthly: '缴纳一个月',
  quarterly: '缴纳一个自然季度（3个月）',
  yearly: '从所选月份缴到年度最后一个月',
}
/** The months a start can be picked from (按季: quarter starts). */
export const startChoices = (ctx: FlowContext, frequency: string) => startMonths(frequency, ctx.months, ctx.rules)
/** Under a frequency the end follows from the start (shown as text, not picked). */
export const endFollowsStart = (frequency: string) => isFrequency(frequency)

// ── the draft (kept per person, src/utils/draft.ts) ──────────────────────────────────────

export interface Draft {
  /** 0 = base, 1 = period (drafts never resume past the period) */
  step: number
  entry: BaseEntry
  start: string
  end: string
  frequency: string
}

export const draftOf = (s: AssessState): Draft => ({
  step: Math.min(stepIndex(s.step), 1),
  entry: s.entry,
  start: s.start,
  end: s.end,
  frequency: s.frequency,
})

/** Something typed or chosen and not yet submitted. */
export const isDirty = (s: AssessState) =>
  s.ready && stepIndex(s.step) <= 2 && !s.record && (!!s.entry.typed.trim() || s.step !== 'base')

/** What 档次对比 (`base`) or a gap of 缴费记录 (`start` / `end`) carried in. */
export interface Carried {
  base?: string
  start?: string
  end?: string
}

/** The starting state: carried-in values first, then the draft, then the first open period. */
export function startState(ctx: FlowContext, draft: Draft | undefined, carried: Carried): AssessState {
  const { region, months } = ctx
  const options = frequenciesOf(ctx) as readonly string[]
  const frequency = draft && options.includes(draft.frequency) ? draft.frequency : (options[0] ?? '')
  const listed = (p: { start?: string; end?: string }) =>
    !!p.start && !!p.end && months.includes(p.start) && months.includes(p.end)
  const asked = listed(carried) ? { start: carried.start!, end: carried.end! } : undefined
  const fromDraft = draft && listed(draft) ? { start: draft.start, end: draft.end } : undefined
  const period = asked ??
    fromDraft ??
    firstOpenPeriod(months, openMonthsFor(months, ctx.registration, ctx.rules), frequency, ctx.rules) ?? {
      start: months[0],
      end: frequency ? months[0] : months[months.length - 1],
    }
  let entry = initialEntry(region)
  let step: StepId = 'base'
  if (carried.base) entry = asEntry(region, decodeURIComponent(carried.base))
  else if (draft) {
    entry = asEntry(region, draft.entry)
    if (draft.step === 1 && readBase(region, entry).ok) step = 'period'
  }
  return { ...initialState, ready: true, step, entry, frequency, start: period.start ?? '', end: period.end ?? '' }
}

// ── the reducer ─────────────────────────────────────────────────────────────────────────

export type AssessAction =
  | { type: 'init'; ctx: FlowContext; draft?: Draft; carried: Carried }
  | { type: 'entry'; entry: BaseEntry }
  | { type: 'goTo'; step: StepId; ctx: FlowContext }
  | { type: 'start'; month: string; ctx: FlowContext }
  | { type: 'end'; month: string }
  | { type: 'frequency'; frequency: string; ctx: FlowContext }
  | { type: 'quoted'; quote: Quote }
  | { type: 'created'; record: Assessment }
  | { type: 'transmitted'; record: Assessment }
  | { type: 'another'; ctx: FlowContext }

const withPeriod = (s: AssessState, p: MonthPeriod): AssessState => ({ ...s, start: p.start, end: p.end })

export function reduce(s: AssessState, a: AssessAction): AssessState {
  switch (a.type) {
    case 'init':
      return s.ready ? s : startState(a.ctx, a.draft, a.carried)
    case 'entry':
      return { ...s, entry: a.entry }
    case 'goTo': {
      const target = STEPS[stepIndex(a.step)]
      return target && target.mayEnter(s, a.ctx) ? { ...s, step: a.step } : s
    }
    case 'start':
      if (isFrequency(s.frequency)) return withPeriod(s, periodFor(s.frequency, a.month, a.ctx.rules))
      return { ...s, start: a.month, end: a.month > s.end ? a.month : s.end }
    case 'end':
      return { ...s, end: a.month, start: a.month < s.start ? a.month : s.start }
    case 'frequency': {
      const next = { ...s, frequency: a.frequency }
      return isFrequency(a.frequency) ? withPeriod(next, periodFor(a.frequency, s.start, a.ctx.rules)) : next
    }
    case 'quoted':
      return { ...s, quote: a.quote }
    case 'created':
      return {
        ...s,
        record: a.record,
        step: 'transmit',
        assessedHere: [...s.assessedHere, ...monthRange(a.record.start, a.record.end)],
      }
    case 'transmitted':
      return { ...s, record: a.record }
    case 'another': {
      // 新增: another period with the same base, from the first months still open
      const p = firstOpenPeriod(a.ctx.months, openOf(a.ctx, s), s.frequency, a.ctx.rules)
      const next: AssessState = { ...s, record: undefined, quote: undefined, step: 'period' }
      return p ? withPeriod(next, p) : next
    }
  }
}

// ── what is sent, and what a refusal offers ─────────────────────────────────────────────

/** The body of the quote and of the assessment: the period, the engine's base input, the frequency. */
export function bodyOf(s: AssessState, region: Region): Omit<AssessBody, 'personRef'> {
  return {
    start: s.start,
    end: s.end,
    base: (engineInput(region, s.entry) ?? '').trim(),
    ...(s.frequency ? { frequency: s.frequency } : {}),
  }
}

/** The record a PERIOD_OVERLAP refusal names (a link to it). */
export function overlapId(err?: ApiError): string | undefined {
  const id = err?.problems.find((x) => x.code === 'PERIOD_OVERLAP')?.detail?.conflicting
  return typeof id === 'string' ? id : undefined
}

/** A refusal about the base: offer to change it. */
export const isBaseProblem = (err: ApiError) => err.problems.some((p) => /^BASE_|^TIER_/.test(p.code))

/** A failure worth trying again (the network, the server), not a rule. */
export const isRetryable = (err: ApiError) => err.code === 'NETWORK' || err.code === 'TIMEOUT' || err.status >= 500
