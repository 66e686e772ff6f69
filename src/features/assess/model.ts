/**
 * 缴费核定 as data: the flow's state, its steps (in order, with what each needs before it may be entered),
 * and one reducer. No React, no Taro — tests/features/assess.test.ts drives it without rendering.
 * Period shapes, open months and the default period are the engine's (src/domain/frequency.ts).
 */
import type { AssessBody, Assessment, Quote, Region } from '@/api/schema'
import { firstOpenPeriod, isFrequency, monthRange, periodFor, type MonthPeriod } from '@/domain/frequency'
import { asEntry, engineInput, initialEntry, type BaseEntry } from './base'
import { readBase } from './reading'
import { frequenciesOf, openMonthsFor, openOf, type FlowContext } from './context'

export * from './context'
export * from './refusals'
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
