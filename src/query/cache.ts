/**
 * The app's small query layer: answers of the backend kept per account and per person acted for, shared by
 * every screen that shows them, refetched when stale or invalidated by a change.
 *
 *   const registration = useQuery(queries.registration)
 *   registration.data / registration.error / registration.loading / registration.reload()
 *   invalidate('registration', 'records')   // after a write that changed them
 *
 * A query is `{ name, args, scope, fetch }`:
 *   - scope 'app'     — the same for everybody (the region list);
 *   - scope 'account' — the signed-in user's own (messages, their own registration);
 *   - scope 'person'  — the person acted for (oneself or a relative): the cache key carries that person's ref,
 *                       so switching person never shows the other one's answer, and a switch drops them all.
 * Signing out (or in as someone else) drops everything but 'app' answers.
 *
 * Hand-written rather than TanStack Query or SWR: both lean on window focus/visibility events that the
 * mini-programs do not have, and either would add more to the mini-programs' main package than this file.
 */
import { useCallback, useEffect, useRef } from 'react'
import { create } from 'zustand'
import { toApiError, type ApiError } from '@/api/client'
import { useActingFor } from '@/store/actingFor'
import { useSession } from '@/store/session'

export type Scope = 'app' | 'account' | 'person'

export interface Query<T> {
  /** a stable name, used by `invalidate(name)` */
  name: string
  /** what else the answer depends on (a record id, a filter) */
  args?: readonly (string | number | undefined)[]
  scope: Scope
  fetch: () => Promise<T>
  /** how long an answer is used without refetching, in ms (default 30 s; Infinity = for the whole session) */
  staleMs?: number
}

interface Entry {
  data?: unknown
  error?: ApiError
  /** when `data` arrived (ms) */
  at?: number
  pending?: Promise<unknown>
}

interface CacheState {
  entries: Record<string, Entry>
}

const useCache = create<CacheState>()(() => ({ entries: {} }))

const DEFAULT_STALE_MS = 30_000

/** The scope part of a key, for the current account and person acted for. */
function scopeOf(scope: Scope, account = useSession.getState().account?.id, person = currentPerson()): string {
  if (scope === 'app') return 'app'
  if (scope === 'account') return `a:${account ?? '-'}`
  return `a:${account ?? '-'}|p:${person ?? 'self'}`
}
const currentPerson = () => useActingFor.getState().person?.personRef

export function keyOf(q: Pick<Query<unknown>, 'name' | 'args' | 'scope'>, scope = scopeOf(q.scope)): string {
  return `${scope}|${q.name}|${(q.args ?? []).map((a) => (a === undefined ? '' : String(a))).join(',')}`
}

function patch(key: string, entry: Partial<Entry>) {
  useCache.setState((s) => ({ entries: { ...s.entries, [key]: { ...s.entries[key], ...entry } } }))
}

/** Fetches a query now (sharing a request already under way) and caches the answer; rejects with an ApiError. */
export function fetchQuery<T>(q: Query<T>, key = keyOf(q)): Promise<T> {
  const running = useCache.getState().entries[key]?.pending
  if (running) return running as Promise<T>
  const pending = q.fetch().then(
    (data) => {
      // an invalidation while this ran leaves no entry behind: the answer still goes to the caller
      if (useCache.getState().entries[key]?.pending === pending)
        patch(key, { data, error: undefined, at: Date.now(), pending: undefined })
      return data
    },
    (e: unknown) => {
      const error = toApiError(e)
      if (useCache.getState().entries[key]?.pending === pending) patch(key, { error, pending: undefined })
      throw error
    },
  )
  patch(key, { pending })
  return pending
}

/** The cached answer of a query for the current account and person, if there is one (fresh or not). */
export function peekQuery<T>(q: Query<T>): T | undefined {
  return useCache.getState().entries[keyOf(q)]?.data as T | undefined
}

/** Puts an answer the app already has into the cache (e.g. the registration a write returned). */
export function setQueryData<T>(q: Query<T>, data: T) {
  patch(keyOf(q), { data, error: undefined, at: Date.now() })
}

/**
 * Marks queries stale by name (every person, every argument): screens showing them refetch at once,
 * others when they next show them. No names = everything.
 */
export function invalidate(...names: string[]) {
  useCache.setState((s) => {
    const entries: Record<string, Entry> = {}
    for (const [key, e] of Object.entries(s.entries)) {
      const name = key.split('|').at(-2) ?? ''
      entries[key] = names.length === 0 || names.includes(name) ? { data: e.data } : e
    }
    return { entries }
  })
}

/** Drops answers of the given scopes (all but 'app' by default). */
export function clearQueries(scopes: readonly Scope[] = ['account', 'person']) {
  useCache.setState((s) => {
    const entries: Record<string, Entry> = {}
    for (const [key, e] of Object.entries(s.entries)) {
      const isApp = key.startsWith('app|')
      const isPerson = key.includes('|p:')
      const scope: Scope = isApp ? 'app' : isPerson ? 'person' : 'account'
      if (!scopes.includes(scope)) entries[key] = e
    }
    return { entries }
  })
}

export interface QueryResult<T> {
  data?: T
  error?: ApiError
  /** no answer yet (a refetch behind a shown answer is not "loading") */
  loading: boolean
  /** fetches again now; resolves when done (errors land in `error`, and a failed reload drops the old answer) */
  reload: () => Promise<void>
}

/**
 * A query's answer for the current account and person acted for; fetched when missing or stale, again when
 * the person changes or the query is invalidated. `enabled: false` waits (e.g. until signed in).
 */
export function useQuery<T>(q: Query<T>, opts: { enabled?: boolean } = {}): QueryResult<T> {
  const enabled = opts.enabled ?? true
  const account = useSession((s) => s.account?.id)
  const person = useActingFor((s) => s.person?.personRef)
  const key = keyOf(q, scopeOf(q.scope, account, person))
  const entry = useCache((s) => s.entries[key])
  const staleMs = q.staleMs ?? DEFAULT_STALE_MS
  // the fetch function of the latest render (a query object may be made anew on every render)
  const latest = useRef(q)
  useEffect(() => {
    latest.current = q
  })

  const fresh = !!entry?.at && Date.now() - entry.at < staleMs
  const needed = enabled && !entry?.pending && !fresh && !entry?.error

  useEffect(() => {
    if (needed) fetchQuery(latest.current, key).catch(() => undefined)
  }, [needed, key])

  // An explicit reload (重试, pull-down refresh) that fails shows its failure: the old answer is dropped so
  // the error is what the screen shows. A background refetch that fails keeps the answer on screen.
  const reload = useCallback(async () => {
    patch(key, { error: undefined })
    await fetchQuery(latest.current, key).catch(() => patch(key, { data: undefined, at: undefined }))
  }, [key])

  return {
    data: entry?.data as T | undefined,
    error: entry?.data === undefined ? entry?.error : undefined,
    loading: enabled && entry?.data === undefined && !entry?.error,
    reload,
  }
}

// Switching the person acted for drops every person-scoped answer (they are refetched for whoever is shown);
// signing out or in as another account drops the account's answers too.
useActingFor.subscribe((s, prev) => {
  if (s.person?.personRef !== prev.person?.personRef) clearQueries(['person'])
})
useSession.subscribe((s, prev) => {
  if (s.account?.id !== prev.account?.id || (!s.token && prev.token)) clearQueries()
})
