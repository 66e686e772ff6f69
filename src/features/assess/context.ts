/**
 * 缴费核定's context: the person's region and registration, the period parameters of the region's rule set,
 * the months offered, and what of the person decides which are still open (src/domain/frequency.ts).
 */
import type { Region, RegionList, RegistrationStatus } from '@/api/schema'
import {
  frequencyOptions,
  isFrequency,
  openMonths,
  pickableMonths,
  startMonths,
  type ShapeRules,
} from '@/domain/frequency'
import { formatMonth } from '@/domain/month'
import { assessmentYearBounds } from '@/domain/period'
import { getRegion } from '@/domain/rulesets/regions'

/** What this visit added (months assessed here, not yet in the registration's answer). */
export interface Visit {
  assessedHere: readonly string[]
}

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

// ── what the person has ─────────────────────────────────────────────────────────────────

/** Months already assessed this year (the registration's answer and this visit's records). */
export function coveredMonths(ctx: FlowContext, state: Visit): string[] {
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

export const openOf = (ctx: FlowContext, state: Visit) =>
  openMonthsFor(ctx.months, ctx.registration, ctx.rules, state.assessedHere)

/** The note after a month in the pickers. */
export function monthNote(ctx: FlowContext, state: Visit, month: string): string {
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

/** What of the person a quote depends on, as a key: the months assessed and the suspension. */
export function personFacts(ctx: FlowContext, visit: Visit): string {
  const r = ctx.registration
  return `${coveredMonths(ctx, visit).sort().join(',')}|${r.status ?? ''}|${suspendedFromOf(r) ?? ''}`
}
