/**
 * Sign-in and 实名 redirects, and the way back. Pages declare what they need in the route table
 * (src/routes.ts `Guards`) and src/routing/guard.tsx applies it; this module does the moving:
 * an unsigned user is sent to 登录 (Route.Login), a user without a bound identity to 实名认证
 * (Route.Identity); both come back to the page they came from (its route name and its opaque params
 * travel as `next` / `nextq`, never personal data), and 登录/实名 say where they will continue (`continueLabel`).
 */
import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Route, RouteTitle, type RouteName, type RoutePath } from '@/routes'
import { hasValidSession, useSession } from '@/store/session'
import { replace } from '@/utils/nav'

/** Which page of the route table is showing, with its params. */
export function currentPage(): { name?: RouteName; params: Record<string, string> } {
  const router = Taro.getCurrentInstance().router
  const raw = (router?.path ?? '').split('?')[0].replace(/^\/+/, '')
  const name = (Object.keys(Route) as RouteName[]).find((k) => Route[k] === raw)
  const params: Record<string, string> = {}
  for (const [k, v] of Object.entries(router?.params ?? {})) {
    if (typeof v === 'string' && k !== '$taroTimestamp' && k !== 'stamp') params[k] = v
  }
  return { name, params }
}

/**
 * Params to hand to Login/Identity so they can return to `name` with `params` afterwards. From Login or
 * Identity themselves, their own return target travels on (实名认证 sending an unsigned user to 登录).
 */
export function returnParams(name?: RouteName, params: Record<string, string> = {}): Record<string, string> {
  if (name === 'Login' || name === 'Identity') {
    const out: Record<string, string> = {}
    if (params.next) out.next = params.next
    if (params.nextq) out.nextq = params.nextq
    return out
  }
  if (!name) return {}
  const q = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  return q ? { next: name, nextq: q } : { next: name }
}

/** "登录后将继续办理「缴费核定」" for the page named by `next`, or undefined when there is none. */
export function continueLabel(params: Record<string, string | undefined>, done = '登录'): string | undefined {
  const next = params.next as RouteName | undefined
  if (!next || !(next in Route) || next === 'Home') return undefined
  return `${done}后将继续办理「${RouteTitle[next]}」`
}

/** Where to go once signed in (and identified): the page named by `next`, or home. */
export function continueAfterSignIn(params: Record<string, string | undefined>) {
  const next = params.next as RouteName | undefined
  const target: RoutePath = next && next in Route ? Route[next] : Route.Home
  const query: Record<string, string> = {}
  if (params.nextq) {
    for (const pair of decodeURIComponent(params.nextq).split('&')) {
      const [k, v = ''] = pair.split('=')
      if (k) query[decodeURIComponent(k)] = decodeURIComponent(v)
    }
  }
  return replace(target, query)
}

/**
 * Sends the user to Login or Identity when needed. Returns true when the user may stay.
 * `from` names the page to come back to (defaults to the current page).
 */
export function ensureSignedIn(from?: { name?: RouteName; params?: Record<string, string> }): boolean {
  const state = useSession.getState()
  const here = from ?? currentPage()
  if (!hasValidSession(state)) {
    if (state.token) state.signOut()
    void replace(Route.Login, returnParams(here.name, here.params))
    return false
  }
  if (!state.account?.identity) {
    void replace(Route.Identity, returnParams(here.name, here.params))
    return false
  }
  return true
}

export function useRequireLogin(): { ready: boolean } {
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const identified = useSession((s) => !!s.account?.identity)
  const ready = hasValidSession({ token, expiresAt }) && identified
  const redirected = useRef(false)

  useEffect(() => {
    if (ready) {
      redirected.current = false
      return
    }
    if (redirected.current) return
    redirected.current = true
    ensureSignedIn()
  }, [ready])

  return { ready }
}
