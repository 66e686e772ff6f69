/**
 * 参保登记 (and 变更参保地) as one reducer, its steps as data: 阅读参保须知 → 填写登记信息 → 登记完成, plus the
 * 'view' stage of someone already registered. Pure: no React, no Taro. The form itself (fields, refusals,
 * formView, the request body): form.model.ts, re-exported here.
 */
import type { ApiError } from '@/api/client'
import type { RegisterResult, RegistrationStatus } from '@/api/schema'
import { EMPTY_FORM, formOf, withoutProblemsOf, type Form } from './form.model'

export * from './form.model'

export type StepId = 'notice' | 'form' | 'done'
export type Stage = 'view' | StepId

export interface RegisterState {
  stage: Stage
  agreed: boolean
  form: Form
  /** after a first 提交: the form's own problems are recomputed on every change */
  attempted: boolean
  /** the server's refusal; a problem leaves it when its field is changed */
  refused?: ApiError
  result?: RegisterResult
  /** the first answer (and the draft) has been taken in */
  loaded: boolean
}

/** The steps, in order: each says whether it may be entered. */
export const STEPS: readonly { id: StepId; label: string; mayEnter: (s: RegisterState) => boolean }[] = [
  { id: 'notice', label: '阅读参保须知', mayEnter: () => true },
  { id: 'form', label: '填写登记信息', mayEnter: (s) => s.agreed },
  { id: 'done', label: '登记完成', mayEnter: (s) => !!s.result },
]
export const STEP_LABELS = STEPS.map((s) => s.label)

/** Where the Steps bar stands: the current step, or past the last one when done. */
export function stepIndex(stage: Stage): number {
  return stage === 'done'
    ? STEPS.length
    : Math.max(
        0,
        STEPS.findIndex((s) => s.id === stage),
      )
}

/** What is kept as the draft (never an ID number). */
export interface Draft {
  stage: 'notice' | 'form'
  agreed: boolean
  form: Form
}

export const initialState: RegisterState = {
  stage: 'notice',
  agreed: false,
  form: EMPTY_FORM,
  attempted: false,
  loaded: false,
}

export type Action =
  | { type: 'loaded'; registration: RegistrationStatus; draft?: Draft }
  | { type: 'agree'; agreed: boolean }
  | { type: 'goTo'; stage: StepId }
  | { type: 'startChange'; registration: RegistrationStatus }
  | { type: 'cancelChange' }
  | { type: 'set'; patch: Partial<Form> }
  | { type: 'attempt'; valid: boolean }
  | { type: 'refused'; error?: ApiError }
  | { type: 'registered'; result: RegisterResult }

export function reducer(s: RegisterState, a: Action): RegisterState {
  switch (a.type) {
    case 'loaded': {
      const draft = !s.loaded && !a.registration.registered ? a.draft : undefined
      const next = draft ? { ...s, agreed: draft.agreed, form: { ...EMPTY_FORM, ...draft.form } } : s
      const stage: Stage =
        s.stage === 'done' || s.stage === 'form'
          ? s.stage
          : a.registration.registered
            ? 'view'
            : draft?.stage === 'form' && draft.agreed
              ? 'form'
              : s.loaded
                ? s.stage
                : 'notice'
      return { ...next, stage, loaded: true }
    }
    case 'agree':
      return { ...s, agreed: a.agreed }
    case 'goTo': {
      const step = STEPS.find((x) => x.id === a.stage)
      return step && step.mayEnter(s) ? { ...s, stage: a.stage } : s
    }
    case 'startChange':
      return { ...s, form: formOf(a.registration), stage: 'form', attempted: false, refused: undefined }
    case 'cancelChange':
      return { ...s, stage: 'view', attempted: false, refused: undefined }
    case 'set':
      return { ...s, form: { ...s.form, ...a.patch }, refused: withoutProblemsOf(s.refused, Object.keys(a.patch)) }
    case 'attempt':
      return { ...s, attempted: true, refused: a.valid ? s.refused : undefined }
    case 'refused':
      return { ...s, refused: a.error }
    case 'registered':
      return { ...s, result: a.result, stage: 'done', attempted: false, refused: undefined }
  }
}

/** Registering (not yet registered, before 登记完成). */
export function isRegistering(s: RegisterState, registration: RegistrationStatus | undefined): boolean {
  return !!registration && !registration.registered && (s.stage === 'notice' || s.stage === 'form')
}

/** Anything entered worth keeping as a draft. */
export function isFilled(s: RegisterState): boolean {
  const f = s.form
  return (
    s.agreed || !!f.address.trim() || !!f.mobile.trim() || !!f.category || !!f.region || !!f.employee || !!f.hukouType
  )
}

export function draftOf(s: RegisterState): Draft {
  return { stage: s.stage === 'form' ? 'form' : 'notice', agreed: s.agreed, form: s.form }
}
