/**
 * 参保登记's form: its fields, the refusal of each field, what the form shows (formView) and the request body
 * it sends. Pure: no React, no Taro. The field checks are the engine's (src/domain/registration-form.ts); what
 * the server refused stays next to its field until that field changes. The steps and the reducer: model.ts.
 */
import { ApiError } from '@/api/client'
import type { Region, RegisterBody, RegistrationStatus } from '@/api/schema'
import { DEFAULT_ETHNICITY, type HukouType } from '@/domain/ethnicities'
import { checkRegistrationForm, type FormProblem, type RegistrationField } from '@/domain/registration-form'
import type { CategoryCode, EmployeeStatus } from '@/utils/labels'
import type { RegisterState } from './model'

export interface Form {
  /** H5 accounts: use the login phone (the app never holds it unmasked) or type another number */
  mobileChoice?: 'login' | 'other'
  category?: CategoryCode
  region?: string
  district?: string
  employee?: EmployeeStatus
  postType?: 'cadre' | 'worker'
  ethnicity: string
  hukouType?: HukouType
  address: string
  mobile: string
}

export const EMPTY_FORM: Form = { ethnicity: DEFAULT_ETHNICITY, address: '', mobile: '' }

/** Which field a refusal belongs to (the rest are shown in the summary only). */
export const FIELD_OF: Record<string, RegistrationField> = {
  CATEGORY_NOT_ELIGIBLE: 'category',
  REGION_REQUIRED: 'region',
  HUKOU_RESTRICTED: 'region',
  DISTRICT_NOT_ALLOWED: 'district',
  EMPLOYEE_INSURANCE_ACTIVE: 'employee',
  FEMALE_CATEGORY_REQUIRED: 'postType',
  AGE_AT_OR_ABOVE_RETIREMENT: 'person',
  AGE_BELOW_MIN: 'person',
  ETHNICITY_REQUIRED: 'ethnicity',
  ETHNICITY_INVALID: 'ethnicity',
  HUKOU_TYPE_INVALID: 'hukouType',
  ADDRESS_REQUIRED: 'address',
  ADDRESS_INVALID: 'address',
  ADDRESS_CHARS_INVALID: 'address',
  MOBILE_REQUIRED: 'mobile',
  MOBILE_INVALID: 'mobile',
}

/** The server's problems that stay once `changed` fields were edited (a field's problem leaves with its change). */
export function withoutProblemsOf(error: ApiError | undefined, changed: readonly string[]): ApiError | undefined {
  if (!error) return error
  const fields = new Set(changed)
  if (fields.has('region')) fields.add('district')
  if (fields.has('mobileChoice')) fields.add('mobile')
  const left = error.problems.filter((p) => {
    const f = FIELD_OF[p.code]
    return !(f && fields.has(f)) && !(f === 'person' && fields.has('postType'))
  })
  if (left.length === error.problems.length) return error
  return left.length > 0 ? new ApiError(error.code, left[0].message, error.status, error.detail, left) : undefined
}

/** The form of a 变更参保地: the current registration's data (the mobile is only seen masked: left blank). */
export function formOf(r: RegistrationStatus): Form {
  return {
    ...EMPTY_FORM,
    region: r.region ?? undefined,
    district: r.district ?? undefined,
    category: (r.category ?? undefined) as CategoryCode | undefined,
    ethnicity: r.ethnicity ?? DEFAULT_ETHNICITY,
    hukouType: (r.hukouType ?? undefined) as HukouType | undefined,
    address: r.address ?? '',
  }
}

export interface Context {
  registration: RegistrationStatus
  regions: readonly Region[]
  /** H5 accounts signed in by phone: the number (masked) that can be reused without the app holding it */
  loginPhone?: string
}

