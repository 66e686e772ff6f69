/**
 * 我的代办 wired to the backend: the lists come from the query cache, each write goes through useSubmit and
 * invalidates what it changed ('people' = the bound people and the requests sent, 'agents' = the requests
 * received and who may act for me). Choosing whom to act for is the acting-for store's; the cache drops
 * person data itself.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { toApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { BoundPerson, MyAgent, ProxyRequest } from '@/api/schema'
import { fetchQuery, invalidate, useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { useActingFor } from '@/store/actingFor'
import { useCountdown } from '@/utils/countdown'
import { confirmDialog } from '@/utils/dialog'
import {
  actedForMe,
  addPerson,
  addPersonRequest,
  consentCodeProblem,
  initialAddPerson,
  pendingRequests,
  stillBound,
  type Relationship,
} from './model'
import { withAttemptsLeft } from '@/features/account/refusal'

/** Brings a panel into view once it is rendered (H5 and mini-programs). */
export function scrollToId(id: string) {
  setTimeout(() => {
    void Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => undefined)
  }, 50)
}

type RequestAct =
  { kind: 'sms'; ref: string } | { kind: 'cancel'; ref: string } | { kind: 'confirm'; ref: string; code: string }
type PersonAct = { kind: 'approve' | 'decline' | 'end'; ref: string }

