/**
 * 档次对比: every base a person's region offers, side by side (issue 14), from the engine's own base
 * rules (§3.3) and amounts (§3.4), with the estimate of §9 for each.
 *
 *   ningxia: 60 / 80 / 100 / 150 / 200 / 300 % of the average wage (a declared wage is one more row)
 *   tier:    the region's tiers (published amounts win)
 *   amount:  the band in steps: the lower limit, 80 / 100 / 150 / 200 % of the average where inside
 *            the band, and the upper limit
 */
import type BigJs from 'big.js'
import { contributionAmounts } from './assess'
import { computeBase, percentOfAverage, roundBase, type BaseKind, type YearParameters } from './base'
import { estimateForPerson, paybackYears, type EstimateInput, type PersonEstimate } from './estimate'
import { dec, moneyString } from './money'
import { ok, type Result } from './result'
import type { RuleSet } from './rulesets/types'

export const NINGXIA_COMPARE_PERCENTS = [60, 80, 100, 150, 200, 300] as const
const AMOUNT_STEP_PERCENTS = [80, 100, 150, 200] as const

export interface BaseOption {
  /** what the base step takes as input for this row (percent, tier or amount, as the region's mode reads it) */
  input: string
  kind: BaseKind
  /** the percent of the average wage this row stands for, when it is one */
  percent: number | null
  /** monthly base, 2 decimals */
  base: string
  /** monthly contribution (whole rate) and its personal-account part, 2 decimals (§3.4) */
  monthly: string
  account_monthly: string
  explanation: string
}

/** The rows of the comparison for a region and year; a declared wage (ningxia) adds its own row. */
export function baseOptions(rules: RuleSet, params: YearParameters, declaredWage?: string): Result<BaseOption[]> {
  const inputs: Array<{ input: string; percent: number | null }> = []
  if (rules.input_mode === 'ningxia') {
    for (const p of NINGXIA_COMPARE_PERCENTS) inputs.push({ input: String(p), percent: p })
    if (declaredWage && dec(declaredWage).gt(300)) inputs.push({ input: declaredWage, percent: null })
  } else if (rules.input_mode === 'tier') {
    for (const t of rules.tiers) inputs.push({ input: String(t), percent: t })
  } else {
    const { lower, upper } = params.band
    const amounts: Array<{ value: BigJs; percent: number | null }> = [{ value: lower, percent: null }]
    if (params.avg) {
      for (const p of AMOUNT_STEP_PERCENTS) {
        const v = roundBase(percentOfAverage(params.avg, dec(p)), 'yuan_half_up')
        if (v.gt(lower) && v.lt(upper)) amounts.push({ value: v, percent: p })
      }
    }
    amounts.push({ value: upper, percent: null })
    for (const a of amounts) inputs.push({ input: a.value.toFixed(2), percent: a.percent })
  }
  const rows: BaseOption[] = []
  for (const { input, percent } of inputs) {
    const choice = computeBase(input, rules, params)
    if (!choice.ok) return choice
    const amounts = contributionAmounts(choice.value.base, 1, rules)
    rows.push({
      input,
      kind: choice.value.kind,
      percent,
      base: moneyString(choice.value.base),
      monthly: moneyString(amounts.contribution),
      account_monthly: moneyString(amounts.account),
      explanation: choice.value.explanation,
    })
  }
  return ok(rows)
}

export interface ComparedOption extends BaseOption {
  estimate: PersonEstimate
  /** what the person pays from now until retirement at this base */
  cost_until_retirement: string
  /** years of the estimated pension it takes to get back everything the person paid (history + future) */
  payback_years: string | null
}

/**
 * Each option carried into the person's estimate: the future months at that base, the history as it is.
 * `paidSoFar` is what the person has already paid (the whole rate), counted in the payback.
 */
export function compareOptions(
  options: readonly BaseOption[],
  estimate: Omit<EstimateInput, 'future'> & { future: { months: number; avgMonthly: string } },
  rules: RuleSet,
  paidSoFar = '0',
): Result<ComparedOption[]> {
  const rows: ComparedOption[] = []
  for (const option of options) {
    const result = estimateForPerson({ ...estimate, future: { ...estimate.future, base: option.base } }, rules.rate)
    if (!result.ok) return result
    const cost = dec(option.monthly).times(estimate.future.months)
    rows.push({
      ...option,
      estimate: result.value,
      cost_until_retirement: moneyString(cost),
      payback_years: paybackYears(cost.plus(dec(paidSoFar)).toFixed(2), result.value.total),
    })
  }
  return ok(rows)
}
