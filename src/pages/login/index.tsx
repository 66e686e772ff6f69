import { useEffect, useRef, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import Taro, { useRouter, useUnload } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { LoginResult } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { CodeField, Field } from '@/components/Form'
import { Route } from '@/routes'
import { hasConsent, useConsent } from '@/store/consent'
import { hasValidSession, useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { continueAfterSignIn } from '@/routing/auth'
import { go, replace } from '@/utils/nav'
import './index.css'
import { usePageClass } from '@/store/prefs'

const env = process.env.TARO_ENV
const PHONE_RE = /^1\d{10}$/

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

export default function Login() {
  const pageClass = usePageClass()
  const router = useRouter()
  const params = router.params as Record<string, string | undefined>
  const consentVersion = useConsent((s) => s.version)
  const agree = useConsent((s) => s.agree)
  const signIn = useSession((s) => s.signIn)
  const consented = hasConsent({ version: consentVersion })
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const alreadySignedIn = hasValidSession({ token, expiresAt })

  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [phoneError, setPhoneError] = useState<string>()
  const [codeError, setCodeError] = useState<string>()
  const [devCode, setDevCode] = useState<string>()
  /** after sending: to which number, for how long; after a wrong code: how many tries are left */
  const [sentNote, setSentNote] = useState<string>()
  const [countdown, setCountdown] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError>()
  const timer = useRef<ReturnType<typeof setInterval>>()

  useEffect(() => () => clearInterval(timer.current), [])
  useUnload(() => clearInterval(timer.current))

  /** set once this page signed the user in: it then leaves, and must not flash "您已登录" meanwhile */
  const finished = useRef(false)
  function finish(result: LoginResult) {
    finished.current = true
    signIn(result.token, result.expiresAt, result.account)
    if (!result.account.identity) return replace(Route.Identity, pickReturn(params))
    return continueAfterSignIn(params)
  }

  async function run(fn: () => Promise<LoginResult>) {
    setBusy(true)
    setError(undefined)
    try {
      await finish(await fn())
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  const loginWechat = () =>
    run(async () => {
      const { code: wxCode } = await Taro.login()
      if (!wxCode) throw new ApiError('LOGIN_CANCELLED', '未能获取微信登录凭证，请重试。')
      return api.loginWechat(wxCode)
    })

  const loginAlipay = () => run(async () => api.loginAlipay(await alipayAuthCode()))

  async function sendCode() {
    if (!PHONE_RE.test(phone)) {
      setPhoneError('请输入11位手机号码（以1开头）。')
      return
    }
    setPhoneError(undefined)
    setBusy(true)
    setError(undefined)
    try {
      const r = await api.sendSms(phone)
      setDevCode(r.devCode)
      setSentNote(
        `验证码已发送至 ${phone.slice(0, 3)}****${phone.slice(7)}，${Math.round(r.expiresInSeconds / 60)}分钟内有效。`,
      )
      setCodeError(undefined)
      setCountdown(60)
      clearInterval(timer.current)
      timer.current = setInterval(() => {
        setCountdown((c) => {
          if (c <= 1) clearInterval(timer.current)
          return Math.max(0, c - 1)
        })
      }, 1000)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  function verify() {
    const pe = PHONE_RE.test(phone) ? undefined : '请输入11位手机号码（以1开头）。'
    const ce = /^\d{6}$/.test(code) ? undefined : '请输入短信中的6位数字验证码。'
    setPhoneError(pe)
    setCodeError(ce)
    if (pe || ce) return
    void run(() => api.verifySms(phone, code))
  }

  /** A wrong code: say how many tries are left, next to the code field. */
  useEffect(() => {
    if (error?.code !== 'SMS_CODE_INVALID') return
    const left = Number(error.detail.attemptsLeft)
    if (Number.isFinite(left)) setCodeError(`验证码不正确，还可以再试 ${left} 次；用完后需重新获取验证码。`)
  }, [error])

  if (!consented) {
    return (
      <View className={pageClass('page login')}>
        <View className="card" {...a11y('region', '隐私保护提示')} id="consent-card">
          <Text className="login-title" {...a11y('heading')}>
            隐私保护提示
          </Text>
          <Text className="notice-text">为给您办理灵活就业人员基本养老保险业务，我们需要收集和使用您的以下信息：</Text>
          <View className="consent-list">
            <Text className="consent-item">· 登录信息：手机号码，或微信/支付宝的登录标识；</Text>
            <Text className="consent-item">· 实名信息：姓名、身份证号码（用于核验身份、计算退休年龄）；</Text>
            <Text className="consent-item">· 参保信息：参保地区、参保身份、缴费核定记录。</Text>
          </View>
          <Text className="notice-text">
            这些信息仅用于社保业务办理，传输时加密，页面中身份证号码脱敏显示，不会用于其他用途。您可随时在「我的」中退出登录。
          </Text>
          <Text
            className="link"
            id="privacy-link"
            onClick={() => go(Route.Privacy)}
            {...a11y('link', '查看《隐私政策》和《用户协议》全文')}
          >
            查看《隐私政策》和《用户协议》全文
          </Text>
          {env === 'weapp' ? (
            <Button
              id="agree"
              className="btn btn-primary"
              openType="agreePrivacyAuthorization"
              onAgreePrivacyAuthorization={agree}
              onClick={agree}
              {...a11y('button', '同意并继续')}
            >
              同意并继续
            </Button>
          ) : (
            <Button id="agree" className="btn btn-primary" onClick={agree} {...a11y('button', '同意并继续')}>
              同意并继续
            </Button>
          )}
          <Button
            id="disagree"
            className="btn btn-plain"
            onClick={() => void leaveWithoutConsent()}
            {...a11y('button', '不同意')}
          >
            不同意
          </Button>
          <Text className="field-hint">不同意将无法登录办理业务，您仍可浏览首页和办事指南。</Text>
        </View>
      </View>
    )
  }

  if (alreadySignedIn && !busy && !finished.current) {
    return (
      <View className={pageClass('page login')}>
        <View className="card" id="login-already">
          <Text className="login-title" {...a11y('heading')}>
            您已登录
          </Text>
          <Text className="notice-text">
            当前账号：{account?.channelUser ?? '已登录账号'}
            {account?.identity ? `（${account.identity.name}）` : ''}。如需换一个账号，请先在「我的」中退出登录。
          </Text>
          <Button
            id="login-continue"
            className="btn btn-primary"
            onClick={() =>
              void (account?.identity ? continueAfterSignIn(params) : replace(Route.Identity, pickReturn(params)))
            }
            {...a11y('button', account?.identity ? '继续' : '去实名认证')}
          >
            {account?.identity ? '继续' : '去实名认证'}
          </Button>
          <Button
            id="login-to-mine"
            className="btn btn-secondary"
            onClick={() => void go(Route.Mine)}
            {...a11y('button', '去「我的」')}
          >
            去「我的」
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className={pageClass('page login')}>
      <View className="card" id="login-card">
        <Text className="login-title" {...a11y('heading')}>
          登录
        </Text>
        <ErrorSummary error={error} />
        {env === 'weapp' && (
          <View>
            <Text className="notice-text">使用微信账号登录，首次登录后需完成实名认证。</Text>
            <Button
              id="login-wechat"
              className="btn btn-primary"
              loading={busy}
              disabled={busy}
              onClick={() => void loginWechat()}
              {...a11y('button', '微信一键登录')}
            >
              微信一键登录
            </Button>
          </View>
        )}
        {env === 'alipay' && (
          <View>
            <Text className="notice-text">使用支付宝账号登录，首次登录后需完成实名认证。</Text>
            <Button
              id="login-alipay"
              className="btn btn-primary"
              loading={busy}
              disabled={busy}
              onClick={() => void loginAlipay()}
              {...a11y('button', '支付宝授权登录')}
            >
              支付宝授权登录
            </Button>
          </View>
        )}
        {env !== 'weapp' && env !== 'alipay' && (
          <View>
            <Field label="手机号码" id="phone" error={phoneError}>
              <View className="row-inline">
                <Input
                  id="phone"
                  className={`field-input ${phoneError ? 'field-input-invalid' : ''}`}
                  type="number"
                  maxlength={11}
                  placeholder="请输入11位手机号码"
                  value={phone}
                  onInput={(e) => setPhone(e.detail.value.replace(/\D/g, ''))}
                  aria-label="手机号码"
                />
                <Button
                  id="send-code"
                  className="btn btn-secondary btn-inline"
                  disabled={busy || countdown > 0}
                  onClick={() => void sendCode()}
                  {...a11y('button', countdown > 0 ? `${countdown}秒后可重新获取` : '获取验证码')}
                >
                  {countdown > 0 ? `${countdown}秒后重发` : '获取验证码'}
                </Button>
              </View>
            </Field>
            {sentNote && (
              <Text className="field-hint" id="sms-sent" {...a11y('status')}>
                {sentNote}
              </Text>
            )}
            {devCode && (
              <Text className="dev-hint" id="dev-code">
                测试环境验证码：{devCode}
              </Text>
            )}
            <CodeField
              label="验证码"
              id="code"
              error={codeError}
              placeholder="请输入6位验证码"
              value={code}
              onChange={setCode}
            />
            <Button
              id="login-sms"
              className="btn btn-primary"
              loading={busy}
              disabled={busy}
              onClick={verify}
              {...a11y('button', '登录')}
            >
              登录
            </Button>
          </View>
        )}
        <Text className="link" onClick={() => go(Route.Privacy)} {...a11y('link', '《隐私政策》和《用户协议》')}>
          《隐私政策》和《用户协议》
        </Text>
      </View>
    </View>
  )
}

/** Only the return target travels on (route name and its opaque params). */
function pickReturn(params: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  if (params.next) out.next = params.next
  if (params.nextq) out.nextq = params.nextq
  return out
}
