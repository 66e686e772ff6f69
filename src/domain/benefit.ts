/**
 * Benefit claim (待遇领取) eligibility, RULES.md §8.2 and §13.10: evaluated as at the
 * retirement month; eligible when contributions ≥ the minimum for that year (§2.5).
 * Archive pre-review starts 3 months before the retirement month.
 */
import { refusal } from './errors'
import { formatMonth, parseMonth, yearOfIndex } from './month'
import { fail, ok, type Result } from './result'
import { minContributionMonths } from './retirement'

export const PRE_REVIEW_MONTHS = 3

export interface BenefitInput {
  /** YYYY-MM */
  retirementMonth: string
  contributionMonths: number
}

export type BenefitEligibility =
  | { result: 'ELIGIBLE'; required_months: number; pre_review_from: string }
  | { result: 'NOT_ELIGIBLE'; required_months: number; shortfall_months: number }

/** Operation `benefit_eligibility`. */
export function benefitEligibility(input: BenefitInput): Result<BenefitEligibility> {
  const month = parseMonth(input.retirementMonth)
  if (month === null) return fail(refusal('INPUT_INVALID', { field: 'retirement_month' }))
  const paid = input.contributionMonths
  if (typeof paid !== 'number' || !Number.isInteger(paid) || paid < 0) {
    return fail(refusal('INPUT_INVALID', { field: 'contribution_months' }))
  }
  const required = minContributionMonths(yearOfIndex(month))
  if (paid >= required) {
    return ok({
      result: 'ELIGIBLE',
      required_months: required,
      pre_review_from: formatMonth(month - PRE_REVIEW_MONTHS),
    })
  }
  return ok({ result: 'NOT_ELIGIBLE', required_months: required, shortfall_months: required - paid })
}
