/**
 * 登录 wired to the platform and the backend: one submit for every way of signing in (a double tap sends
 * nothing twice), the session store signs in, and the user continues where they came from (`next`/`nextq`)
 * or to 实名认证 first.
 */
import { useReducer } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { LoginResult, SmsSendResult } from '@/api/schema'
import { useSubmit } from '@/query/submit'
import { Route } from '@/routes'
import { continueAfterSignIn, continueLabel, returnParams } from '@/routing/auth'
import { hasConsent, useConsent } from '@/store/consent'
import { hasValidSession, useSession } from '@/store/session'
import { useCountdown } from '@/utils/countdown'
import { replace } from '@/utils/nav'
import { canSend, canVerify, codeMessage, initialLogin, login, loginView } from './login.model'

const env = process.env.TARO_ENV

/** Leaves when the user does not agree: mini-programs close where they can, otherwise back to 首页. */
export function leaveWithoutConsent() {
  if (env !== 'h5') {
    const exit = (Taro as unknown as { exitMiniProgram?: (o?: object) => Promise<unknown> }).exitMiniProgram
    if (typeof exit === 'function') {
      try {
        return exit({}).catch(() => replace(Route.Home))
      } catch {
        /* not available on this client: fall through */
      }
    }
  }
  return replace(Route.Home)
}

/** Alipay's silent auth code (scope auth_base): Taro.getAuthCode, else the `my` global. */
function alipayAuthCode(): Promise<string> {
  const t = Taro as unknown as { getAuthCode?: (o: object) => Promise<{ authCode?: string }> }
  if (typeof t.getAuthCode === 'function') {
    return t.getAuthCode({ scopes: 'auth_base' }).then((r) => r.authCode ?? '')
  }
  const my = (globalThis as unknown as { my?: { getAuthCode: (o: object) => void } }).my
  return new Promise((resolve, reject) => {
    if (!my) return reject(new ApiError('LOGIN_UNAVAILABLE', '当前环境不支持支付宝授权，请在支付宝中打开。'))
    my.getAuthCode({
      scopes: 'auth_base',
      success: (r: { authCode?: string }) => resolve(r.authCode ?? ''),
      fail: () => reject(new ApiError('LOGIN_CANCELLED', '未能获取支付宝授权，请重试。')),
    })
  })
}

type LoginAct =
  | { kind: 'wechat' }
  | { kind: 'alipay' }
  | { kind: 'send'; phone: string }
  | { kind: 'verify'; phone: string; code: string }

async function signInBy(a: LoginAct): Promise<{ signedIn?: LoginResult; sent?: SmsSendResult }> {
  switch (a.kind) {
    case 'wechat': {
      const { code } = await Taro.login()
      if (!code) throw new ApiError('LOGIN_CANCELLED', '未能获取微信登录凭证，请重试。')
      return { signedIn: await api.loginWechat(code) }
    }
    case 'alipay':
      return { signedIn: await api.loginAlipay(await alipayAuthCode()) }
    case 'send':
      return { sent: await api.sendSms(a.phone) }
    case 'verify':
      return { signedIn: await api.verifySms(a.phone, a.code) }
  }
}

/** 实名认证 next, with the same return target. */
const toIdentity = (params: Record<string, string | undefined>) =>
  returnParams('Login', params as Record<string, string>)

export function useLogin() {
  const params = useRouter().params as Record<string, string | undefined>
  const consented = hasConsent({ version: useConsent((s) => s.version) })
  const agree = useConsent((s) => s.agree)
  const signIn = useSession((s) => s.signIn)
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const [state, dispatch] = useReducer(login, initialLogin)
  const submit = useSubmit(signInBy)
  const countdown = useCountdown(state.resendAt)

  function finish(result: LoginResult) {
    // first the step, so that this page does not flash "您已登录" while it leaves
    dispatch({ type: 'signedIn' })
    signIn(result.token, result.expiresAt, result.account)
    if (!result.account.identity) return replace(Route.Identity, toIdentity(params))
    return continueAfterSignIn(params)
  }

  async function go(a: LoginAct) {
    const r = await submit.run(a)
    if (r?.sent)
      dispatch({ type: 'sent', expiresInSeconds: r.sent.expiresInSeconds, devCode: r.sent.devCode, now: Date.now() })
    if (r?.signedIn) await finish(r.signedIn)
  }

  return {
    view: loginView({ consented, signedIn: hasValidSession({ token, expiresAt }), pending: submit.pending }, state),
    state,
    account,
    continueText: continueLabel(params),
    agree,
    leave: () => void leaveWithoutConsent(),
    continueSignedIn: () =>
      void (account?.identity ? continueAfterSignIn(params) : replace(Route.Identity, toIdentity(params))),
    setPhone: (value: string) => dispatch({ type: 'phone', value }),
    setCode: (value: string) => dispatch({ type: 'code', value }),
    sendCode: () => {
      const next = login(state, { type: 'send' })
      dispatch({ type: 'send' })
      if (canSend(next)) void go({ kind: 'send', phone: state.phone })
    },
    verify: () => {
      const next = login(state, { type: 'verify' })
      dispatch({ type: 'verify' })
      if (canVerify(next)) void go({ kind: 'verify', phone: state.phone, code: state.code })
    },
    loginWechat: () => void go({ kind: 'wechat' }),
    loginAlipay: () => void go({ kind: 'alipay' }),
    countdown,
    codeError: codeMessage(state, submit.error),
    pending: submit.pending,
    error: submit.error,
  }
}
