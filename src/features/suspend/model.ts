/**
 * 停保/续保 as one reducer. What is offered comes from the server's answer (suspensionOptions: the reasons
 * and the range of stop dates the engine allows, src/domain/suspension.ts); the page only asks for the
 * answers the form needs and shows the result. Pure: no React, no Taro.
 */
import { ApiError } from '@/api/client'
import type { RegistrationStatus, SuspensionOptions } from '@/api/schema'
import { formatMonthZh } from '@/domain/month'
import { SUSPEND_REASONS, type SuspendReason } from '@/utils/labels'

/** Where the person stands, which decides what the page offers. */
export type Stage = 'unregistered' | 'active' | 'suspended' | 'resumed'

export function stageOf(status: RegistrationStatus, resumed: boolean): Stage {
  if (!status.registered) return 'unregistered'
  if (status.status === 'SUSPENDED') return 'suspended'
  return resumed ? 'resumed' : 'active'
}

/** The 停保 form's answers, in order, each with what to say while it is missing. */
export const SUSPEND_FIELDS = [
  { id: 'reason', missing: '请选择停保原因。' },
  { id: 'stopDate', missing: '请选择停保日期。' },
] as const
export type SuspendField = (typeof SUSPEND_FIELDS)[number]['id']

export interface SuspendState {
  reason?: SuspendReason
  stopDate?: string
  fieldErrors: Partial<Record<SuspendField, string>>
  /** the form's own refusal, or the server's check (before anything is asked to be confirmed) */
  error?: ApiError
  checking: boolean
  /** 已办理停保：… after a suspension */
  notice?: string
  /** just resumed: a success state with the way on (去缴费核定), not the 停保 form again */
  resumed: boolean
}

export const initialState: SuspendState = { fieldErrors: {}, checking: false, resumed: false }

export type Action =
  | { type: 'reason'; reason: SuspendReason }
  | { type: 'stopDate'; stopDate: string }
  | { type: 'attempt' }
  | { type: 'checking'; checking: boolean }
  | { type: 'error'; error?: ApiError }
  | { type: 'suspended'; status: RegistrationStatus; stopDate: string }
  | { type: 'resumed' }

/** The missing answers, as the form says them. */
export function missing(s: Pick<SuspendState, 'reason' | 'stopDate'>): Partial<Record<SuspendField, string>> {
  const out: Partial<Record<SuspendField, string>> = {}
  for (const f of SUSPEND_FIELDS) if (!s[f.id]) out[f.id] = f.missing
  return out
}

export function reducer(s: SuspendState, a: Action): SuspendState {
  switch (a.type) {
    case 'reason':
      return { ...s, reason: a.reason, fieldErrors: { ...s.fieldErrors, reason: undefined } }
    case 'stopDate':
      return { ...s, stopDate: a.stopDate, fieldErrors: { ...s.fieldErrors, stopDate: undefined } }
    case 'attempt': {
      const fieldErrors = missing(s)
      const problems = Object.values(fieldErrors).map((message) => ({ code: 'FORM', message }))
      const error =
        problems.length > 0 ? new ApiError('FORM_INCOMPLETE', problems[0].message, 0, {}, problems) : undefined
      return { ...s, fieldErrors, error }
    }
    case 'checking':
      return { ...s, checking: a.checking }
    case 'error':
      return { ...s, error: a.error }
    case 'suspended':
      return {
        ...s,
        resumed: false,
        reason: undefined,
        stopDate: undefined,
        notice: `已办理停保：自${formatMonthZh(a.status.suspendedFrom ?? a.stopDate.slice(0, 7))}起停保。`,
      }
    case 'resumed':
      return { ...s, notice: undefined, resumed: true }
  }
}

/** The reasons offered: the server's (the person themself is never offered 参保人死亡), with their labels. */
export function offeredReasons(options: SuspensionOptions | undefined) {
  return SUSPEND_REASONS.filter((r) => !options || options.reasons.includes(r.value))
}

/** Where the date picker opens: today, moved into the range the server allows. */
export function pickerStart(options: SuspensionOptions | undefined, today: string): string {
  if (!options) return today
  if (today < options.earliestStopDate) return options.earliestStopDate
  if (today > options.latestStopDate) return options.latestStopDate
  return today
}

/** The records to revoke first, when the server's refusal names them. */
export function openRecordsOf(error: ApiError | undefined): string[] {
  return error?.code === 'SUSPEND_OPEN_ASSESSMENTS' && Array.isArray(error.detail.assessments)
    ? (error.detail.assessments as string[])
    : []
}

export const suspendConfirmText = (stopDate: string) =>
  `停保后，${formatMonthZh(stopDate.slice(0, 7))}及以后的月份不能再核定缴费；已缴费的月份仍保留在您的参保记录中。如需继续缴费，须另行办理续保。确定要停保吗？`

export const RESUME_CONFIRM_TEXT =
  '续保后，从本月起恢复参保，可继续办理缴费核定。停保期间的月份能否补缴，按参保地的补缴规定办理。确定要续保吗？'
