// @vitest-environment jsdom
// The app's shared machinery without rendering: the transport adds the person acted for, the query cache
// keeps answers per person, the submit helper owns idempotency keys, route guards decide before render.
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, http } from '@/api/client'
import { api } from '@/api/endpoints'
import { renderHook, act, waitFor } from '@testing-library/react'
import {
  clearQueries,
  fetchQuery,
  invalidate,
  keyOf,
  peekQuery,
  setQueryData,
  useQuery,
  type Query,
} from '@/query/cache'
import { SubmissionKeys } from '@/query/submit'
import { guardDecision } from '@/routing/guard'
import { continueLabel } from '@/routing/auth'
import { Guards, Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'

const asRef = (personRef: string) => ({ personRef, nameMasked: '赵*办' })

afterEach(() => {
  vi.restoreAllMocks()
  useActingFor.getState().actForSelf()
  clearQueries(['app', 'account', 'person'])
})

describe('transport: the person acted for', () => {
  let sent: { url: string; data?: string }[]
  beforeEach(() => {
    sent = []
    vi.spyOn(Taro, 'request').mockImplementation(((o: { url: string; data?: string }) => {
      sent.push({ url: o.url, data: o.data })
      return Promise.resolve({ statusCode: 200, data: '{}', header: {} })
    }) as never)
  })

  it('adds personRef to the query of a person-scoped read, and nothing for oneself', async () => {
    await http.get('/registration', { forPerson: true })
    useActingFor.getState().actFor(asRef('pr_123'))
    await http.get('/registration', { forPerson: true, params: { status: 'ASSESSED' } })
    await http.get('/me')
    expect(sent.map((s) => s.url.replace(/^.*\/api/, ''))).toEqual([
      '/registration',
      '/registration?status=ASSESSED&personRef=pr_123',
      '/me',
    ])
  })

  it('adds personRef to the body of a person-scoped write', async () => {
    useActingFor.getState().actFor(asRef('pr_9'))
    await http.post('/assessments/quote', { start: '2026-01' }, { forPerson: true })
    await http.post('/auth/logout', {})
    expect(JSON.parse(sent[0].data!)).toEqual({ start: '2026-01', personRef: 'pr_9' })
    expect(JSON.parse(sent[1].data!)).toEqual({})
  })

  it('the endpoint table marks the person-scoped endpoints', async () => {
    const get = vi.spyOn(http, 'get').mockResolvedValue({ data: {} } as never)
    await api.registration().catch(() => undefined)
    await api.ownRegistration().catch(() => undefined)
    expect(get.mock.calls[0][1]).toMatchObject({ forPerson: true })
    expect(get.mock.calls[1][1]).not.toMatchObject({ forPerson: true })
  })
})

describe('query cache', () => {
  const counted = (name: string, scope: Query<unknown>['scope']) => {
    let n = 0
    const q: Query<number> = { name, scope, fetch: async () => ++n }
    return { q, calls: () => n }
  }

  it('keys person-scoped answers by the person acted for', async () => {
    const { q } = counted('registration', 'person')
    const self = keyOf(q)
    useActingFor.getState().actFor(asRef('pr_a'))
    expect(keyOf(q)).not.toBe(self)
    expect(keyOf(q)).toContain('pr_a')
  })

  it('shares one request between callers and caches the answer', async () => {
    const { q, calls } = counted('records', 'person')
    const [a, b] = await Promise.all([fetchQuery(q), fetchQuery(q)])
    expect([a, b, calls()]).toEqual([1, 1, 1])
    expect(peekQuery(q)).toBe(1)
  })

  it('drops every person-scoped answer when the person acted for changes, keeps the others', async () => {
    const person = counted('registration', 'person')
    const app = counted('regions', 'app')
    await fetchQuery(person.q)
    await fetchQuery(app.q)
    useActingFor.getState().actFor(asRef('pr_b'))
    useActingFor.getState().actForSelf()
    expect(peekQuery(person.q)).toBeUndefined()
    expect(peekQuery(app.q)).toBe(1)
  })

  it('invalidate keeps the shown answer but makes it stale (refetched next time)', async () => {
    const { q, calls } = counted('records', 'person')
    setQueryData(q, 41)
    invalidate('records')
    expect(peekQuery(q)).toBe(41)
    expect(await fetchQuery(q)).toBe(1)
    expect(calls()).toBe(1)
  })

  it('a failed fetch rejects with an ApiError and keeps no answer', async () => {
    const q: Query<number> = {
      name: 'x',
      scope: 'account',
      fetch: () => Promise.reject(new ApiError('NETWORK', '网络连接失败')),
    }
    await expect(fetchQuery(q)).rejects.toMatchObject({ code: 'NETWORK' })
    expect(peekQuery(q)).toBeUndefined()
  })
})

describe('useQuery', () => {
  it('a failed explicit reload (重试, pull-down) shows its error instead of the old answer; a success brings it back', async () => {
    let fail = false
    const q: Query<string> = {
      name: 'health',
      scope: 'app',
      fetch: () => (fail ? Promise.reject(new ApiError('NETWORK', '网络连接失败')) : Promise.resolve('ok')),
    }
    const { result } = renderHook(() => useQuery(q))
    await waitFor(() => expect(result.current.data).toBe('ok'))
    fail = true
    await act(() => result.current.reload())
    expect(result.current.data).toBeUndefined()
    expect(result.current.error?.code).toBe('NETWORK')
    fail = false
    await act(() => result.current.reload())
    expect(result.current).toMatchObject({ data: 'ok', error: undefined, loading: false })
  })
})

describe('submission keys', () => {
  it('reuses the key for a retry of the same submission, and not after a success or for other content', () => {
    const keys = new SubmissionKeys()
    const first = keys.keyFor({ start: '2026-01', base: '100' })
    expect(keys.keyFor({ start: '2026-01', base: '100' })).toBe(first)
    const other = keys.keyFor({ start: '2026-02', base: '100' })
    expect(other).not.toBe(first)
    keys.done()
    expect(keys.keyFor({ start: '2026-02', base: '100' })).not.toBe(other)
  })
})

describe('route guards', () => {
  const all = { signedIn: true, identified: true, registration: { registered: true } }

  it('are declared for every flow that needs a signed-in, identified person', () => {
    for (const name of ['Assess', 'Register', 'Records', 'Suspend', 'People'] as const)
      expect(Guards[name]).toEqual(expect.arrayContaining(['signedIn', 'identified']))
    expect(Guards.Assess).toContain('registered')
    expect(Guards.Home).toBeUndefined()
  })

  it('send an unsigned user to 登录 first, then to 实名认证, then wait for the registration', () => {
    const req = Guards.Assess!
    expect(guardDecision(req, { ...all, signedIn: false, identified: false })).toEqual({
      kind: 'redirect',
      to: Route.Login,
    })
    expect(guardDecision(req, { ...all, identified: false })).toEqual({ kind: 'redirect', to: Route.Identity })
    expect(guardDecision(req, { ...all, registration: undefined })).toEqual({ kind: 'wait' })
    expect(guardDecision(req, { ...all, registration: { registered: false } })).toEqual({ kind: 'notRegistered' })
    expect(guardDecision(req, all)).toEqual({ kind: 'pass' })
    const error = new ApiError('NETWORK', '网络连接失败')
    expect(guardDecision(req, { ...all, registration: undefined, registrationError: error })).toEqual({
      kind: 'error',
      error,
    })
  })

  it('tell 登录 where the user will continue', () => {
    expect(continueLabel({ next: 'Assess' })).toBe('登录后将继续办理「缴费核定」')
    expect(continueLabel({ next: 'Home' })).toBeUndefined()
    expect(continueLabel({ next: 'NoSuchPage' })).toBeUndefined()
  })
})
