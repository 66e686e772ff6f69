/**
 * 我的代办: the people the signed-in user acts for (代他人核定), with their consent. Asking to act for a
 * person (name + ID number checked as typed by the engine's validateId, masked once entered, never put in
 * a URL, + the relationship) starts a request: it shows 待对方确认 until the person agrees in their own
 * account, or tells the agent the code sent by SMS to the mobile on file for them. A binding shows its
 * relationship, scope and expiry; choose one to act for (the acting-for store keeps only the opaque ref
 * and the masked name), or remove it after a confirmation.
 * The person's side: 待确认的代办请求 (agree / refuse), 谁可以为我办理 (end any binding), 谁为我办理过.
 */
import { useCallback, useEffect, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { ActivityList, BoundPerson, IncomingRequest, MyAgent, ProxyRequest } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { ChoiceList, CodeField, Field, InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { validateId } from '@/domain/id'
import { formatMonthZh } from '@/domain/month'
import { maskId } from '@/domain/privacy'
import { getRegion, listRegions } from '@/domain/rulesets/regions'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { useRequireLogin } from '@/routing/auth'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import '@/components/Form.css'
import './index.css'
import { usePageClass } from '@/store/prefs'

/** H5 renders Taro buttons as custom elements that are not keyboard-focusable: make ours focusable. */
const FOCUSABLE = { tabIndex: 0 } as Record<string, unknown>

/** Messages for refusals of the add/remove requests, in the words of this page. */
const REFUSALS: Record<string, string> = {
  PROXY_TARGET_UNAVAILABLE:
    '暂时无法向TA发出代办请求。请核对姓名和身份证号码（须与身份证一致），并确认TA已参加灵活就业养老保险；如TA尚未参保，须由TA本人登录办理参保登记。',
  RATE_LIMITED: '查询过于频繁，请稍后再试。',
  AGENT_SELF: '不能把本人添加为代办对象；本人业务请直接办理。',
}

function withPageMessages(e: ApiError): ApiError {
  const problems = e.problems.map((p) => ({ ...p, message: REFUSALS[p.code] ?? p.message }))
  const code = e.status === 429 ? 'RATE_LIMITED' : e.code
  if (e.status === 429) problems.splice(0, problems.length, { code, message: REFUSALS.RATE_LIMITED, detail: {} })
  return new ApiError(code, problems[0]?.message ?? e.message, e.status, e.detail, problems)
}

/** A registration region code (region or district) as a name. */
function regionName(code: string | null): string {
  if (!code) return '—'
  const r = getRegion(code)
  if (r) return r.name
  for (const reg of listRegions()) {
    const d = reg.districts.find((x) => x.code === code)
    if (d) return d.name === reg.name ? reg.name : `${reg.name} ${d.name}`
  }
  return code
}

export const RELATIONSHIPS = [
  { value: 'PARENT', label: '父母' },
  { value: 'SPOUSE', label: '配偶' },
  { value: 'CHILD', label: '子女' },
  { value: 'SIBLING', label: '兄弟姐妹' },
  { value: 'OTHER_RELATIVE', label: '其他亲属' },
] as const
type Relationship = (typeof RELATIONSHIPS)[number]['value']
const relLabel = (v: string | null | undefined) => RELATIONSHIPS.find((r) => r.value === v)?.label ?? '家人'
const SCOPE_TEXT = '缴费核定、查询与撤销核定记录、停保/续保（因死亡、出国定居停保须到经办机构柜台办理）'

/** An ISO instant as a date in China time: 2027年12月2日. */
function dateZh(iso: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const d = new Date(t + 8 * 3600_000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

/** Brings a panel into view once it is rendered (H5 and mini-programs). */
function scrollToId(id: string) {
  setTimeout(() => {
    void Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => undefined)
  }, 50)
}

const ACTIONS: Record<string, string> = {
  ASSESSMENT_CREATED: '缴费核定',
  ASSESSMENT_CREATED_BY_AGENT: '代为缴费核定',
  ASSESSMENT_TRANSMITTED: '传输税务',
  ASSESSMENT_REVOKED: '撤销核定',
  ASSESSMENT_REVOKED_BY_AGENT: '代为撤销核定',
  ASSESSMENT_PAID: '缴费',
  ASSESSMENT_PAID_BY_AGENT: '代为缴费',
  CONTACT_CORRECTED: '更正联系方式',
  AGENT_BOUND: '经您同意，成为您的代办人',
  AGENT_UNBOUND: '不再为您代办',
  SUSPENDED: '停保',
  RESUMED: '续保',
  REGISTERED: '参保登记',
  REGION_CHANGED: '参保地变更',
}

const formatAt = dateZh

/** The ID number field's message while typing: only what is certain so far. */
function idProblem(raw: string, finished: boolean): string | undefined {
  if (!raw) return finished ? '请输入身份证号码' : undefined
  if (/[^0-9Xx]/.test(raw)) return '身份证号码只能包含数字和字母X'
  if (raw.length < 18) return finished ? '身份证号码应为18位' : undefined
  const r = validateId(raw)
  return r.ok ? undefined : r.errors[0].message
}

export default function People() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const actingFor = useActingFor((s) => s.person)
  const actFor = useActingFor((s) => s.actFor)
  const actForSelf = useActingFor((s) => s.actForSelf)

  const [people, setPeople] = useState<BoundPerson[]>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [activity, setActivity] = useState<ActivityList['items']>()
  const [requests, setRequests] = useState<ProxyRequest[]>([])
  const [incoming, setIncoming] = useState<IncomingRequest[]>([])
  const [myAgents, setMyAgents] = useState<MyAgent[]>([])
  const [relationship, setRelationship] = useState<Relationship>()
  const [relTouched, setRelTouched] = useState(false)
  const [codes, setCodes] = useState<Record<string, string>>({})
  const [requestError, setRequestError] = useState<{ ref: string; error: ApiError }>()
  const [personError, setPersonError] = useState<ApiError>()
  const [tick, setTick] = useState(0)

  const [name, setName] = useState('')
  const [idRaw, setIdRaw] = useState('')
  /** false once a valid number has been entered and the field left: the number then shows masked */
  const [idEditing, setIdEditing] = useState(true)
  /** focus the field when 修改 is tapped */
  const [idFocus, setIdFocus] = useState(false)
  const [idTouched, setIdTouched] = useState(false)
  const [nameTouched, setNameTouched] = useState(false)
  const [busy, setBusy] = useState(false)
  const [addError, setAddError] = useState<ApiError>()
  const [added, setAdded] = useState<string>()
  const [removeError, setRemoveError] = useState<ApiError>()

  const load = useCallback(async () => {
    setLoadError(undefined)
    try {
      const list = await api.people()
      setPeople(list.items)
      // the store may name someone no longer bound (removed elsewhere): act for oneself then
      const current = useActingFor.getState().person
      if (current && !list.items.some((p) => p.ref === current.personRef)) actForSelf()
    } catch (e) {
      setLoadError(toApiError(e))
    }
    try {
      setRequests((await api.proxyRequests()).items.filter((r) => r.status === 'PENDING'))
      setIncoming((await api.incomingRequests()).items)
      setMyAgents((await api.myAgents()).items)
    } catch {
      /* shown again on the next load */
    }
    try {
      setActivity((await api.activity()).items.filter((i) => i.byAgent))
    } catch {
      setActivity([]) // not registered yet or no identity: nothing to show
    }
  }, [actForSelf])

  // the resend countdowns of pending requests
  useEffect(() => {
    if (!requests.some((r) => r.resendInSeconds > 0)) return
    const t = setInterval(() => setTick((n) => n + 1), 1000)
    return () => clearInterval(t)
  }, [requests])
  const waitFor = (r: ProxyRequest) => {
    if (!r.smsSentAt) return 0
    return Math.max(0, r.resendInSeconds - tick)
  }

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  useDidShow(() => {
    if (ready && people) void load()
  })

  const idValid = idRaw.length === 18 && validateId(idRaw).ok
  const idError = idProblem(idRaw, idTouched)
  const nameError = nameTouched && !name.trim() ? '请输入姓名' : undefined
  const relError = relTouched && !relationship ? '请选择TA是您的什么人' : undefined

  async function add() {
    setNameTouched(true)
    setIdTouched(true)
    setRelTouched(true)
    setAdded(undefined)
    if (!name.trim() || idProblem(idRaw, true) || !relationship) {
      setAddError(undefined)
      return
    }
    setBusy(true)
    setAddError(undefined)
    try {
      const r = await api.addPerson(name.trim(), idRaw.toUpperCase(), relationship as string)
      setAdded(`已向 ${r.nameMasked} 发出代办请求，待对方确认。请按下方“待对方确认”中的方法请TA同意。`)
      setName('')
      setIdRaw('')
      setIdEditing(true)
      setNameTouched(false)
      setIdTouched(false)
      setRelTouched(false)
      setRelationship(undefined)
      await load()
      scrollToId(`request-${r.ref}`)
    } catch (e) {
      const err = toApiError(e)
      const ref = err.detail?.ref
      if (err.code === 'AGENT_ALREADY_BOUND' && typeof ref === 'string') {
        const p = people?.find((x) => x.ref === ref)
        setAdded(`${p?.nameMasked ?? 'TA'} 已经是您的代办对象，无需重复添加，可以直接为TA办理。`)
        if (p) actFor({ personRef: p.ref, nameMasked: p.nameMasked })
        scrollToId(`person-${ref}`)
      } else setAddError(withPageMessages(err))
    } finally {
      setBusy(false)
    }
  }

  async function remove(p: BoundPerson) {
    const answer = await Taro.showModal({
      title: '移除代办对象',
      content: `移除后，您将不能再为 ${p.nameMasked} 办理缴费核定、查询记录或停保/续保；已办理的记录不受影响。如需再为TA办理，须重新输入姓名和身份证号码。`,
      confirmText: '确认移除',
      cancelText: '不移除',
      confirmColor: '#C9353F',
    })
    if (!answer.confirm) return
    setRemoveError(undefined)
    try {
      await api.removePerson(p.ref)
      if (useActingFor.getState().person?.personRef === p.ref) actForSelf()
      await load()
    } catch (e) {
      setRemoveError(withPageMessages(toApiError(e)))
    }
  }

  async function onRequest(r: ProxyRequest, fn: () => Promise<unknown>) {
    setRequestError(undefined)
    try {
      await fn()
      await load()
    } catch (e) {
      const err = toApiError(e)
      const left = err.detail?.attemptsLeft
      const message = typeof left === 'number' ? `${err.message}还可再试${left}次。` : err.message
      setRequestError({
        ref: r.ref,
        error: new ApiError(err.code, message, err.status, err.detail, [
          { code: err.code, message, detail: err.detail },
        ]),
      })
      await load()
    }
  }

  async function confirmCode(r: ProxyRequest) {
    const code = codes[r.ref] ?? ''
    if (!/^\d{6}$/.test(code)) {
      const message = '请输入TA收到的6位确认码。'
      setRequestError({
        ref: r.ref,
        error: new ApiError('CODE_FORMAT', message, 0, {}, [{ code: 'CODE_FORMAT', message, detail: {} }]),
      })
      return
    }
    await onRequest(r, async () => {
      const b = await api.confirmConsent(r.ref, code)
      setAdded(`${b.nameMasked} 已同意，授权有效期至${dateZh(b.expiresAt)}。现在可以为TA办理了。`)
    })
  }

  async function cancel(r: ProxyRequest) {
    const answer = await Taro.showModal({
      title: '撤回代办请求',
      content: `撤回后，${r.nameMasked} 收到的请求将失效。如仍需为TA办理，可重新发起。`,
      confirmText: '撤回请求',
      cancelText: '保留请求',
    })
    if (answer.confirm) await onRequest(r, () => api.cancelRequest(r.ref))
  }

  async function onPerson(fn: () => Promise<unknown>) {
    setPersonError(undefined)
    try {
      await fn()
      await load()
    } catch (e) {
      setPersonError(toApiError(e))
    }
  }

  async function endAgent(a: MyAgent) {
    const answer = await Taro.showModal({
      title: '结束代办授权',
      content: `结束后，${a.agent} 不能再为您办理任何业务；TA已办理的记录不受影响。如需再授权，须TA重新发起请求。`,
      confirmText: '结束授权',
      cancelText: '暂不结束',
      confirmColor: '#C9353F',
    })
    if (answer.confirm) await onPerson(() => api.endMyAgent(a.ref))
  }

  if (!ready) return <PageState loading />

  const idMasked = idValid && !idEditing

  return (
    <View className={pageClass('page people-page')} id="people-page">
      <ProxyBanner />
      <View className="card">
        <Text className="card-title" {...a11y('heading')}>
          为家人办理
        </Text>
        <Text className="muted block">
          为已参加灵活就业养老保险的家人办理缴费核定、查询记录、停保/续保。须先经TA本人同意：TA在本应用中同意，或把短信确认码告诉您。
        </Text>
        <View className="people-now" id="acting-now">
          <Text className="people-now-text">
            {actingFor ? `当前：正在为 ${actingFor.nameMasked} 办理` : '当前：为本人办理'}
          </Text>
          {actingFor && (
            <Button
              {...FOCUSABLE}
              id="act-self"
              className="btn btn-secondary"
              onClick={() => actForSelf()}
              {...a11y('button', '切换为本人办理')}
            >
              切换为本人办理
            </Button>
          )}
        </View>
      </View>

      {incoming.length > 0 && (
        <View className="card" id="incoming-card">
          <Text className="card-title" {...a11y('heading')}>
            待确认的代办请求
          </Text>
          <Text className="muted block">有人申请为您代办。只同意您认识并信任的家人；不认识的请拒绝。</Text>
          <ErrorSummary error={personError} id="person-error" />
          {incoming.map((r) => (
            <View key={r.ref} className="person" id={`incoming-${r.ref}`} {...a11y('region', `${r.agent} 的代办请求`)}>
              <Text className="person-name block">{r.agent}</Text>
              <InfoRow label="TA填写的关系" value={`您是TA的${relLabel(r.relationship)}`} />
              <InfoRow label="可办理" value={SCOPE_TEXT} />
              <InfoRow label="授权期限" value="同意后一年，您可随时结束" />
              <View className="person-buttons">
                <Button
                  {...FOCUSABLE}
                  id={`approve-${r.ref}`}
                  className="btn btn-primary person-act"
                  onClick={() => void onPerson(() => api.approveRequest(r.ref))}
                  {...a11y('button', `同意 ${r.agent} 代办`)}
                >
                  同意
                </Button>
                <Button
                  {...FOCUSABLE}
                  id={`decline-${r.ref}`}
                  className="btn btn-danger person-remove"
                  onClick={() => void onPerson(() => api.declineRequest(r.ref))}
                  {...a11y('button', `拒绝 ${r.agent} 的请求`)}
                >
                  拒绝
                </Button>
              </View>
            </View>
          ))}
        </View>
      )}

      {actingFor && (
        <View
          className="card people-actions"
          id="acting-actions"
          {...a11y('region', `为 ${actingFor.nameMasked} 办理`)}
        >
          <Text className="card-title" {...a11y('heading')}>
            为 {actingFor.nameMasked} 办理
          </Text>
          <Button
            {...FOCUSABLE}
            id="go-assess"
            className="btn btn-primary"
            onClick={() => go(Route.Assess)}
            {...a11y('button', `缴费核定（为 ${actingFor.nameMasked}）`)}
          >
            缴费核定
          </Button>
          <Button
            {...FOCUSABLE}
            id="go-records"
            className="btn btn-secondary"
            onClick={() => go(Route.Records)}
            {...a11y('button', `核定记录（${actingFor.nameMasked}）`)}
          >
            核定记录
          </Button>
          <Button
            {...FOCUSABLE}
            id="go-estimate"
            className="btn btn-secondary"
            onClick={() => go(Route.Estimate)}
            {...a11y('button', `养老金测算（${actingFor.nameMasked}）`)}
          >
            养老金测算
          </Button>
          <Button
            {...FOCUSABLE}
            id="go-suspend"
            className="btn btn-secondary"
            onClick={() => go(Route.Suspend)}
            {...a11y('button', `停保/续保（为 ${actingFor.nameMasked}）`)}
          >
            停保/续保
          </Button>
        </View>
      )}

      <View className="card" id="people-list-card">
        <Text className="card-title" {...a11y('heading')}>
          我的代办对象
        </Text>
        <ErrorSummary error={removeError} id="remove-error" />
        <PageState
          loading={!people && !loadError}
          error={loadError}
          onRetry={() => void load()}
          empty={!!people && people.length === 0}
          emptyText="还没有代办对象。在下方填写家人的姓名和身份证号码，经TA同意后即可为TA办理。"
        >
          <View id="people-list" {...a11y('list', '代办对象')}>
            {people?.map((p) => {
              const selected = actingFor?.personRef === p.ref
              const status = p.registration.status
              return (
                <View
                  key={p.ref}
                  className={`person ${selected ? 'person-selected' : ''}`}
                  id={`person-${p.ref}`}
                  {...a11y('listitem', `${p.nameMasked}${selected ? '（正在为TA办理）' : ''}`)}
                >
                  <View className="person-head">
                    <Text className="person-name">
                      {p.nameMasked}
                      <Text className="person-rel">（{relLabel(p.relationship)}）</Text>
                    </Text>
                    {status === 'ACTIVE' || status === 'SUSPENDED' ? (
                      <StatusTag status={status} />
                    ) : (
                      <Text className="tag tag-warn">未参保</Text>
                    )}
                  </View>
                  <InfoRow label="身份证号码" value={p.idNumberMasked} />
                  <InfoRow label="参保地区" value={regionName(p.registration.region)} />
                  <InfoRow label="授权有效期至" value={dateZh(p.expiresAt)} />
                  <InfoRow label="可办理" value={SCOPE_TEXT} />
                  <InfoRow
                    label="法定退休年月"
                    value={p.registration.retirementMonth ? formatMonthZh(p.registration.retirementMonth) : '—'}
                  />
                  <View className="person-buttons">
                    <Button
                      {...FOCUSABLE}
                      className="btn btn-primary person-act"
                      id={`act-${p.ref}`}
                      onClick={() => {
                        actFor({ personRef: p.ref, nameMasked: p.nameMasked })
                        scrollToId('acting-actions')
                      }}
                      {...a11y('button', selected ? `正在为TA办理（${p.nameMasked}）` : `为TA办理（${p.nameMasked}）`)}
                    >
                      {selected ? '正在为TA办理' : '为TA办理'}
                    </Button>
                    <Button
                      {...FOCUSABLE}
                      className="btn btn-danger person-remove"
                      id={`remove-${p.ref}`}
                      onClick={() => void remove(p)}
                      {...a11y('button', `移除 ${p.nameMasked}`)}
                    >
                      移除
                    </Button>
                  </View>
                </View>
              )
            })}
          </View>
        </PageState>
      </View>

      {requests.length > 0 && (
        <View className="card" id="requests-card">
          <Text className="card-title" {...a11y('heading')}>
            待对方确认
          </Text>
          <Text className="muted block">
            对方同意后才能为TA办理。请TA登录本应用，在“我的代办 →
            待确认的代办请求”中同意；TA不用本应用时，可发短信到TA在社保经办机构登记的手机，请TA把短信里的确认码告诉您。
          </Text>
          <View {...a11y('list', '待对方确认的请求')}>
            {requests.map((r) => {
              const wait = waitFor(r)
              return (
                <View
                  key={r.ref}
                  className="person request"
                  id={`request-${r.ref}`}
                  {...a11y('listitem', `${r.nameMasked} 待对方确认`)}
                >
                  <View className="person-head">
                    <Text className="person-name">
                      {r.nameMasked}
                      <Text className="person-rel">（{relLabel(r.relationship)}）</Text>
                    </Text>
                    <Text className="tag tag-warn">待对方确认</Text>
                  </View>
                  <InfoRow label="请求有效期至" value={dateZh(r.expiresAt)} />
                  {requestError?.ref === r.ref && (
                    <ErrorSummary error={requestError.error} id={`request-error-${r.ref}`} />
                  )}
                  {r.mobileOnFile ? (
                    <View>
                      <Button
                        {...FOCUSABLE}
                        id={`sms-${r.ref}`}
                        className={`btn btn-secondary ${wait > 0 ? 'btn-waiting' : ''}`}
                        disabled={wait > 0}
                        onClick={() => void onRequest(r, () => api.sendConsentSms(r.ref))}
                        {...a11y(
                          'button',
                          wait > 0
                            ? `${wait}秒后可重新发送`
                            : r.smsSentAt
                              ? '重新发送短信'
                              : `发短信给TA（${r.mobileMasked}）`,
                        )}
                      >
                        {wait > 0
                          ? `${wait}秒后可重新发送`
                          : r.smsSentAt
                            ? '重新发送短信'
                            : `发短信给TA（${r.mobileMasked}）`}
                      </Button>
                      {r.smsSentAt && (
                        <View>
                          <Text className="muted block" id={`sms-sent-${r.ref}`}>
                            确认码已发送至 {r.mobileMasked}，10分钟内有效。请TA把确认码告诉您。
                          </Text>
                          <CodeField
                            label="TA告诉您的确认码"
                            id={`consent-code-${r.ref}`}
                            inputId={`consent-code-input-${r.ref}`}
                            ariaLabel="确认码"
                            value={codes[r.ref] ?? ''}
                            onChange={(digits) => setCodes({ ...codes, [r.ref]: digits })}
                          />
                          <Button
                            {...FOCUSABLE}
                            id={`consent-confirm-${r.ref}`}
                            className="btn btn-primary"
                            onClick={() => void confirmCode(r)}
                            {...a11y('button', '确认')}
                          >
                            确认
                          </Button>
                        </View>
                      )}
                    </View>
                  ) : (
                    <Text className="notice-text block" id={`no-mobile-${r.ref}`}>
                      TA在社保经办机构没有登记手机号码，不能短信确认。请TA本人登录本应用同意；或由TA携带身份证到社保经办机构登记手机号码后再试。
                    </Text>
                  )}
                  <Button
                    {...FOCUSABLE}
                    id={`cancel-${r.ref}`}
                    className="btn btn-secondary"
                    onClick={() => void cancel(r)}
                    {...a11y('button', `撤回对 ${r.nameMasked} 的请求`)}
                  >
                    撤回请求
                  </Button>
                </View>
              )
            })}
          </View>
        </View>
      )}

      <View className="card" id="add-person">
        <Text className="card-title" {...a11y('heading')}>
          添加代办对象
        </Text>
        <Text className="muted block">
          TA须已参加灵活就业养老保险。提交后须TA本人同意才能为TA办理。身份证号码只用于核对，页面上只显示脱敏后的号码。
        </Text>
        <ErrorSummary error={addError} id="add-error" />
        {added && (
          <Text className="people-added" id="add-done" {...a11y('status')}>
            {added}
          </Text>
        )}
        <Field label="姓名" id="person-name" error={nameError}>
          <Input
            id="person-name-input"
            className={`field-input ${nameError ? 'field-input-invalid' : ''}`}
            type="text"
            maxlength={30}
            placeholder="与身份证上的姓名一致"
            value={name}
            onInput={(e) => setName(e.detail.value)}
            onBlur={() => setNameTouched(true)}
            aria-label="被代办人姓名"
          />
        </Field>
        <Field
          label="身份证号码"
          id="person-id"
          hint={idValid ? '号码校验通过' : '18位，最后一位可能是字母X'}
          error={idError}
        >
          {idMasked ? (
            <View className="row-inline" id="person-id-masked">
              <Text className="field-input people-id-masked" {...a11y('status', `已输入身份证号码 ${maskId(idRaw)}`)}>
                {maskId(idRaw)}
              </Text>
              <Button
                {...FOCUSABLE}
                id="person-id-edit"
                className="btn btn-secondary btn-inline"
                onClick={() => {
                  setIdEditing(true)
                  setIdFocus(true)
                }}
                {...a11y('button', '修改身份证号码')}
              >
                修改
              </Button>
            </View>
          ) : (
            <Input
              id="person-id-input"
              className={`field-input ${idError ? 'field-input-invalid' : ''}`}
              type="idcard"
              maxlength={18}
              placeholder="请输入18位身份证号码"
              value={idRaw}
              focus={idFocus}
              onInput={(e) => setIdRaw(e.detail.value.replace(/\s/g, '').toUpperCase())}
              onBlur={() => {
                setIdFocus(false)
                if (!idRaw) return
                setIdTouched(true)
                if (idRaw.length === 18 && validateId(idRaw).ok) setIdEditing(false)
              }}
              aria-label="被代办人身份证号码"
            />
          )}
        </Field>
        <Field label="TA是您的" id="person-rel" error={relError}>
          <ChoiceList
            id="person-rel-choice"
            label="TA是您的"
            options={RELATIONSHIPS}
            value={relationship}
            onChange={(v) => setRelationship(v)}
          />
        </Field>
        <Button
          {...FOCUSABLE}
          id="add-submit"
          className="btn btn-primary"
          disabled={busy}
          loading={busy}
          onClick={() => void add()}
          {...a11y('button', '发送代办请求')}
        >
          发送代办请求
        </Button>
      </View>

      <View className="card" id="my-agents">
        <Text className="card-title" {...a11y('heading')}>
          谁可以为我办理
        </Text>
        {myAgents.length === 0 ? (
          <Text className="muted" id="my-agents-empty">
            目前没有人可以为您代办。
          </Text>
        ) : (
          <View {...a11y('list', '可以为我办理的人')}>
            {incoming.length === 0 && <ErrorSummary error={personError} id="person-error" />}
            {myAgents.map((a) => (
              <View key={a.ref} className="person" id={`my-agent-${a.ref}`} {...a11y('listitem', a.agent)}>
                <Text className="person-name block">{a.agent}</Text>
                <InfoRow label="TA填写的关系" value={`您是TA的${relLabel(a.relationship)}`} />
                <InfoRow label="可办理" value={SCOPE_TEXT} />
                <InfoRow label="授权时间" value={dateZh(a.since)} />
                <InfoRow label="有效期至" value={dateZh(a.expiresAt)} />
                <Button
                  {...FOCUSABLE}
                  id={`end-agent-${a.ref}`}
                  className="btn btn-danger"
                  onClick={() => void endAgent(a)}
                  {...a11y('button', `结束 ${a.agent} 的代办授权`)}
                >
                  结束授权
                </Button>
              </View>
            ))}
          </View>
        )}
      </View>

      <View className="card" id="acted-for-me">
        <Text className="card-title" {...a11y('heading')}>
          谁为我办理过
        </Text>
        {!activity ? (
          <Text className="muted">正在加载…</Text>
        ) : activity.length === 0 ? (
          <Text className="muted" id="acted-for-me-empty">
            还没有家人为您办理过业务。
          </Text>
        ) : (
          <View {...a11y('list', '为我办理的记录')} id="acted-for-me-list">
            {activity.slice(0, 20).map((i, n) => (
              <View key={`${i.at}-${n}`} className="activity-item" {...a11y('listitem')}>
                <Text className="activity-actor">{i.actor}</Text>
                <Text className="activity-what">
                  {ACTIONS[i.action] ?? i.action} · {formatAt(i.at)}
                </Text>
              </View>
            ))}
          </View>
        )}
      </View>
    </View>
  )
}
