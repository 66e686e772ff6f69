import { useEffect, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Field, InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { validateId } from '@/domain'
import { Route } from '@/routes'
import { hasValidSession, useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { continueAfterSignIn } from '@/utils/auth'
import { formatDateZh } from '@/utils/format'
import { sexLabel } from '@/utils/labels'
import { replace } from '@/utils/nav'
import { usePageClass } from '@/store/prefs'

/** Problems of the typed ID number, in the engine's words; nothing while it is still being typed. */
export function idProblem(raw: string, finished: boolean): string | undefined {
  const v = raw.trim()
  if (!v) return finished ? '请输入18位身份证号码。' : undefined
  if (v.length < 18 && !finished) return undefined
  const r = validateId(v)
  return r.ok ? undefined : r.errors[0].message
}

const NAME_RE = /^[\u3400-\u9fff\u{20000}-\u{2ffff}·•．.A-Za-z\s]{1,30}$/u

export default function Identity() {
  const pageClass = usePageClass()
  const router = useRouter()
  const params = router.params as Record<string, string | undefined>
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const setAccount = useSession((s) => s.setAccount)
  const signedIn = hasValidSession({ token, expiresAt })

  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [idTouched, setIdTouched] = useState(false)
  const [nameError, setNameError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError>()
  const [done, setDone] = useState(false)

  useEffect(() => {
    if (!signedIn) void replace(Route.Login, params.next ? { next: params.next, nextq: params.nextq ?? '' } : {})
  }, [signedIn]) // eslint-disable-line react-hooks/exhaustive-deps

  const idError = idProblem(idNumber, idTouched)
  const info = (() => {
    const r = validateId(idNumber.trim())
    return r.ok ? r.value : undefined
  })()

  async function submit() {
    const ne = name.trim()
      ? NAME_RE.test(name.trim())
        ? undefined
        : '姓名只能包含汉字、字母和间隔号“·”。'
      : '请输入姓名。'
    setNameError(ne)
    setIdTouched(true)
    if (ne || idProblem(idNumber, true)) return
    setBusy(true)
    setError(undefined)
    try {
      const acc = await api.bindIdentity(name.trim(), idNumber.trim().toUpperCase())
      setAccount(acc)
      // The full number leaves the page's memory; from now on only the masked one is shown.
      setIdNumber('')
      setDone(true)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  if (!signedIn) return <PageState loading />

  if (account?.identity) {
    const id = account.identity
    return (
      <View className={pageClass('page identity')}>
        <View className="card" id="identity-done" {...a11y('region', '实名信息')}>
          {done && <Text className="success-title">实名认证成功</Text>}
          {!done && (
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
            onClick={() => void continueAfterSignIn(params)}
            {...a11y('button', '继续')}
          >
            继续
          </Button>
        </View>
      </View>
    )
  }

  return (
    <View className={pageClass('page identity')}>
      <View className="card">
        <Text className="card-title" {...a11y('heading')}>
          实名认证
        </Text>
        <Text className="muted">
          办理参保业务须使用本人真实姓名和18位居民身份证号码。出生日期和性别由号码自动得出，无需填写。
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
        <Button
          id="identity-submit"
          className="btn btn-primary"
          loading={busy}
          disabled={busy}
          onClick={() => void submit()}
          {...a11y('button', '提交认证')}
        >
          提交认证
        </Button>
      </View>
    </View>
  )
}
