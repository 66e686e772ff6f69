/**
 * 实名认证: the real name comes from a verifier, never from what is typed alone.
 *   H5:            手机号三要素 — 姓名 + 身份证号码 + a mobile registered in the person's own name; the code sent
 *                  to that mobile completes it (the server asks the carrier; nothing is bound before the code).
 *   WeChat/Alipay: "使用微信/支付宝实名信息" — the platform's own verified real name, shown masked, is used once
 *                  the user authorises it.
 */
import { useEffect, useRef, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import { useRouter, useUnload } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { MobileCheckStarted, PlatformIdentityPreview } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { CodeField, Field, InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { validateId } from '@/domain'
import { Route } from '@/routes'
import { hasValidSession, useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { continueAfterSignIn } from '@/routing/auth'
import { formatDateZh } from '@/utils/format'
import { sexLabel } from '@/utils/labels'
import { replace } from '@/utils/nav'
import { usePageClass } from '@/store/prefs'
import './index.css'

const env = process.env.TARO_ENV
const PLATFORM = env === 'alipay' ? '支付宝' : '微信'
const PHONE_RE = /^1\d{10}$/

/** Problems of the typed ID number, in the engine's words; nothing while it is still being typed. */
export function idProblem(raw: string, finished: boolean): string | undefined {
  const v = raw.trim()
  if (!v) return finished ? '请输入18位身份证号码。' : undefined
  if (v.length < 18 && !finished) return undefined
  const r = validateId(v)
  return r.ok ? undefined : r.errors[0].message
}

const NAME_RE = /^[\u3400-\u9fff\u{20000}-\u{2ffff}·•．.A-Za-z\s]{1,30}$/u

/** The refusals of this page in its own words (one's own identity: never "被核定人"). */
const MESSAGES: Record<string, string> = {
  IDENTITY_NOT_VERIFIED:
    '姓名、身份证号码与手机号码未能通过核验。请核对：姓名和号码须与您的身份证一致，手机号码须是用您本人身份证办理的号码。',
  ID_BOUND_ELSEWHERE: '您的身份已绑定在另一个账号上。请用原来的手机号码登录；如非本人操作，请拨打 12333。',
}

function pageError(e: unknown): ApiError {
  const err = toApiError(e)
  const message = MESSAGES[err.code]
  if (!message) return err
  return new ApiError(err.code, message, err.status, err.detail, [{ code: err.code, message, detail: err.detail }])
}

function Done(props: { done: boolean; params: Record<string, string | undefined> }) {
  const pageClass = usePageClass()
  const id = useSession((s) => s.account?.identity)
  if (!id) return null
  return (
    <View className={pageClass('page identity')}>
      <View className="card" id="identity-done" {...a11y('region', '实名信息')}>
        {props.done ? (
          <Text className="success-title">实名认证成功</Text>
        ) : (
          <Text className="card-title" {...a11y('heading')}>
            您已完成实名认证
          </Text>
        )}
        <InfoRow label="姓名" value={id.name} />
        <InfoRow label="身份证号码" value={id.idNumberMasked} id="identity-masked" />
        <InfoRow label="出生日期" value={formatDateZh(id.birthDate)} />
        <InfoRow label="性别" value={sexLabel(id.sex)} />
        <Button
          id="identity-continue"
          className="btn btn-primary"
          onClick={() => void continueAfterSignIn(props.params)}
          {...a11y('button', '继续')}
        >
          继续
        </Button>
      </View>
    </View>
  )
}

/** WeChat / Alipay: authorise the platform's real name. */
function PlatformStep(props: { onDone: () => void }) {
  const pageClass = usePageClass()
  const setAccount = useSession((s) => s.setAccount)
  const [preview, setPreview] = useState<PlatformIdentityPreview>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)

  async function load() {
    setLoadError(undefined)
    try {
      setPreview(await api.platformIdentity())
    } catch (e) {
      setLoadError(toApiError(e))
    }
  }
  useEffect(() => {
    void load()
  }, [])

  async function authorise() {
    setBusy(true)
    setError(undefined)
    try {
      setAccount(await api.bindPlatformIdentity())
      props.onDone()
    } catch (e) {
      setError(pageError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className={pageClass('page identity')}>
      <View className="card" id="platform-identity">
        <Text className="card-title" {...a11y('heading')}>
          使用{PLATFORM}实名信息
        </Text>
        <Text className="muted block">
          办理参保业务须核实您的真实身份。{PLATFORM}已核实过您的身份，经您授权后，{PLATFORM}
          将向本服务提供您的姓名和身份证号码，无需手动填写。
        </Text>
        <PageState loading={!preview && !loadError} error={loadError} onRetry={() => void load()}>
          {preview?.available ? (
            <View id="platform-preview" {...a11y('region', `${PLATFORM}将提供的信息`)}>
              <InfoRow label="姓名" value={preview.nameMasked ?? ''} />
              <InfoRow label="身份证号码" value={preview.idNumberMasked ?? ''} />
              <ErrorSummary error={error} />
              <Button
                id="platform-authorise"
                className="btn btn-primary"
                loading={busy}
                disabled={busy}
                onClick={() => void authorise()}
                {...a11y('button', `同意并使用${PLATFORM}实名信息`)}
              >
                同意并使用{PLATFORM}实名信息
              </Button>
              <Text className="muted block identity-note">
                信息只用于核实您的参保身份，不会用于其他用途。如果上面不是您本人，请不要授权，并退出登录。
              </Text>
            </View>
          ) : (
            <View id="platform-missing" {...a11y('status')}>
              <Text className="notice-text block">
                {env === 'alipay'
                  ? '您的支付宝账号尚未完成实名认证。请先在支付宝“我的 → 设置 → 账号与安全 → 身份信息”中完成，再回来点“重新检查”。'
                  : '您的微信账号尚未完成实名认证。请先在微信“我 → 服务 → 钱包 → 实名认证”中完成，再回来点“重新检查”。'}
              </Text>
              <Button
                id="platform-recheck"
                className="btn btn-secondary"
                onClick={() => void load()}
                {...a11y('button', '重新检查')}
              >
                重新检查
              </Button>
            </View>
          )}
        </PageState>
      </View>
    </View>
  )
}

/** H5: name + ID + own mobile, then the code sent to that mobile. */
function MobileStep(props: { onDone: () => void }) {
  const pageClass = usePageClass()
  const setAccount = useSession((s) => s.setAccount)
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [mobile, setMobile] = useState('')
  const [code, setCode] = useState('')
  const [idTouched, setIdTouched] = useState(false)
  const [nameError, setNameError] = useState<string>()
  const [mobileError, setMobileError] = useState<string>()
  const [codeError, setCodeError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError>()
  const [check, setCheck] = useState<MobileCheckStarted>()
  const [countdown, setCountdown] = useState(0)
  const timer = useRef<ReturnType<typeof setInterval>>()
  useEffect(() => () => clearInterval(timer.current), [])
  useUnload(() => clearInterval(timer.current))

  const idError = idProblem(idNumber, idTouched)
  const info = (() => {
    const r = validateId(idNumber.trim())
    return r.ok ? r.value : undefined
  })()

  function startCountdown(seconds: number) {
    setCountdown(seconds)
    clearInterval(timer.current)
    timer.current = setInterval(() => {
      setCountdown((c) => {
        if (c <= 1) clearInterval(timer.current)
        return Math.max(0, c - 1)
      })
    }, 1000)
  }

  async function sendCode() {
    const ne = name.trim()
      ? NAME_RE.test(name.trim())
        ? undefined
        : '姓名只能包含汉字、字母和间隔号“·”。'
      : '请输入姓名。'
    const me = PHONE_RE.test(mobile) ? undefined : '请输入11位手机号码（以1开头）。'
    setNameError(ne)
    setMobileError(me)
    setIdTouched(true)
    if (ne || me || idProblem(idNumber, true)) return
    setBusy(true)
    setError(undefined)
    try {
      const started = await api.startMobileIdentity({
        name: name.trim(),
        idNumber: idNumber.trim().toUpperCase(),
        mobile,
      })
      setCheck(started)
      startCountdown(started.resendInSeconds)
    } catch (e) {
      const err = pageError(e)
      if (err.code === 'SMS_RESEND_TOO_SOON') startCountdown(Number(err.detail?.retryAfterSeconds ?? 60))
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  async function confirm() {
    if (!check) return
    const ce = /^\d{6}$/.test(code) ? undefined : '请输入短信中的6位数字验证码。'
    setCodeError(ce)
    if (ce) return
    setBusy(true)
    setError(undefined)
    try {
      setAccount(await api.confirmMobileIdentity(check.checkId, code))
      // the full number leaves the page's memory; from now on only the masked one is shown
      setIdNumber('')
      props.onDone()
    } catch (e) {
      const err = pageError(e)
      const left = err.detail?.attemptsLeft
      setError(
        typeof left === 'number'
          ? new ApiError(err.code, `${err.message}还可再试${left}次。`, err.status, err.detail, [
              { code: err.code, message: `${err.message}还可再试${left}次。`, detail: err.detail },
            ])
          : err,
      )
    } finally {
      setBusy(false)
    }
  }

  const sendLabel = countdown > 0 ? `${countdown}秒后可重新获取` : check ? '重新获取验证码' : '获取验证码'

  return (
    <View className={pageClass('page identity')}>
      <View className="card">
        <Text className="card-title" {...a11y('heading')}>
          实名认证
        </Text>
        <Text className="muted block">
          办理参保业务须核实您的真实身份：请填写身份证上的姓名和号码，以及用您本人身份证办理的手机号码。我们会向运营商核对，并向该号码发送验证码。
        </Text>
      </View>
      <View className="card">
        <ErrorSummary error={error} />
        <Field label="姓名" id="name" error={nameError}>
          <Input
            id="name"
            className={`field-input ${nameError ? 'field-input-invalid' : ''}`}
            placeholder="与身份证上一致"
            maxlength={30}
            value={name}
            disabled={!!check}
            onInput={(e) => setName(e.detail.value)}
            aria-label="姓名"
          />
        </Field>
        <Field label="身份证号码" id="id-number" error={idError} hint="18位，最后一位可能是字母X">
          <Input
            id="id-number"
            className={`field-input ${idError ? 'field-input-invalid' : ''}`}
            type="idcard"
            maxlength={18}
            placeholder="请输入18位身份证号码"
            value={idNumber}
            disabled={!!check}
            onInput={(e) => setIdNumber(e.detail.value.replace(/\s/g, '').toUpperCase())}
            onBlur={() => setIdTouched(true)}
            aria-label="身份证号码"
          />
        </Field>
        {info && (
          <View id="id-derived" {...a11y('region', '由身份证号码得出')}>
            <InfoRow label="出生日期" value={formatDateZh(info.birth_date)} id="derived-birth" />
            <InfoRow label="性别" value={sexLabel(info.sex)} id="derived-sex" />
          </View>
        )}
        <Field label="本人手机号码" id="mobile" error={mobileError} hint="须是用您本人身份证办理（实名登记）的号码">
          <Input
            id="mobile"
            className={`field-input ${mobileError ? 'field-input-invalid' : ''}`}
            type="number"
            maxlength={11}
            placeholder="11位手机号码"
            value={mobile}
            disabled={!!check}
            onInput={(e) => setMobile(e.detail.value.replace(/\D/g, ''))}
            aria-label="本人手机号码"
          />
        </Field>
        {check && (
          <View id="identity-code-step">
            <Text className="notice-text block" id="identity-code-sent" {...a11y('status')}>
              验证码已发送至 {check.mobileMasked}，5分钟内有效。
            </Text>
            <CodeField label="短信验证码" id="identity-code" error={codeError} value={code} onChange={setCode} />
          </View>
        )}
        {check && (
          <Button
            id="identity-submit"
            className="btn btn-primary"
            loading={busy}
            disabled={busy}
            onClick={() => void confirm()}
            {...a11y('button', '提交认证')}
          >
            提交认证
          </Button>
        )}
        <Button
          id="identity-send"
          className={`btn ${check ? 'btn-secondary' : 'btn-primary'} ${countdown > 0 ? 'btn-waiting' : ''}`}
          loading={busy && !check}
          disabled={busy || countdown > 0}
          onClick={() => void sendCode()}
          {...a11y('button', sendLabel)}
        >
          {sendLabel}
        </Button>
        {check && (
          <Button
            id="identity-edit"
            className="btn btn-secondary"
            onClick={() => {
              setCheck(undefined)
              setCode('')
              setError(undefined)
            }}
            {...a11y('button', '修改填写的信息')}
          >
            修改填写的信息
          </Button>
        )}
      </View>
    </View>
  )
}

export default function Identity() {
  const router = useRouter()
  const params = router.params as Record<string, string | undefined>
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const identified = useSession((s) => !!s.account?.identity)
  const signedIn = hasValidSession({ token, expiresAt })
  const [done, setDone] = useState(false)

  useEffect(() => {
    if (!signedIn) void replace(Route.Login, params.next ? { next: params.next, nextq: params.nextq ?? '' } : {})
  }, [signedIn]) // eslint-disable-line react-hooks/exhaustive-deps

  if (!signedIn) return <PageState loading />
  if (identified) return <Done done={done} params={params} />
  return env === 'h5' ? <MobileStep onDone={() => setDone(true)} /> : <PlatformStep onDone={() => setDone(true)} />
}
