/**
 * Public API of the rules engine (RULES.md). Pure functions, no I/O, no clock: `today` is
 * always an argument ('YYYY-MM-DD'). Every operation returns Result<T>:
 *   { ok: true, value } | { ok: false, errors: Refusal[] }   (errors[0] = primary error)
 * Inputs are camelCase; results use the snake_case names of RULES.md §10.1.
 * See README.md in this folder.
 */

// operations (one per case operation)
export { validateId, idCheckChar, normaliseId, type IdInfo, type Sex } from './id'
export {
  statutoryRetirement,
  minContributionMonths,
  retirementCategoryFor,
  retirementMonthIndex,
  retirementInfoFromIndex,
  delayMonths,
  RETIREMENT_CATEGORIES,
  type RetirementCategory,
  type RetirementInfo,
} from './retirement'
export {
  register,
  checkAge,
  eligibleFrom,
  REGISTRATION_CATEGORIES,
  checkAddress,
  checkMobile,
  addressLength,
  CONTACT_CODES,
  CONTACT_MESSAGES,
  type ContactCode,
  type ContactProblem,
  type RegisterInput,
  type Registration,
  type RegistrationCategory,
} from './registration'
export { assess, contributionAmounts, type AssessInput, type AssessmentQuote } from './assess'
export { proxyAssess, type ProxyAssessInput, type ProxyQuote, type RegistryEntry } from './proxy'
export {
  revoke,
  transmit,
  markPaid,
  markTaxRevoked,
  TRANSITIONS,
  ASSESSMENT_STATUSES,
  type Actor,
  type AssessmentRecord,
  type AssessmentStatus,
  type RevokeInput,
  type Revocation,
} from './revocation'
export {
  suspend,
  resume,
  SUSPEND_REASONS,
  RESUME_REFUSED_AFTER,
  suspendReasonsFor,
  stopDateRange,
  type StopDateRange,
  type SuspendInput,
  type Suspension,
  type SuspendReason,
  type ResumeInput,
  type Resumption,
} from './suspension'
export { transferEligibility, type TransferInput, type TransferEligibility } from './transfer'
export { benefitEligibility, type BenefitInput, type BenefitEligibility } from './benefit'
export {
  estimateForPerson,
  contributionYears,
  paybackYears,
  type EstimateInput,
  type PersonEstimate,
  type Assumption,
  type AssumptionKey,
  type CountedMonth,
  type ContributionYears,
  type ContributionYearsInput,
} from './estimate'
export { baseOptions, compareOptions, NINGXIA_COMPARE_PERCENTS, type BaseOption, type ComparedOption } from './compare'
export {
  historyByYear,
  firstOpenMonth,
  type History,
  type HistoryInput,
  type HistoryRecord,
  type YearHistory,
  type Gap,
} from './history'
export { pensionEstimate, pensionDivisor, PENSION_DIVISORS, type PensionInput, type PensionEstimate } from './pension'

// building blocks
export {
  yearParameters,
  computeBase,
  checkBaseInput,
  roundBase,
  type BaseKind,
  type BaseChoice,
  type YearParameters,
} from './base'
export {
  parsePeriod,
  assessmentYearOf,
  assessmentYearBounds,
  assessableRange,
  type AssessableRange,
  currentDeclarationMonth,
  monthKindOf,
  classifyPeriod,
  isFrozen,
  findOverlap,
  FREQUENCIES,
  type ExistingAssessment,
  type Frequency,
  type MonthKind,
  type MonthEntry,
  type Period,
} from './period'
export { birthAndSexOf, type Person } from './person'
export { normaliseName, NAME_MIN_LENGTH, NAME_MAX_LENGTH, NAME_DOT, type NameProblem } from './names'
export { ERROR_CODES, MESSAGES, refusal, type ErrorCode, type ErrorDetails, type Refusal } from './errors'
export { ok, fail, primaryError, type Result } from './result'
export { formatYuan, formatYuanText, formatAmountCompact, moneyString, parseUserAmount } from './money'
export { formatMonthZh, formatPeriodZh, parseMonth, formatMonth, addMonths, isMonthString } from './month'
export * from './rulesets'
export * from './ethnicities'
export {
  personContext,
  estimateFor,
  compareFor,
  yearsFor,
  historyFor,
  remindersFor,
  explainEstimate,
  interestFraction,
  historyRecordsOf,
  type PersonFacts,
  type InsightRecord,
  type EstimateAssumptions,
  type PersonContext,
  type PersonEstimateAnswer,
  type ComparisonAnswer,
  type YearsAnswer,
  type Reminder,
  type ReminderKind,
  type ChosenBase,
  type EstimateExplanation,
} from './insights'
