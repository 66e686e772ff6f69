/**
 * Error codes of RULES.md §10 with their `detail` contract, and a Chinese message for each
 * that tells the user what to do next (UX.md "Refusals say what to do next").
 *
 * The §10 codes are exact. Extra codes are for non-rule validation (malformed requests):
 * `INPUT_INVALID` and `TRANSITION_NOT_ALLOWED`, and for real names (names.ts): `NAME_REQUIRED`, `NAME_INVALID`.
 * The words of every code are in the message catalogue, messages.ts.
 */
import { RULE_MESSAGES } from './messages'

export type MonthStr = string // YYYY-MM
export type MoneyStr = string // "1234.00"

/** The `detail` of every code (§10; an error may add more keys). */
export interface ErrorDetails {
  // §6.2
  ID_INVALID_FORMAT: Record<string, never>
  ID_LEGACY_15_DIGIT: Record<string, never>
  ID_INVALID_BIRTHDATE: Record<string, never>
  ID_INVALID_CHECKSUM: { expected: string }
  // §1
  AGE_BELOW_MIN: { eligible_from: string }
  AGE_AT_OR_ABOVE_RETIREMENT: { retirement_month: MonthStr }
  CATEGORY_NOT_ELIGIBLE: Record<string, never>
  EMPLOYEE_INSURANCE_ACTIVE: Record<string, never>
  ALREADY_REGISTERED: Record<string, never>
  HUKOU_RESTRICTED: Record<string, never>
  REGION_REQUIRED: Record<string, never>
  DISTRICT_NOT_ALLOWED: { allowed: string[] }
  FEMALE_CATEGORY_REQUIRED: Record<string, never>
  // §4.8, §6.1
  NOT_REGISTERED: Record<string, never>
  TARGET_NOT_REGISTERED: Record<string, never>
  NAME_ID_MISMATCH: Record<string, never>
  // §3.3
  BASE_INPUT_INVALID: Record<string, never>
  BASE_PERCENT_BELOW_MIN: { minimum: number }
  TIER_INVALID: { allowed: number[] }
  BASE_OUT_OF_BAND: { lower: MoneyStr; upper: MoneyStr }
  // §4.2
  AVG_WAGE_UNAVAILABLE: { statistical_year: number }
  // §4
  PERIOD_INVALID: Record<string, never>
  PREPAY_NOT_ALLOWED: { latest?: MonthStr }
  YEAR_END_FREEZE: { until?: string }
  PERIOD_CROSSES_YEAR: { year_kind: 'calendar' | 'si_july' }
  BACKPAY_NOT_ALLOWED: { earliest?: MonthStr }
  PERIOD_OVERLAP: { conflicting: string }
  RETIREMENT_CAP_EXCEEDED: { max_end: MonthStr; retirement_month: MonthStr }
  INSURANCE_SUSPENDED: { suspended_from: MonthStr }
  FREQUENCY_PERIOD_MISMATCH: { frequency?: 'monthly' | 'quarterly' | 'yearly'; allowed?: string[] }
  // §5
  REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE: Record<string, never>
  REVOKE_ALREADY_PAID: Record<string, never>
  REVOKE_ALREADY_REVOKED: Record<string, never>
  // §7
  SUSPEND_REASON_INVALID: Record<string, never>
  SUSPEND_DATE_CONFLICT: { earliest: MonthStr }
  SUSPEND_OPEN_ASSESSMENTS: { assessments: string[] }
  RESUME_NOT_ALLOWED: { reason: string }
  // §9
  PENSION_DIVISOR_UNDEFINED: Record<string, never>
  // not §10: request validation for the server
  NAME_REQUIRED: Record<string, never>
  NAME_INVALID: {
    reason: 'control' | 'bidi' | 'invisible' | 'surrogate' | 'markup' | 'space' | 'dot' | 'char' | 'length'
  }
  INPUT_INVALID: { field: string }
  TRANSITION_NOT_ALLOWED: { action: string; from: string }
}

export type ErrorCode = keyof ErrorDetails

/** A refusal: `{ code, message, detail }`, typed per code. */
export type Refusal = { [C in ErrorCode]: { code: C; message: string; detail: ErrorDetails[C] } }[ErrorCode]

const NONE = {} as Record<string, never>

/** Chinese messages of the engine's codes: the catalogue's formatters (messages.ts). */
export const MESSAGES = RULE_MESSAGES

/** Builds a refusal with its Chinese message. */
export function refusal<C extends ErrorCode>(
  code: C,
  ...rest: ErrorDetails[C] extends Record<string, never> ? [] : [ErrorDetails[C]]
): Refusal {
  const detail = (rest[0] ?? NONE) as ErrorDetails[C]
  const message = (MESSAGES[code] as (d: ErrorDetails[C]) => string)(detail)
  return { code, message, detail } as Refusal
}

/** Every code, in the order of §10 (useful for tests and documentation). */
export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[]
