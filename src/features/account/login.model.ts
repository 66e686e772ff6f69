/**
 * 登录 as data: agree to the privacy notice (consent) → choose how to sign in (method: WeChat / Alipay in
 * their mini-programs, a mobile number on H5) → the SMS code (code, H5 only) → signed in. Which of these shows
 * follows from the facts (consent given, already signed in) and the reducer's step. Pure: no React, no Taro.
 */
import type { ApiError } from '@/api/client'
import { isSmsCode, mobileProblem } from '@/domain/fields'
import type { Step } from './steps'

export type LoginStepId = 'consent' | 'method' | 'code' | 'signedIn'

export const LOGIN_STEPS: readonly Step<LoginStepId>[] = [
  { id: 'consent', label: '隐私保护提示', fields: [] },
  { id: 'method', label: '选择登录方式', fields: ['phone'] },
  { id: 'code', label: '短信验证码', fields: ['phone', 'code'] },
  { id: 'signedIn', label: '已登录', fields: [] },
]

export interface LoginState {
  step: Exclude<LoginStepId, 'consent'>
  phone: string
  code: string
  phoneError?: string
  codeError?: string
  /** the code itself, shown only by the test environment's server */
  devCode?: string
  /** after sending: to which number, for how long */
  sentNote?: string
  /** when a new code may be asked for (ms) */
  resendAt?: number
}

export const initialLogin: LoginState = { step: 'method', phone: '', code: '' }

export type LoginAction =
  | { type: 'phone'; value: string }
  | { type: 'code'; value: string }
  /** 获取验证码 tapped: the number is checked first */
  | { type: 'send' }
  | { type: 'sent'; expiresInSeconds: number; devCode?: string; now: number }
  /** 登录 tapped: number and code are checked first */
  | { type: 'verify' }
  | { type: 'signedIn' }

const CODE_MESSAGE = '请输入短信中的6位数字验证码。'
export const RESEND_SECONDS = 60

export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`

export function login(s: LoginState, a: LoginAction): LoginState {
  switch (a.type) {
    case 'phone':
      return { ...s, phone: a.value.replace(/\D/g, '') }
    case 'code':
      return { ...s, code: a.value }
    case 'send':
      return { ...s, phoneError: mobileProblem(s.phone) }
    case 'sent':
      return {
        ...s,
        step: 'code',
        devCode: a.devCode,
        sentNote: `验证码已发送至 ${maskPhone(s.phone)}，${Math.round(a.expiresInSeconds / 60)}分钟内有效。`,
        codeError: undefined,
        resendAt: a.now + RESEND_SECONDS * 1000,
      }
    case 'verify':
      return { ...s, phoneError: mobileProblem(s.phone), codeError: isSmsCode(s.code) ? undefined : CODE_MESSAGE }
    case 'signedIn':
      return { ...s, step: 'signedIn' }
  }
}

/** May the SMS be asked for / the code be sent (after the reducer checked the fields)? */
export const canSend = (s: LoginState) => !s.phoneError
export const canVerify = (s: LoginState) => !s.phoneError && !s.codeError

/** The code field's message: the local check, else how many tries a wrong code leaves. */
export function codeMessage(s: LoginState, error?: ApiError): string | undefined {
  if (s.codeError) return s.codeError
  if (error?.code !== 'SMS_CODE_INVALID') return undefined
  const left = Number(error.detail.attemptsLeft)
  return Number.isFinite(left) ? `验证码不正确，还可以再试 ${left} 次；用完后需重新获取验证码。` : undefined
}

/**
 * What the page shows: the privacy notice until agreed; "您已登录" for someone who came here signed in
 * (not while this page is signing them in); otherwise the reducer's step.
 */
export function loginView(
  facts: { consented: boolean; signedIn: boolean; pending: boolean },
  s: LoginState,
): LoginStepId | 'already' {
  if (!facts.consented) return 'consent'
  if (facts.signedIn && !facts.pending && s.step !== 'signedIn') return 'already'
  return s.step
}
