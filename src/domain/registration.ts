/**
 * Registration (参保登记), RULES.md §1 with the order of checks of §13.3:
 *   ID (§6.2) → region given → category → age below 16 → age at or above retirement →
 *   employee insurance active → hukou restriction → subsidy-district lock → re-register policy.
 * The ID check stops at once (everything else needs the birth date); the other problems are
 * all reported (一次性告知), in that order.
 */
import { testOr, unicodeRe } from './unicode'
import { addDays, compareDates, formatDate, nthBirthday, parseDate, type YMD } from './date'
import { refusal, type Refusal } from './errors'
import { isEthnicity, isHukouType } from './ethnicities'
import { CONTACT_MESSAGES, REGISTRATION_DATA_MESSAGES } from './messages'
import { validateId } from './id'
import { formatMonth, monthIndex } from './month'
import type { Person, Sex } from './person'
import { fail, ok, type Result } from './result'
import { retirementCategoryFor, retirementMonthIndex, type RetirementCategory } from './retirement'
import type { RuleSet } from './rulesets/types'

/** §1.2 */
export const REGISTRATION_CATEGORIES = ['SELF_EMPLOYED_NO_EMPLOYEES', 'PART_TIME_UNINSURED', 'OTHER_FLEXIBLE'] as const
export type RegistrationCategory = (typeof REGISTRATION_CATEGORIES)[number]

/** §1.1 */
export const MIN_AGE_YEARS = 16

/** §1.3: employee-relation statuses that allow flexible registration (none, or 中断缴费). */
const EMPLOYEE_STATUSES_ALLOWING = ['INTERRUPTED', 'NONE']

export interface RegisterInput {
  /** YYYY-MM-DD */
  today: string
  person: Person
}

export interface Registration {
  action: 'REGISTERED' | 'REGION_CHANGED'
  region: string
  /** §1.8, §13.4 */
  work_start_date: string
  /** §1.8 [DESIGN] first insured month = the registration month */
  first_insured_month: string
  retirement_category: RetirementCategory
  retirement_month: string
  birth_date: string
  sex: Sex
}

/** The 16th birthday (or the day after, with age_from_day_after_birthday), §1.1. */
export function eligibleFrom(birth: YMD, rules: RuleSet): YMD {
  const birthday = nthBirthday(birth, MIN_AGE_YEARS)
  return rules.age_from_day_after_birthday ? addDays(birthday, 1) : birthday
}

export interface AgeCheck {
  errors: Refusal[]
  category: RetirementCategory | null
  retirementMonth: number | null
}

/**
 * §1.1 age rules (also used by resumption, §13.9): AGE_BELOW_MIN, then the retirement
 * category (FEMALE_CATEGORY_REQUIRED) and AGE_AT_OR_ABOVE_RETIREMENT.
 */