/** What the form shows, derived from the state and the answers. */
export function formView(s: RegisterState, ctx: Context) {
  const current = ctx.registration
  const changing = current.registered
  /**
   * Where a registered person may move (RULES.md §1: a region whose rules refuse re-registration answers
   * ALREADY_REGISTERED): their own region (another district) and the regions that allow a change.
   */
  const offered = changing
    ? ctx.regions.filter((r) => r.code === current.region || r.reregister === 'change_region')
    : [...ctx.regions]
  const notOffered = changing ? ctx.regions.filter((r) => !offered.includes(r)) : []
  const region = offered.find((r) => r.code === s.form.region)
  /** On a region change a blank mobile keeps the stored one (the app only sees it masked). */
  const keepMobile = changing && !!current.mobileMasked
  const mobileChoice: 'login' | 'other' = !keepMobile && ctx.loginPhone ? (s.form.mobileChoice ?? 'login') : 'other'
  const typedMobile = mobileChoice === 'other' && !(keepMobile && !s.form.mobile.trim()) ? s.form.mobile : undefined

  const local = (): FormProblem[] =>
    checkRegistrationForm({
      category: s.form.category,
      region: s.form.region,
      districtsOfRegion: region?.districts.map((d) => d.code) ?? [],
      district: s.form.district,
      employeeInsuranceStatus: s.form.employee,
      ethnicity: s.form.ethnicity,
      hukouType: s.form.hukouType,
      address: s.form.address,
      mobile: typedMobile,
    })
  // the form's own problems (live after a first 提交), then the server's that are about unchanged fields
  const own = s.attempted ? local() : []
  const remote: FormProblem[] = (s.refused?.problems ?? [])
    .map((p) => ({ code: p.code, message: p.message, field: FIELD_OF[p.code] }))
    .filter((p) => !own.some((l) => l.field && l.field === p.field))
  const problems = [...own, ...remote]
  const fieldErrors: Partial<Record<RegistrationField, string>> = {}
  for (const p of problems) if (p.field && !fieldErrors[p.field]) fieldErrors[p.field] = p.message
  const error =
    problems.length > 0
      ? new ApiError(
          s.refused?.code ?? 'FORM_INCOMPLETE',
          problems[0].message,
          s.refused?.status ?? 0,
          s.refused?.detail ?? {},
          problems.map(({ code, message }) => ({ code, message })),
        )
      : undefined

  return { changing, offered, notOffered, region, keepMobile, mobileChoice, local, error, fieldErrors }
}

/** The request body of a form that passed its checks. */
export function bodyOf(form: Form, mobileChoice: 'login' | 'other'): RegisterBody {
  return {
    region: form.region!,
    category: form.category!,
    employeeInsuranceStatus: form.employee,
    ...(form.district ? { district: form.district } : {}),
    ...(form.postType ? { postType: form.postType } : {}),
    ethnicity: form.ethnicity,
    address: form.address.trim(),
    ...(mobileChoice === 'login'
      ? { mobileFromLogin: true }
      : form.mobile.trim()
        ? { mobile: form.mobile.trim() }
        : {}),
    ...(form.hukouType ? { hukouType: form.hukouType } : {}),
  }
}

/** A registered person's district shown with the region, never "武汉市 · 武汉市". */
export function regionText(r: RegistrationStatus, region?: Region): string {
  const found = region?.districts.find((d) => d.code === r.district)?.name
  const district = found && found !== (r.regionName ?? region?.name) ? found : undefined
  return `${r.regionName ?? r.region ?? '—'}${district ? ` · ${district}` : ''}`
}

/** The note under the region picker of a region change: where a move is possible, and why not elsewhere. */
export function notOfferedText(
  offered: readonly Region[],
  notOffered: readonly Region[],
  currentRegion: string | null,
): string | undefined {
  if (notOffered.length === 0) return undefined
  const where =
    offered.length === 1 && offered[0].code === currentRegion
      ? `您可以在${offered[0].name}内变更参保区县。`
      : `可在线变更到：${offered.map((r) => r.name).join('、')}。`
  return `${where}${notOffered.map((r) => r.name).join('、')}按当地规定不接受已参保人员在线变更参保地；如需转到这些地区，请到当地社保经办机构办理转移接续。`
}
