/**
 * The 参保登记 form's field checks (RULES.md §1.8 registration data, §1 registration), one function per field,
 * so the app's form says what the server says: 民族, 户口性质, 联系地址, 手机号码 and the contact correction are
 * the engine's own checks (./registration, which the server runs too), put on the form's fields. The remaining checks only make the form complete before
 * it is sent (the server asks for these answers in its own refusals, e.g. REGION_REQUIRED).
 */
import { refusal } from './errors'
import { FORM_COMPLETENESS_MESSAGES, REGISTRATION_DATA_MESSAGES } from './messages'
import {
  REGISTRATION_CATEGORIES,
  checkAddress,
  checkContactCorrection,
  checkEthnicity as checkEthnicityData,
  checkHukouType as checkHukouTypeData,
  checkMobile,
} from './registration'

/** The form's fields a problem can belong to ('person': the identity data, e.g. the age rules). */
export type RegistrationField =
  | 'category'
  | 'region'
  | 'district'
  | 'employee'
  | 'postType'
  | 'person'
  | 'ethnicity'
  | 'hukouType'
  | 'address'
  | 'mobile'

export interface FormProblem {
  code: string
  message: string
  field?: RegistrationField
}

/** An engine contact problem as a problem of the form's field. */
const onField = (p: { code: string; message: string } | null, field: RegistrationField): FormProblem | null =>
  p && { code: p.code, message: p.message, field }

const isBlank = (v: string | null | undefined) => v === undefined || v === null || v.trim() === ''

const problem = (
  code: keyof typeof REGISTRATION_DATA_MESSAGES | keyof typeof FORM_COMPLETENESS_MESSAGES,
  field?: RegistrationField,
): FormProblem => ({
  code,
  message:
    code in REGISTRATION_DATA_MESSAGES
      ? REGISTRATION_DATA_MESSAGES[code as keyof typeof REGISTRATION_DATA_MESSAGES]
      : FORM_COMPLETENESS_MESSAGES[code as keyof typeof FORM_COMPLETENESS_MESSAGES],
  ...(field ? { field } : {}),
})

/** §1.8 民族 (the engine's check, on the form's field). */
export const checkEthnicity = (value: string | null | undefined): FormProblem | null =>
  onField(checkEthnicityData(value), 'ethnicity')

/** §1.8 户口性质: optional — a blank choice is not given (the engine's check otherwise). */
export const checkHukouType = (value: string | null | undefined): FormProblem | null =>
  isBlank(value) ? null : onField(checkHukouTypeData(value), 'hukouType')

/** §1.2 参保身份: answered, and one of the three flexible-employment categories (CATEGORY_NOT_ELIGIBLE). */
export function checkCategory(value: string | null | undefined): FormProblem | null {
  if (isBlank(value)) return problem('CATEGORY_REQUIRED', 'category')
  if (!(REGISTRATION_CATEGORIES as readonly string[]).includes(value as string)) {
    const r = refusal('CATEGORY_NOT_ELIGIBLE')
    return { code: r.code, message: r.message, field: 'category' }
  }
  return null
}

/** 参保地区 (REGION_REQUIRED, the engine's words), then its 区县 when the region has any. */
export function checkRegion(
  region: string | null | undefined,
  district: string | null | undefined,
  districtsOfRegion: readonly string[],
): FormProblem | null {
  if (isBlank(region)) {
    const r = refusal('REGION_REQUIRED')
    return { code: r.code, message: r.message, field: 'region' }
  }
  if (districtsOfRegion.length > 0 && isBlank(district)) return problem('DISTRICT_REQUIRED', 'district')
  return null
}

/** §1.3: whether the person is insured through an employer must be answered (the rule itself is the server's). */
export function checkEmployeeStatus(value: string | null | undefined): FormProblem | null {
  return isBlank(value) ? problem('EMPLOYEE_STATUS_REQUIRED', 'employee') : null
}

export interface RegistrationFormInput {
  category?: string
  region?: string
  /** the chosen region's 区县 codes (none: the region is its own) */
  districtsOfRegion: readonly string[]
  district?: string
  employeeInsuranceStatus?: string
  ethnicity?: string
  hukouType?: string
  address: string
  /** the mobile typed, when a typed one is sent; undefined when the login phone or the stored one is used */
  mobile?: string
}

/** Every problem of the form at once (一次性告知), in the order the form shows its fields. */
export function checkRegistrationForm(f: RegistrationFormInput): FormProblem[] {
  const problems: (FormProblem | null)[] = [
    checkCategory(f.category),
    checkRegion(f.region, f.district, f.districtsOfRegion),
    checkEmployeeStatus(f.employeeInsuranceStatus),
    checkEthnicity(f.ethnicity),
    checkHukouType(f.hukouType),
    onField(checkAddress(f.address), 'address'),
    f.mobile === undefined ? null : onField(checkMobile(f.mobile), 'mobile'),
  ]
  return problems.filter((p): p is FormProblem => !!p)
}

export interface ContactChange {
  mobile?: string
  mobileFromLogin?: boolean
  address?: string
}

/** 更正联系方式: the engine's check of a contact correction; with the login phone as the new mobile, only the address. */
export function checkContactChange(change: ContactChange): FormProblem[] {
  if (change.mobileFromLogin && change.mobile === undefined) {
    const p = change.address === undefined ? null : onField(checkAddress(change.address.trim()), 'address')
    return p ? [p] : []
  }
  return checkContactCorrection({ mobile: change.mobile, address: change.address }).problems.map((p) =>
    p.code === 'CONTACT_NOTHING_TO_CHANGE'
      ? { code: p.code, message: p.message }
      : { code: p.code, message: p.message, field: p.code.startsWith('MOBILE') ? 'mobile' : 'address' },
  )
}
