/**
 * 实名认证 as data. The real name comes from a verifier, never from what is typed alone:
 *   H5 (IDENTITY_STEPS):  name + ID number + a mobile in the person's own name (form) → the code sent to that
 *                         mobile (code) → done. Nothing is bound before the code.
 *   WeChat / Alipay:      the platform's verified real name, shown masked (form) → authorised → done.
 * Pure: no React, no Taro.
 */
import type { ApiError } from '@/api/client'
import type { MobileCheckStarted } from '@/api/schema'
import { idNumberProblem, isSmsCode, mobileProblem, nameProblem } from '@/domain/fields'
import { validateId, type IdInfo } from '@/domain/id'
import { withAttemptsLeft } from './refusal'
import type { Step } from './steps'

export type IdentityStepId = 'form' | 'code' | 'done'

export const IDENTITY_STEPS: readonly Step<IdentityStepId>[] = [
  { id: 'form', label: '填写姓名、身份证号码和本人手机号码', fields: ['name', 'idNumber', 'mobile'] },
  { id: 'code', label: '短信验证码', fields: ['code'] },
  { id: 'done', label: '实名认证成功', fields: [] },
]

export interface IdentityState {
  step: IdentityStepId
  name: string
  idNumber: string
  mobile: string
  code: string
  idTouched: boolean
  nameError?: string
  mobileError?: string
  codeError?: string
  /** the check the server started (its id and the masked mobile): the code step */
  check?: MobileCheckStarted
  /** when a new code may be asked for (ms) */
  resendAt?: number
}

export const initialIdentity: IdentityState = {
  step: 'form',
  name: '',
  idNumber: '',
  mobile: '',
  code: '',
  idTouched: false,
}

export type IdentityAction =
  | { type: 'name'; value: string }
  | { type: 'idNumber'; value: string }
  | { type: 'idBlur' }
  | { type: 'mobile'; value: string }
  | { type: 'code'; value: string }
  /** 获取验证码 tapped: every field is checked */
  | { type: 'send' }
  | { type: 'started'; check: MobileCheckStarted; now: number }
  /** the server says to wait before asking again */
  | { type: 'wait'; seconds: number; now: number }
  /** 提交认证 tapped: the code is checked */
  | { type: 'submit' }
  /** bound: the full number leaves the page's memory; from now on only the masked one is shown */
  | { type: 'done' }
  /** 修改填写的信息: back to the form */
  | { type: 'edit' }

export function identity(s: IdentityState, a: IdentityAction): IdentityState {
  switch (a.type) {
    case 'name':
      return { ...s, name: a.value }
    case 'idNumber':
      return { ...s, idNumber: a.value.replace(/\s/g, '').toUpperCase() }
    case 'idBlur':
      return { ...s, idTouched: true }
    case 'mobile':
      return { ...s, mobile: a.value.replace(/\D/g, '') }
    case 'code':
      return { ...s, code: a.value }
    case 'send':
      return { ...s, idTouched: true, nameError: nameProblem(s.name), mobileError: mobileProblem(s.mobile) }
    case 'started':
      return { ...s, step: 'code', check: a.check, resendAt: a.now + a.check.resendInSeconds * 1000 }
    case 'wait':
      return { ...s, resendAt: a.now + a.seconds * 1000 }
    case 'submit':
      return { ...s, codeError: isSmsCode(s.code) ? undefined : '请输入短信中的6位数字验证码。' }
    case 'done':
      return { ...s, step: 'done', idNumber: '', code: '' }
    case 'edit':
      return { ...s, step: 'form', check: undefined, code: '' }
  }
}

/** The ID number field's message (nothing while it may still become valid). */
export const idError = (s: IdentityState) => idNumberProblem(s.idNumber, s.idTouched)

/** Birth date and sex as the number gives them, once it is valid. */
export function idDerived(s: IdentityState): IdInfo | undefined {
  const r = validateId(s.idNumber.trim())
  return r.ok ? r.value : undefined
}

/** What to send to start the check, or undefined while a field is wrong (after `send`). */
export function startBody(s: IdentityState): { name: string; idNumber: string; mobile: string } | undefined {
  if (s.nameError || s.mobileError || idNumberProblem(s.idNumber, true)) return undefined
  return { name: s.name.trim(), idNumber: s.idNumber.trim().toUpperCase(), mobile: s.mobile }
}

/** The code to confirm the check with, or undefined (after `submit`). */
export function confirmBody(s: IdentityState): { checkId: string; code: string } | undefined {
  if (!s.check || s.codeError) return undefined
  return { checkId: s.check.checkId, code: s.code }
}

export function sendLabel(s: IdentityState, countdown: number): string {
  return countdown > 0 ? `${countdown}秒后可重新获取` : s.check ? '重新获取验证码' : '获取验证码'
}

/** A refusal of the check: the server's words, with the tries left; a "wait" says how long. */
export function identityRefusal(e: ApiError): { error: ApiError; waitSeconds?: number } {
  if (e.code === 'SMS_RESEND_TOO_SOON') return { error: e, waitSeconds: Number(e.detail?.retryAfterSeconds ?? 60) }
  return { error: withAttemptsLeft(e) }
}
