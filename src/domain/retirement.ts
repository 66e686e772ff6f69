/**
 * Statutory retirement age after the 2024 reform (RULES.md §2) and the minimum contribution
 * months (§2.5). Only the birth MONTH matters.
 */
import { refusal } from './errors'
import type { Sex } from './id'
import { formatMonth, parseMonth } from './month'
import { fail, ok, type Result } from './result'
import type { FemaleOriginalAge } from './rulesets/types'

export type RetirementCategory = 'M60' | 'F55' | 'F50'
export const RETIREMENT_CATEGORIES: readonly RetirementCategory[] = ['M60', 'F55', 'F50']

export type PostType = 'cadre' | 'worker'

interface CategoryParams {
  originalAge: number
  /** index of the first birth month affected by the reform */
  firstBirthMonth: number
  /** one month of delay per `step` months of birth */
  step: number
  maxDelay: number
}

/** §2.2 table */
const PARAMS: Record<RetirementCategory, CategoryParams> = {
  M60: { originalAge: 60, firstBirthMonth: 1965 * 12 + 0, step: 4, maxDelay: 36 },
  F55: { originalAge: 55, firstBirthMonth: 1970 * 12 + 0, step: 4, maxDelay: 36 },
  F50: { originalAge: 50, firstBirthMonth: 1975 * 12 + 0, step: 2, maxDelay: 60 },
}

export interface RetirementInfo {
  retirement_month: string
  age_years: number
  age_extra_months: number
  delay_months: number
}

/** §2.2: delay in months for a birth month index. */
export function delayMonths(birthMonthIndex: number, category: RetirementCategory): number {
  const p = PARAMS[category]
  const k = birthMonthIndex - p.firstBirthMonth
  if (k < 0) return 0
  return Math.min(p.maxDelay, Math.floor(k / p.step) + 1)
}

/** §2.2: retirement month index (the month in which the statutory age is reached). */
export function retirementMonthIndex(birthMonthIndex: number, category: RetirementCategory): number {
  return birthMonthIndex + PARAMS[category].originalAge * 12 + delayMonths(birthMonthIndex, category)
}

export function retirementInfoFromIndex(birthMonthIndex: number, category: RetirementCategory): RetirementInfo {
  const delay = delayMonths(birthMonthIndex, category)
  const ageMonths = PARAMS[category].originalAge * 12 + delay
  return {
    retirement_month: formatMonth(birthMonthIndex + ageMonths),
    age_years: Math.floor(ageMonths / 12),
    age_extra_months: ageMonths % 12,
    delay_months: delay,
  }
}

/** Operation `retirement_month`: birth month 'YYYY-MM' (or a date 'YYYY-MM-DD') + category. */
export function statutoryRetirement(birthMonth: string, category: string): Result<RetirementInfo> {
  const index = parseMonth(typeof birthMonth === 'string' ? birthMonth.slice(0, 7) : birthMonth)
  if (index === null) return fail(refusal('INPUT_INVALID', { field: 'birth_month' }))
  if (!(RETIREMENT_CATEGORIES as readonly string[]).includes(category)) {
    return fail(refusal('INPUT_INVALID', { field: 'category' }))
  }
  return ok(retirementInfoFromIndex(index, category as RetirementCategory))
}

/** §2.5: min_months(Y) = 180 if Y ≤ 2029 else min(240, 180 + 6·(Y − 2029)). */
export function minContributionMonths(year: number): number {
  if (year <= 2029) return 180
  return Math.min(240, 180 + 6 * (year - 2029))
}

/**
 * §2.4, §13.6: the retirement category of a person.
 * Men → M60. Women → F50/F55 by `female_original_age`; under `by_post` the post type decides
 * (cadre → F55, worker → F50) and a missing post type gives FEMALE_CATEGORY_REQUIRED.
 */
export function retirementCategoryFor(
  sex: Sex,
  femaleOriginalAge: FemaleOriginalAge,
  postType?: string | null,
): Result<RetirementCategory> {
  if (sex === 'M') return ok('M60')
  if (femaleOriginalAge === 50) return ok('F50')
  if (femaleOriginalAge === 55) return ok('F55')
  if (postType === 'cadre') return ok('F55')
  if (postType === 'worker') return ok('F50')
  return fail(refusal('FEMALE_CATEGORY_REQUIRED'))
}