export function usePeople() {
  const { person: actingFor, actFor, actForSelf } = useActingFor()
  const people = useQuery(queries.people)
  const requestList = useQuery(queries.proxyRequests)
  const incomingList = useQuery(queries.incomingRequests)
  const agentList = useQuery(queries.myAgents)
  const activityList = useQuery(queries.activity)

  // the person acted for may have been removed elsewhere: act for oneself then
  useEffect(() => {
    if (!stillBound(actingFor?.personRef, people.data?.items)) actForSelf()
  }, [actingFor?.personRef, people.data, actForSelf])

  const reloadAll = useCallback(() => invalidate('people', 'agents', 'activity'), [])
  const loaded = !!people.data
  useDidShow(() => {
    if (loaded) reloadAll()
  })

  // ---- asking to act for someone
  const [form, dispatch] = useReducer(addPerson, initialAddPerson)
  const add = useSubmit(
    async (body: NonNullable<ReturnType<typeof addPersonRequest>>) => {
      try {
        return { sent: await api.addPerson(body.name, body.idNumber, body.relationship) }
      } catch (e) {
        const err = toApiError(e)
        const ref = err.detail?.ref
        if (err.code === 'AGENT_ALREADY_BOUND' && typeof ref === 'string') return { boundRef: ref }
        throw err
      }
    },
    { invalidates: ['people'] },
  )

  async function submitAdd() {
    dispatch({ type: 'submit' })
    const body = addPersonRequest(form)
    if (!body) return add.clearError()
    const r = await add.run(body)
    if (r?.sent) {
      dispatch({ type: 'sent', nameMasked: r.sent.nameMasked })
      await fetchQuery(queries.proxyRequests).catch(() => undefined)
      scrollToId(`request-${r.sent.ref}`)
    } else if (r?.boundRef) {
      const p = people.data?.items.find((x) => x.ref === r.boundRef)
      dispatch({ type: 'alreadyBound', nameMasked: p?.nameMasked })
      if (p) actFor({ personRef: p.ref, nameMasked: p.nameMasked })
      scrollToId(`person-${r.boundRef}`)
    }
  }

  // ---- the people bound
  const remove = useSubmit((p: BoundPerson) => api.removePerson(p.ref), { invalidates: ['people'] })
  async function removePerson(p: BoundPerson) {
    const yes = await confirmDialog({
      title: '移除代办对象',
      content: `移除后，您将不能再为 ${p.nameMasked} 办理缴费核定、查询记录或停保/续保；已办理的记录不受影响。如需再为TA办理，须重新输入姓名和身份证号码。`,
      confirmText: '确认移除',
      cancelText: '不移除',
      danger: true,
    })
    if (!yes) return
    if ((await remove.run(p)) !== undefined && useActingFor.getState().person?.personRef === p.ref) actForSelf()
  }
  function choose(p: BoundPerson) {
    actFor({ personRef: p.ref, nameMasked: p.nameMasked })
    scrollToId('acting-actions')
  }

  // ---- the requests sent: SMS, code, withdraw
  const [codes, setCodes] = useState<Record<string, string>>({})
  const [requestRef, setRequestRef] = useState<string>()
  const [codeProblem, setCodeProblem] = useState<ReturnType<typeof consentCodeProblem>>()
  const requestAct = useSubmit(
    async (a: RequestAct) => {
      if (a.kind === 'sms') await api.sendConsentSms(a.ref)
      else if (a.kind === 'cancel') await api.cancelRequest(a.ref)
      else return { bound: await api.confirmConsent(a.ref, a.code) }
      return {}
    },
    { invalidates: ['people'] },
  )
  async function onRequest(a: RequestAct) {
    setRequestRef(a.ref)
    setCodeProblem(undefined)
    const r = await requestAct.run(a)
    if (r === undefined) invalidate('people') // refused: show where it stands now
    if (r?.bound) dispatch({ type: 'consented', nameMasked: r.bound.nameMasked, expiresAt: r.bound.expiresAt })
  }
  function confirmCode(r: ProxyRequest) {
    const code = codes[r.ref] ?? ''
    const problem = consentCodeProblem(code)
    if (problem) {
      setRequestRef(r.ref)
      setCodeProblem(problem)
      return
    }
    void onRequest({ kind: 'confirm', ref: r.ref, code })
  }
  async function cancelRequest(r: ProxyRequest) {
    const yes = await confirmDialog({
      title: '撤回代办请求',
      content: `撤回后，${r.nameMasked} 收到的请求将失效。如仍需为TA办理，可重新发起。`,
      confirmText: '撤回请求',
      cancelText: '保留请求',
    })
    if (yes) await onRequest({ kind: 'cancel', ref: r.ref })
  }
  const requestError = codeProblem ?? (requestAct.error ? withAttemptsLeft(requestAct.error) : undefined)

  // the resend countdowns: counted from when the list arrived
  const requests = useMemo(() => pendingRequests(requestList.data?.items), [requestList.data])
  const resendAt = useMemo(() => {
    const now = Date.now()
    return Object.fromEntries(requests.map((r) => [r.ref, r.smsSentAt ? now + r.resendInSeconds * 1000 : 0]))
  }, [requests])
  useCountdown(Math.max(0, ...Object.values(resendAt)))
  const waitFor = (r: ProxyRequest) => Math.max(0, Math.ceil(((resendAt[r.ref] ?? 0) - Date.now()) / 1000))

  // ---- my side: requests received, who may act for me
  const personAct = useSubmit(
    (a: PersonAct) =>
      a.kind === 'approve'
        ? api.approveRequest(a.ref)
        : a.kind === 'decline'
          ? api.declineRequest(a.ref)
          : api.endMyAgent(a.ref),
    { invalidates: ['agents', 'activity'] },
  )
  async function endAgent(a: MyAgent) {
    const yes = await confirmDialog({
      title: '结束代办授权',
      content: `结束后，${a.agent} 不能再为您办理任何业务；TA已办理的记录不受影响。如需再授权，须TA重新发起请求。`,
      confirmText: '结束授权',
      cancelText: '暂不结束',
      danger: true,
    })
    if (yes) await personAct.run({ kind: 'end', ref: a.ref })
  }

  return {
    actingFor,
    actForSelf,
    people,
    requests,
    incoming: incomingList.data?.items ?? [],
    myAgents: agentList.data?.items ?? [],
    /** undefined while loading; nothing to show when it cannot be read (not registered yet) */
    activity: activityList.error ? [] : activityList.data && actedForMe(activityList.data.items),
    form: {
      state: form,
      setName: (value: string) => dispatch({ type: 'name', value }),
      blurName: () => dispatch({ type: 'nameBlur' }),
      setId: (value: string) => dispatch({ type: 'id', value }),
      blurId: () => dispatch({ type: 'idBlur' }),
      editId: () => dispatch({ type: 'idEdit' }),
      setRelationship: (value: Relationship) => dispatch({ type: 'relationship', value }),
      submit: () => void submitAdd(),
      pending: add.pending,
      error: add.error,
    },
    list: { choose, remove: (p: BoundPerson) => void removePerson(p), error: remove.error },
    request: {
      codes,
      setCode: (ref: string, code: string) => setCodes((c) => ({ ...c, [ref]: code })),
      sendSms: (r: ProxyRequest) => void onRequest({ kind: 'sms', ref: r.ref }),
      confirm: confirmCode,
      cancel: (r: ProxyRequest) => void cancelRequest(r),
      errorFor: (r: ProxyRequest) => (requestRef === r.ref ? requestError : undefined),
      waitFor,
    },
    mine: {
      approve: (ref: string) => void personAct.run({ kind: 'approve', ref }),
      decline: (ref: string) => void personAct.run({ kind: 'decline', ref }),
      end: (a: MyAgent) => void endAgent(a),
      error: personAct.error,
    },
  }
}

export type PeopleModel = ReturnType<typeof usePeople>