export function checkAge(birth: YMD, sex: Sex, postType: string | undefined, today: YMD, rules: RuleSet): AgeCheck {
  const errors: Refusal[] = []
  const from = eligibleFrom(birth, rules)
  if (compareDates(today, from) < 0) errors.push(refusal('AGE_BELOW_MIN', { eligible_from: formatDate(from) }))
  const category = retirementCategoryFor(sex, rules.female_original_age, postType)
  if (!category.ok) return { errors: [...errors, ...category.errors], category: null, retirementMonth: null }
  const retirementMonth = retirementMonthIndex(monthIndex(birth.y, birth.m), category.value)
  if (monthIndex(today.y, today.m) >= retirementMonth) {
    errors.push(refusal('AGE_AT_OR_ABOVE_RETIREMENT', { retirement_month: formatMonth(retirementMonth) }))
  }
  return { errors, category: category.value, retirementMonth }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** Birth date and sex from the ID (validated against today), or from the fields when no ID. */
function identify(person: Person, today: string): Result<{ birth: YMD; sex: Sex }> {
  if (!isBlank(person.id)) {
    const id = validateId(person.id, today)
    if (!id.ok) return id
    return ok({ birth: parseDate(id.value.birth_date) as YMD, sex: id.value.sex })
  }
  const birth = parseDate(person.birthDate)
  if (birth && (person.sex === 'M' || person.sex === 'F')) return ok({ birth, sex: person.sex })
  return fail(refusal('ID_INVALID_FORMAT'))
}

/** §1.8, §13.4: the supplied 参加工作时间, else Jan 1 of the current year (Ningxia) or today. */
export function workStartDate(person: Person, today: YMD, rules: RuleSet): string {
  const supplied = parseDate(person.workStartDate)
  if (supplied) return formatDate(supplied)
  return rules.default_work_start === 'jan1_current_year' ? formatDate({ y: today.y, m: 1, d: 1 }) : formatDate(today)
}

/** Operation `register` (§1, §13.3). */
export function register(input: RegisterInput, rules: RuleSet): Result<Registration> {
  const today = parseDate(input.today)
  if (!today) return fail(refusal('INPUT_INVALID', { field: 'today' }))
  const { person } = input

  const who = identify(person, input.today)
  if (!who.ok) return who

  const errors: Refusal[] = []
  const regionGiven = !isBlank(person.region)
  if (!regionGiven) errors.push(refusal('REGION_REQUIRED'))
  if (!(REGISTRATION_CATEGORIES as readonly unknown[]).includes(person.category))
    errors.push(refusal('CATEGORY_NOT_ELIGIBLE'))

  const age = checkAge(who.value.birth, who.value.sex, person.postType, today, rules)
  errors.push(...age.errors)

  const employee = person.employeeInsuranceStatus
  if (!isBlank(employee) && !EMPLOYEE_STATUSES_ALLOWING.includes(String(employee).toUpperCase())) {
    errors.push(refusal('EMPLOYEE_INSURANCE_ACTIVE'))
  }

  if (
    rules.hukou_restriction &&
    !(person.localHukou === true || (person.localPaidYears ?? 0) >= rules.hukou_min_local_years)
  ) {
    errors.push(refusal('HUKOU_RESTRICTED'))
  }

  if (
    rules.subsidy_district_lock &&
    regionGiven &&
    !isBlank(person.subsidyDistrict) &&
    person.region !== person.subsidyDistrict
  ) {
    errors.push(refusal('DISTRICT_NOT_ALLOWED', { allowed: [String(person.subsidyDistrict)] }))
  }

  const suppliedStart = person.workStartDate
  if (!isBlank(suppliedStart) && !parseDate(suppliedStart))
    errors.push(refusal('INPUT_INVALID', { field: 'work_start_date' }))

  const again = person.existingFlexibleRegistration === true
  if (again && rules.reregister === 'refuse') errors.push(refusal('ALREADY_REGISTERED'))

  if (errors.length > 0) return { ok: false, errors }
  return ok({
    action: again ? 'REGION_CHANGED' : 'REGISTERED',
    region: String(person.region),
    work_start_date: workStartDate(person, today, rules),
    first_insured_month: formatMonth(monthIndex(today.y, today.m)),
    retirement_category: age.category as RetirementCategory,
    retirement_month: formatMonth(age.retirementMonth as number),
    birth_date: formatDate(who.value.birth),
    sex: who.value.sex,
  })
}

// ── §1.8 contact data (联系地址, 手机号码): one rule for the app's form and the server ─────────

/** 联系地址: 5–100 characters after trimming (counted as characters, an emoji is one). */
export const ADDRESS_MIN = 5
export const ADDRESS_MAX = 100
/** 手机号码: 11 digits starting with 1. */
export const MOBILE_RE = /^1\d{10}$/

/**
 * Characters an address may hold: any letter (汉字 included), digits, spaces and the punctuation of
 * addresses (－ — · , ， . 。 、 ( ) （ ） # ＃ / ／ : ： ; ；). No emoji, pictographs or control characters.
 */
const ADDRESS_CHARS = unicodeRe('^[\\p{L}\\p{M}\\p{N} \\u3000\\-－—–_·・,，.。、()（）#＃/／:：;；\'’"“”]+$')
const LETTER = unicodeRe('\\p{L}')
/** At least this many letters (汉字 or Latin) so that "12345" or "-----" is not an address. */
const ADDRESS_MIN_LETTERS = 2

export const CONTACT_CODES = [
  'ADDRESS_REQUIRED',
  'ADDRESS_INVALID',
  'ADDRESS_CHARS_INVALID',
  'MOBILE_REQUIRED',
  'MOBILE_INVALID',
] as const
export type ContactCode = (typeof CONTACT_CODES)[number]

/** Their words are in the message catalogue (messages.ts). */
export { CONTACT_MESSAGES }

export interface ContactProblem {
  code: ContactCode
  message: string
  detail: Record<string, unknown>
}

const contactProblem = (code: ContactCode, detail: Record<string, unknown> = {}): ContactProblem => ({
  code,
  message: CONTACT_MESSAGES[code],
  detail,
})

/** Number of characters as a person counts them (an emoji or a rare 汉字 is one). */
export function addressLength(value: string): number {
  return Array.from(value.trim()).length
}

/** §1.8 联系地址: required, 5–100 characters, letters/digits/address punctuation only, some letters. */
export function checkAddress(value: string | null | undefined): ContactProblem | null {
  const address = (value ?? '').trim()
  if (!address) return contactProblem('ADDRESS_REQUIRED', { field: 'address' })
  const length = addressLength(address)
  if (length < ADDRESS_MIN || length > ADDRESS_MAX)
    return contactProblem('ADDRESS_INVALID', { field: 'address', min: ADDRESS_MIN, max: ADDRESS_MAX, length })
  const letters = Array.from(address).filter((c) => testOr(LETTER, c, true)).length
  if (!testOr(ADDRESS_CHARS, address, true) || letters < ADDRESS_MIN_LETTERS)
    return contactProblem('ADDRESS_CHARS_INVALID', { field: 'address' })
  return null
}

/** §1.8 手机号码: required, 11 digits starting with 1. */
export function checkMobile(value: string | null | undefined): ContactProblem | null {
  const mobile = (value ?? '').trim()
  if (!mobile) return contactProblem('MOBILE_REQUIRED', { field: 'mobile' })
  if (!MOBILE_RE.test(mobile)) return contactProblem('MOBILE_INVALID', { field: 'mobile' })
  return null
}

// ── §1.8 registration data (民族, 户口性质, 联系地址, 手机号码) and the contact correction ─────────────

export type RegistrationDataCode = ContactCode | keyof typeof REGISTRATION_DATA_MESSAGES

export interface RegistrationDataProblem {
  code: RegistrationDataCode
  message: string
  detail: Record<string, unknown>
}

const dataProblem = (code: keyof typeof REGISTRATION_DATA_MESSAGES, detail: Record<string, unknown>) => ({
  code,
  message: REGISTRATION_DATA_MESSAGES[code],
  detail,
})

/** §1.8 民族: required, one of the 56 民族 or 其他. */
export function checkEthnicity(value: string | null | undefined): RegistrationDataProblem | null {
  if (value === null || value === undefined || value.trim() === '')
    return dataProblem('ETHNICITY_REQUIRED', { field: 'ethnicity' })
  return isEthnicity(value) ? null : dataProblem('ETHNICITY_INVALID', { field: 'ethnicity' })
}

/** §1.8 户口性质: optional (null/undefined: not given); when given, one of the four codes. */
export function checkHukouType(value: string | null | undefined): RegistrationDataProblem | null {
  if (value === null || value === undefined) return null
  return isHukouType(value) ? null : dataProblem('HUKOU_TYPE_INVALID', { field: 'hukouType' })
}

/** The registration data as stored (null: none). */
export interface RegistrationData {
  ethnicity: string | null
  hukou_type: string | null
  address: string | null
  mobile: string | null
}

/**
 * §1.8 the registration data, checked all at once (一次性告知): a new registration must supply ethnicity,
 * address and mobile; a region change may omit them and keeps the stored values (a value missing from
 * both is required). hukouType stays optional. Returns the values to store and every problem, in the
 * order 民族, 联系地址, 手机号码, 户口性质.
 */
export function checkRegistrationData(
  given: { ethnicity?: string; hukouType?: string; address?: string; mobile?: string },
  stored: RegistrationData | undefined,
): { fields: RegistrationData; problems: RegistrationDataProblem[] } {
  const problems: RegistrationDataProblem[] = []
  const ethnicity = given.ethnicity ?? stored?.ethnicity ?? null
  const ethnicityProblem = checkEthnicity(ethnicity)
  if (ethnicityProblem) problems.push(ethnicityProblem)

  const rawAddress = given.address !== undefined ? given.address.trim() : (stored?.address ?? null)
  const address = rawAddress === '' ? null : rawAddress
  const addressProblem = checkAddress(address)
  if (addressProblem) problems.push(addressProblem)

  const rawMobile = given.mobile !== undefined ? given.mobile.trim() : (stored?.mobile ?? null)
  const mobile = rawMobile === '' ? null : rawMobile
  const mobileProblem = checkMobile(mobile)
  if (mobileProblem) problems.push(mobileProblem)

  const hukouType = given.hukouType ?? stored?.hukou_type ?? null
  const hukouProblem = checkHukouType(hukouType)
  if (hukouProblem) problems.push(hukouProblem)

  return { fields: { ethnicity, hukou_type: hukouType, address, mobile }, problems }
}

/** 户口性质 → 本地户籍 (§1.5 hukou restriction): LOCAL_* is local; none or unknown: not said. */
export function isLocalHukou(hukouType: string | null | undefined): boolean | undefined {
  return isHukouType(hukouType) ? hukouType.startsWith('LOCAL_') : undefined
}

/**
 * §1.8 更正联系方式: a new mobile and/or address (trimmed), checked by the rules of registration; neither
 * given is CONTACT_NOTHING_TO_CHANGE. Problems in the order 手机号码, 联系地址.
 */
export function checkContactCorrection(given: { mobile?: string; address?: string }): {
  mobile?: string
  address?: string
  problems: RegistrationDataProblem[]
} {
  if (given.mobile === undefined && given.address === undefined)
    return { problems: [dataProblem('CONTACT_NOTHING_TO_CHANGE', {})] }
  const mobile = given.mobile?.trim()
  const address = given.address?.trim()
  const problems: RegistrationDataProblem[] = []
  if (mobile !== undefined) {
    const p = checkMobile(mobile)
    if (p) problems.push(p)
  }
  if (address !== undefined) {
    const p = checkAddress(address)
    if (p) problems.push(p)
  }
  return { mobile, address, problems }
}
