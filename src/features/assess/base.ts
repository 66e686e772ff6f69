/**
 * Step 1 of 缴费核定, without rendering: the contribution base in the input mode of the person's region
 * (RULES.md §3.3). 宁夏 (ningxia mode) reads one number two ways (60–300 a percent, above 300 a wage); here the
 * user picks 按比例 or 按工资 explicitly and `engineInput` turns the choice into the engine's input, so the
 * engine's input rules stay as they are. 武汉: the tier table. 天津: an amount inside the band. Every check is
 * the engine's (computeBase / checkBaseInput on the region's rule set); the backend quote is the authority.
 */
import type BigJs from 'big.js'
import type { Region } from '@/api/schema'
import { contributionAmounts } from '@/domain/assess'
import { averageWageLabel, computeBase, yearParameters, PERCENT_MAX, PERCENT_MIN } from '@/domain/base'
import { dec, parseUserAmount, roundHalfUp } from '@/domain/money'
import { getRegion } from '@/domain/rulesets/regions'

export type BaseMode = 'percent' | 'wage' | 'tier' | 'amount'

/** What the user chose: the mode (宁夏: 按比例 / 按工资) and the number typed or tapped. */
export interface BaseEntry {
  mode?: BaseMode
  typed: string
}

/** 宁夏's percentages offered as choices (any 60–300 may be typed). */
export const NINGXIA_PERCENTS = [60, 100, 150, 200, 300]

/** The mode a region starts in (宁夏: none — the user picks). */
export function initialEntry(region: Region): BaseEntry {
  if (region.inputMode === 'tier') return { mode: 'tier', typed: '' }
  if (region.inputMode === 'amount') return { mode: 'amount', typed: '' }
  return { typed: '' }
}

/** Reads a stored or old-style value (e.g. a draft of '60') as an entry. */
export function asEntry(region: Region, v: BaseEntry | string | undefined): BaseEntry {
  if (v && typeof v === 'object') return { mode: v.mode, typed: String(v.typed ?? '') }
  const typed = typeof v === 'string' ? v : ''
  if (region.inputMode !== 'ningxia') return { ...initialEntry(region), typed }
  if (!typed) return { typed: '' }
  const n = parseUserAmount(typed)
  return { mode: n && n.gt(PERCENT_MAX) ? 'wage' : 'percent', typed }
}

/** The region's rule set and the figures of its assessment year (the engine's). */
export function rulesOf(region: Region) {
  const rules = getRegion(region.code)?.rule_set
  const params = rules ? yearParameters(rules, region.assessmentYear) : undefined
  return rules && params?.ok ? { rules, params: params.value } : undefined
}

/** The monthly contribution of a monthly base (the engine's rounding). */
export function monthlyContribution(base: string, region: Region): string {
  const r = rulesOf(region)
  if (r) return contributionAmounts(dec(base), 1, r.rules).contribution.toFixed(2)
  return roundHalfUp(dec(base).times(dec(region.rate)), 2).toFixed(2)
}

/**
 * The engine's input for an entry (宁夏: 按比例 60–300 as typed; 按工资 a wage above 300 as typed, a wage
 * of 300 or less — below the lower limit anyway — as the lower limit, which is what the engine would
 * charge), or null when there is nothing valid to send.
 */
export function engineInput(region: Region, entry: BaseEntry): string | null {
  const raw = entry.typed.trim()
  if (!raw) return null
  if (region.inputMode !== 'ningxia') return raw
  const v = parseUserAmount(raw)
  if (v === null) return null
  if (entry.mode === 'percent') return v.gte(PERCENT_MIN) && v.lte(PERCENT_MAX) ? raw : null
  if (entry.mode === 'wage') {
    if (v.lte(0)) return null
    if (v.gt(PERCENT_MAX)) return raw
    return region.band ? dec(region.band.lower).toFixed(0) : null
  }
  return null
}

/** The average wage of the region's year, named once (see averageWageLabel). */
export function averageWage(region: Region): { label: string; monthly: BigJs } | undefined {
  const r = rulesOf(region)
  if (!r?.params.avg) return undefined
  return { label: averageWageLabel(r.params), monthly: r.params.avg.monthly }
}

/** Monthly base and contribution of an engine input (local engine). */
export function figuresOf(region: Region, input: string) {
  const r = rulesOf(region)
  if (!r) return undefined
  const b = computeBase(input, r.rules, r.params)
  if (!b.ok) return { error: b.errors[0].message, code: b.errors[0].code, detail: b.errors[0].detail }
  const base = b.value.base.toFixed(2)
  return {
    base,
    contribution: monthlyContribution(base, region),
    explanation: b.value.explanation,
    clamped: b.value.clamped,
  }
}

/** 天津: a few amounts across the band (lower limit, two rounded steps, upper limit), each with its cost. */
export function amountChoices(region: Region): string[] {
  if (!region.band) return []
  const lower = dec(region.band.lower)
  const upper = dec(region.band.upper)
  const step = (f: number) => roundHalfUp(lower.plus(upper.minus(lower).times(f)).div(1000), 0).times(1000)
  const out = [lower, step(0.25), step(0.5), upper].map((x) => x.toFixed(2))
  return out.filter((x, i) => out.indexOf(x) === i)
}
