/**
 * 我的代办: the people the signed-in user acts for (代他人核定). Add a person by name + ID number (checked
 * as typed by the engine's validateId, masked once entered, never put in a URL), remove one after a
 * confirmation, and choose one to act for: the choice goes to the acting-for store (only the opaque ref
 * and the masked name), so the next pages need no parameter. At the bottom, "谁为我办理过": the
 * signed-in person sees who acted for them.
 */
import { useCallback, useEffect, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { ActivityList, BoundPerson } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Field, InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { validateId } from '@/domain/id'
import { formatMonthZh } from '@/domain/month'
import { maskId } from '@/domain/privacy'
import { getRegion, listRegions } from '@/domain/rulesets/regions'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { useRequireLogin } from '@/utils/auth'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import '@/components/Form.css'
import './index.css'
import { usePageClass } from '@/store/prefs'

/** H5 renders Taro buttons as custom elements that are not keyboard-focusable: make ours focusable. */
const FOCUSABLE = { tabIndex: 0 } as Record<string, unknown>

/** Messages for refusals of the add/remove requests, in the words of this page. */
const REFUSALS: Record<string, string> = {
  TARGET_NOT_REGISTERED: '该身份证号码尚未参加灵活就业养老保险，不能代为办理。请先为TA办理参保登记（须本人登录办理）。',
  NAME_ID_MISMATCH: '姓名与身份证号码不一致，请核对后重新输入（姓名须与身份证上的一致）。',
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

const ACTIONS: Record<string, string> = {
  ASSESSMENT_CREATED: '缴费核定',
  ASSESSMENT_CREATED_BY_AGENT: '代为缴费核定',
  ASSESSMENT_TRANSMITTED: '传输税务',
  ASSESSMENT_REVOKED: '撤销核定',
  ASSESSMENT_REVOKED_BY_AGENT: '代为撤销核定',
  AGENT_BOUND: '添加您为代办对象',
  AGENT_UNBOUND: '不再为您代办',
  SUSPENDED: '停保',
  RESUMED: '续保',
  REGISTERED: '参保登记',
  REGION_CHANGED: '参保地变更',
}

function formatAt(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}

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
      setActivity((await api.activity()).items.filter((i) => i.byAgent))
    } catch {
      setActivity([]) // not registered yet or no identity: nothing to show
    }
  }, [actForSelf])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  useDidShow(() => {
    if (ready && people) void load()
  })

  const idValid = idRaw.length === 18 && validateId(idRaw).ok
  const idError = idProblem(idRaw, idTouched)
  const nameError = nameTouched && !name.trim() ? '请输入姓名' : undefined

  async function add() {
    setNameTouched(true)
    setIdTouched(true)
    setAdded(undefined)
    if (!name.trim() || idProblem(idRaw, true)) {
      setAddError(undefined)
      return
    }
    setBusy(true)
    setAddError(undefined)
    try {
      const p = await api.addPerson(name.trim(), idRaw.toUpperCase())
      setAdded(`已添加 ${p.nameMasked}（${p.idNumberMasked}），可以为TA办理了。`)
      setName('')
      setIdRaw('')
      setIdEditing(true)
      setNameTouched(false)
      setIdTouched(false)
      await load()
    } catch (e) {
      setAddError(withPageMessages(toApiError(e)))
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
          为已参加灵活就业养老保险的家人办理缴费核定、查询记录、停保/续保。添加时须填写TA的姓名和身份证号码，核对一致后方可办理。
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
          emptyText="还没有代办对象。在下方填写家人的姓名和身份证号码即可添加。"
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
                    <Text className="person-name">{p.nameMasked}</Text>
                    {status === 'ACTIVE' || status === 'SUSPENDED' ? (
                      <StatusTag status={status} />
                    ) : (
                      <Text className="tag tag-warn">未参保</Text>
                    )}
                  </View>
                  <InfoRow label="身份证号码" value={p.idNumberMasked} />
                  <InfoRow label="参保地区" value={regionName(p.registration.region)} />
                  <InfoRow
                    label="法定退休年月"
                    value={p.registration.retirementMonth ? formatMonthZh(p.registration.retirementMonth) : '—'}
                  />
                  <View className="person-buttons">
                    <Button
                      {...FOCUSABLE}
                      className="btn btn-primary person-act"
                      id={`act-${p.ref}`}
                      onClick={() => actFor({ personRef: p.ref, nameMasked: p.nameMasked })}
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

      <View className="card" id="add-person">
        <Text className="card-title" {...a11y('heading')}>
          添加代办对象
        </Text>
        <Text className="muted block">
          TA须已参加灵活就业养老保险。身份证号码只用于核对，页面上只显示脱敏后的号码。
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
        <Button
          {...FOCUSABLE}
          id="add-submit"
          className="btn btn-primary"
          disabled={busy}
          loading={busy}
          onClick={() => void add()}
          {...a11y('button', '核对并添加')}
        >
          核对并添加
        </Button>
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
