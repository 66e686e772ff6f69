/**
 * Transfer (转移接续) eligibility, RULES.md §8.1 and §13.11.
 * Within the province: no transfer. Across provinces: ELIGIBLE if (a) men under 50 or women
 * under 40, or (b) returning to the hukou place; otherwise TEMPORARY_ACCOUNT
 * (临时基本养老保险缴费账户). Condition (c) is decided at benefit-claim time, not here.
 */
import { refusal } from './errors'
import type { Sex } from './id'
import { fail, ok, type Result } from './result'

export const TRANSFER_AGE_LIMIT: Record<Sex, number> = { M: 50, F: 40 }

export interface TransferInput {
  crossProvince: boolean
  sex: Sex
  /** age in years */
  age: number
  returningToHukou: boolean
}

export interface TransferEligibility {
  result: 'NO_TRANSFER_NEEDED' | 'ELIGIBLE' | 'TEMPORARY_ACCOUNT'
  /** which §8.1 condition made it eligible */
  condition: 'a_age' | 'b_returning_to_hukou' | null
}

/** Operation `transfer_eligibility`. */
export function transferEligibility(input: TransferInput): Result<TransferEligibility> {
  if (!input.crossProvince) return ok({ result: 'NO_TRANSFER_NEEDED', condition: null })
  if (input.sex !== 'M' && input.sex !== 'F') return fail(refusal('INPUT_INVALID', { field: 'sex' }))
  if (typeof input.age !== 'number' || !Number.isFinite(input.age) || input.age < 0) {
    return fail(refusal('INPUT_INVALID', { field: 'age' }))
  }
  if (input.age < TRANSFER_AGE_LIMIT[input.sex]) return ok({ result: 'ELIGIBLE', condition: 'a_age' })
  if (input.returningToHukou === true) return ok({ result: 'ELIGIBLE', condition: 'b_returning_to_hukou' })
  return ok({ result: 'TEMPORARY_ACCOUNT', condition: null })
}
