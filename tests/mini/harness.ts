/**
 * Runs the compiled mini-program bundles (dist/weapp, dist/alipay) in Node.
 *
 * `launchMini(target, { origin })` installs fake globals (`wx` or `my`, `App`, `Page`, `Component`,
 * `getApp`, `getCurrentPages`, and for Alipay `navigator`), deletes Node's `fetch`/`XMLHttpRequest` so every
 * request must go through `wx.request`/`my.request`, requires dist/<t>/app.js and runs the App's
 * onLaunch/onShow. `mini.openPage(path)` requires the page's js, builds a page instance whose `setData`
 * records and applies payloads (so `page.data.root` is the rendered tree), and runs onLoad/onShow/onReady.
 * Events go through the page's event entry `eh`, exactly as the templates in base.wxml/base.axml wire them.
 *
 * The bundle runs the way the platforms run it, not in Node's own realm:
 *  - in a separate VM context (node:vm) whose code generation is disabled (`eval` / `new Function` throw,
 *    as in WeChat and Alipay), with only the globals a mini-program has, and without `BigInt` (iOS before
 *    14 has none; `keepBigInt: true` keeps it); each bundle file is loaded by a small CommonJS loader;
 *  - navigation follows the platform rules: navigateTo / redirectTo a tab page fails, switchTab to a page
 *    that is not a tab fails, an unknown page fails, the page stack holds at most 10 pages
 *    (refusals are in `mini.navigationErrors`, not in `mini.navigations`);
 *  - events bubble: `fire` calls `eh` for the found node and then every ancestor whose template binds the
 *    event (until a `catch…` binding), each with its own currentTarget, as the native event does;
 *  - every node handed to setData must have a template in base.wxml / base.axml (`mini.templateErrors`);
 *  - wx.request answers 4xx/5xx through `success` with `statusCode`; my.request through `fail` with
 *    `status` and `data` as a string (the platforms' documented shapes).
 *
 * One launch per test file is the intended use (vitest runs each file in its own process);
 * `mini.close()` restores the globals.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { fileURLToPath } from 'node:url'
import { TODAY } from '../support/today'

export type Target = 'weapp' | 'alipay'
/** The API origin the builds are compiled with (config/index.ts default for mini-programs). */
export const BAKED_ORIGIN = 'http://127.0.0.1:3000'
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** dist/<target>; MINI_DIST=<dir> points the tests at another copy of dist/. */
export const distDir = (target: Target) => path.join(process.env.MINI_DIST ?? path.join(REPO_ROOT, 'dist'), target)

/** A node of the rendered tree (Taro's setData shape: nn = template id, sid, uid = user id, v = text, cn = children). */
export interface MiniNode {
  nn: string
  sid: string
  uid?: string
  v?: string
  cn?: MiniNode[]
  cl?: string
  [prop: string]: unknown
}
export type NodeQuery = string | { id?: string; text?: string }
export interface RecordedRequest {
  api: string
  method: string
  url: string
  sentTo: string
  header: Record<string, string>
  body?: string
  status?: number
  error?: string
}
export interface ModalCall {
  title?: string
  content?: string
  confirm?: boolean
}

// ---------------------------------------------------------------- backend

/** The test backend's ADMIN_TOKEN (the simulated tax bureau and the simulated platforms / SMS outbox). */
export const MINI_ADMIN = 'mini-test-admin-token-0123456789'

/**
 * A simulated WeChat/Alipay user (with a platform real name when given) and a fresh single-use login code
 * for it, issued by the test backend's simulated platform.
 */
export async function platformLogin(
  origin: string,
  target: Target,
  label: string,
  realName?: { name: string; idNumber: string },
): Promise<string> {
  const res = await fetch(`${origin}/api/sim/platform/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${MINI_ADMIN}` },
    body: JSON.stringify({
      channel: target === 'weapp' ? 'wechat' : 'alipay',
      platformUserId: `${target === 'weapp' ? 'wx' : '2088'}_t_${label}`,
      ...(realName ?? {}),
    }),
  })
  const json = (await res.json()) as { code: string }
  if (!res.ok) throw new Error(JSON.stringify(json))
  return json.code
}

/** The day the test backend's clock is pinned to: the tests' one TODAY. */
export { TODAY }

/**
 * Starts the real backend on 127.0.0.1:<random> with a temp DATA_DIR and the clock pinned to TODAY.
 * `env` overrides the config variables (mock-server/src/config.ts). Imported lazily so that the bundle
 * checks do not depend on the backend compiling.
 */
export async function startBackend(env: Record<string, string> = {}) {
  const { buildApp } = await import('../../mock-server/src/app')
  const { loadConfig } = await import('../../mock-server/src/config')
  const { fixedClock } = await import('../../mock-server/src/clock')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mini-test-'))
  const vars = {
    DATA_DIR: dataDir,
    H5_DIR: path.join(dataDir, 'no-h5'),
    TODAY,
    ADMIN_TOKEN: MINI_ADMIN,
    DEV_SHOW_CODE: '1',
    RATE_LOGIN_MAX: '1000',
    RATE_LOOKUP_MAX: '1000',
    ...env,
  }
  const config = loadConfig(vars as unknown as NodeJS.ProcessEnv)
  const { app } = await buildApp({ config, clock: fixedClock(vars.TODAY), logger: false })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const addr = app.server.address()
  if (!addr || typeof addr === 'string') throw new Error('backend did not listen on a TCP port')
  return {
    origin: `http://127.0.0.1:${addr.port}`,
    adminToken: vars.ADMIN_TOKEN,
    async close() {
      await app.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

// ---------------------------------------------------------------- rendered tree helpers

/** Applies one setData payload ({'root.cn.[0].v': 'x'}) to `data`, JSON-cloning values like the real setData. */
export function applySetData(data: Record<string, any>, payload: Record<string, unknown>) {
  for (const [key, value] of Object.entries(payload)) {
    const parts = key
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
    let obj: any = data
    for (let i = 0; i < parts.length - 1; i++) {
      if (obj[parts[i]] == null || typeof obj[parts[i]] !== 'object')
        obj[parts[i]] = typeof parts[i + 1] === 'number' ? [] : {}
      obj = obj[parts[i]]
    }
    obj[parts[parts.length - 1]] = value === undefined ? undefined : JSON.parse(JSON.stringify(value))
  }
}

/** All text under a node (text nodes carry `v`). */
export const textOf = (n: MiniNode): string => (n.v ?? '') + (n.cn ?? []).map(textOf).join('')

function walk(n: MiniNode, parents: MiniNode[], visit: (n: MiniNode, parents: MiniNode[]) => void) {
  visit(n, parents)
  for (const c of n.cn ?? []) walk(c, [...parents, n], visit)
}

/**
 * Finds a node by id (user id or Taro sid) or by text: the innermost element whose whole text is `text`,
 * else the innermost element whose text contains it (first in document order).
 */
export function findNode(root: MiniNode, query: NodeQuery): { node: MiniNode; parents: MiniNode[] } | undefined {
  const q = typeof query === 'string' ? { id: query } : query
  let byId: { node: MiniNode; parents: MiniNode[] } | undefined
  let exact: typeof byId
  let partial: typeof byId
  walk(root, [], (node, parents) => {
    if (q.id !== undefined && (node.uid === q.id || node.sid === q.id) && !byId) byId = { node, parents }
    if (q.text === undefined || node.v !== undefined || !node.sid) return
    const text = textOf(node)
    // A later match replaces an earlier one only when nested in it, so the innermost element wins.
    if (text.trim() === q.text && (!exact || parents.includes(exact.node))) exact = { node, parents }
    if (text.includes(q.text) && (!partial || parents.includes(partial.node))) partial = { node, parents }
  })
  return q.id !== undefined ? byId : (exact ?? partial)
}

const baseTemplate = (target: Target) => path.join(distDir(target), target === 'weapp' ? 'base.wxml' : 'base.axml')
const lowerFirst = (e: string) => e[0].toLowerCase() + e.slice(1)

/**
 * Which events each template (by `nn`) binds to `eh`, read from base.wxml / base.axml. An Input's
 * template `tmpl_0_<n>` switches between `_focus` / `_blur` variants: their bindings count for `<n>`.
 */
function boundEvents(target: Target): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  for (const m of fs
    .readFileSync(baseTemplate(target), 'utf8')
    .matchAll(/<template name="tmpl_0_(\w+)">\s*<[\w-]+([^>]*)>/g)) {
    const nn = m[1].replace(/_(focus|blur)$/, '')
    const events = [...m[2].matchAll(/(?:bind|on)(\w+)="eh"/g)].map((e) => lowerFirst(e[1]))
    map.set(nn, new Set([...(map.get(nn) ?? []), ...events]))
  }
  return map
}

/** Events each template stops (`catch…="eh"`): bubbling ends there. */
function caughtEvents(target: Target): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  for (const m of fs
    .readFileSync(baseTemplate(target), 'utf8')
    .matchAll(/<template name="tmpl_0_(\w+)">\s*<[\w-]+([^>]*)>/g)) {
    const nn = m[1].replace(/_(focus|blur)$/, '')
    const events = [...m[2].matchAll(/catch(\w+)="eh"/g)].map((e) => lowerFirst(e[1]))
    map.set(nn, new Set([...(map.get(nn) ?? []), ...events]))
  }
  return map
}

/** The template ids (`nn`) base.wxml / base.axml defines: a node with another id renders nothing on a phone. */
function templateIds(target: Target): Set<string> {
  const text = fs.readFileSync(baseTemplate(target), 'utf8')
  return new Set([...text.matchAll(/<template name="tmpl_\d+_(\w+?)(?:_focus|_blur)?"/g)].map((m) => m[1]))
}

// ---------------------------------------------------------------- fake wx / my

export interface NavigationError {
  api: string
  url?: string
  error: string
}
/** What the fake platform knows of the app (from app.json) and of the page stack. */
interface NavState {
  pages: Set<string>
  tabs: Set<string>
  stack: string[]
}
/** WeChat's privacy authorization (wx.onNeedPrivacyAuthorization), as the base library runs it. */
interface PrivacyState {
  agreed: boolean
  listener?: (resolve: (r: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void
  /** ids of the buttons with open-type agreePrivacyAuthorization the user tapped */
  agreeTaps: Set<string>
}
/** the page stack limit of both platforms */
export const MAX_PAGES = 10

interface Recorder {
  requests: RecordedRequest[]
  navigationErrors: NavigationError[]
  templateErrors: string[]
  /** what the app put on the clipboard, in order */
  clipboard: string[]
  calls: { api: string; args: unknown }[]
  toasts: { title?: string; icon?: string }[]
  modals: ModalCall[]
  navigations: { api: string; url?: string }[]
  storage: Map<string, unknown>
  modalAnswers: (boolean | ((m: ModalCall) => boolean))[]
}

const later = (fn: () => void) => setTimeout(fn, 0)
function reply(o: any, res: object) {
  later(() => {
    o?.success?.(res)
    o?.complete?.(res)
  })
}
/**
 * The argument of a request's `fail`. Taro's promise around wx.request/my.request rejects with it and
 * plugin-http's XHR never handles that promise, so each failed request is an unhandled rejection (on a
 * device too). It is an Error whose message starts with 'request:fail', so that the vitest config can
 * tell these apart from real unhandled errors.
 */
const requestFailure = (msg: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(`request:fail ${msg}`), { errMsg: `request:fail ${msg}`, ...fields })
const clone = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)))

function createFakeApi(
  target: Target,
  origin: () => string,
  realFetch: typeof fetch,
  rec: Recorder,
  nav: NavState,
  privacy: PrivacyState,
  loginCode = target === 'weapp' ? 'test-code' : 'test-auth',
): Record<string, any> {
  const apiName = target === 'weapp' ? 'wx' : 'my'
  const record = (api: string, args: unknown) => rec.calls.push({ api, args })
  const noop =
    (api: string, res: Record<string, unknown> = {}) =>
    (o: any = {}) => {
      record(api, o)
      reply(o, { errMsg: `${api}:ok`, ...res })
    }
  /** The platforms' navigation rules; a refusal goes to `fail` (Taro's promise rejects). */
  const navigate = (api: string) => (o: any) => {
    record(api, o)
    const route = String(o?.url ?? '')
      .replace(/^\//, '')
      .split('?')[0]
    const { stack, tabs, pages } = nav
    let error: string | undefined
    if (api !== 'navigateBack' && !pages.has(route)) error = `page "${route}" is not found`
    else if ((api === 'navigateTo' || api === 'redirectTo') && tabs.has(route)) error = `can not ${api} a tabbar page`
    else if (api === 'switchTab' && !tabs.has(route)) error = 'can not switch to no-tabBar page'
    else if (api === 'navigateTo' && stack.length >= MAX_PAGES) error = 'webview count limit exceed'
    if (error) {
      rec.navigationErrors.push({ api, url: o?.url, error })
      return reply({ success: o?.fail, complete: o?.complete }, { errMsg: `${api}:fail ${error}` })
    }
    if (api === 'navigateTo') stack.push(route)
    else if (api === 'redirectTo') stack.splice(stack.length - 1, 1, route)
    else if (api === 'switchTab' || api === 'reLaunch') stack.splice(0, stack.length, route)
    else stack.splice(Math.max(1, stack.length - Math.max(1, Number(o?.delta ?? 1))))
    rec.navigations.push({ api, url: o?.url })
    reply(o, { errMsg: `${api}:ok` })
  }
  /** wx.setClipboardData: refused unless the user agreed to the privacy guideline through the app's own prompt. */
  const setClipboardData = (o: any) => {
    record('setClipboardData', o)
    const done = () => {
      rec.clipboard.push(String(o?.data))
      reply(o, { errMsg: 'setClipboardData:ok' })
    }
    const refuse = () =>
      reply(
        { success: o?.fail, complete: o?.complete },
        { errMsg: 'setClipboardData:fail privacy permission is not authorized' },
      )
    if (privacy.agreed) return done()
    if (!privacy.listener) return refuse()
    privacy.listener(
      (r) => {
        if (r.event === 'exposureAuthorization') return
        if (r.event === 'agree' && r.buttonId && privacy.agreeTaps.has(r.buttonId)) {
          privacy.agreed = true
          return done()
        }
        refuse()
      },
      { referrer: 'setClipboardData' },
    )
  }
  const modal = (api: string) => (o: any) => {
    record(api, o)
    const m: ModalCall = { title: o?.title, content: o?.content }
    const answer = rec.modalAnswers.shift() ?? true
    m.confirm = typeof answer === 'function' ? answer(m) : answer
    rec.modals.push(m)
    reply(o, api === 'alert' ? { success: true } : { confirm: m.confirm, cancel: !m.confirm })
  }

  /** wx.request / my.request: only the baked origin is allowed; it is rewritten to the test backend. */
  function request(o: any) {
    const header: Record<string, string> = { ...(target === 'weapp' ? o.header : o.headers) }
    for (const k of Object.keys(header)) if (header[k] === undefined) delete header[k]
    const method = String(o.method ?? 'GET').toUpperCase()
    const r: RecordedRequest = { api: `${apiName}.request`, method, url: o.url, sentTo: '', header }
    rec.requests.push(r)
    const ctrl = new AbortController()
    const fail = (msg: string) => {
      r.error = msg
      reply({ success: o.fail, complete: o.complete }, requestFailure(msg, { error: 12, errorMessage: msg }))
    }
    if (!String(o.url).startsWith(BAKED_ORIGIN + '/')) {
      fail(`blocked by test harness: ${o.url} is not under ${BAKED_ORIGIN}`)
      return { abort() {} }
    }
    let url = origin() + String(o.url).slice(BAKED_ORIGIN.length)
    let body: string | undefined
    if (typeof o.data === 'string') body = o.data
    else if (o.data && method === 'GET') {
      const qs = new URLSearchParams(o.data).toString()
      if (qs) url += (url.includes('?') ? '&' : '?') + qs
    } else if (o.data && Object.keys(o.data).length) body = JSON.stringify(o.data)
    if (method === 'GET' || method === 'HEAD') body = undefined
    r.sentTo = url
    r.body = body
    realFetch(url, { method, headers: header, body, signal: ctrl.signal })
      .then(async (res) => {
        const text = await res.text()
        let data: unknown = text
        if ((o.dataType ?? 'json') === 'json') {
          try {
            data = JSON.parse(text)
          } catch {}
        }
        const headers = Object.fromEntries(res.headers.entries())
        r.status = res.status
        if (target === 'weapp') return reply(o, { data, statusCode: res.status, header: headers, errMsg: 'request:ok' })
        // Alipay: HTTP status outside 2xx goes to `fail` with error 19 (Taro's XHR shim turns it back into a response).
        if (res.status >= 200 && res.status < 300) return reply(o, { data, status: res.status, headers })
        const err = { error: 19, errorMessage: 'http status error', status: res.status, data: text, headers }
        reply({ success: o.fail, complete: o.complete }, requestFailure('http status error', err))
      })
      .catch((e: Error) => fail(e.message))
    return { abort: () => ctrl.abort(), onHeadersReceived() {}, offHeadersReceived() {} }
  }

  const info = { pixelRatio: 2, windowWidth: 375, windowHeight: 700, screenWidth: 375, screenHeight: 812 }
  const systemInfo = { ...info, platform: 'devtools', system: 'Node', SDKVersion: '3.5.0', language: 'zh_CN' }
  const api: Record<string, any> = {
    request,
    canIUse: () => true,
    getSystemInfoSync: () => ({ ...systemInfo }),
    getSystemInfo: noop('getSystemInfo', systemInfo),
    getNetworkType: noop('getNetworkType', { networkType: 'wifi' }),
    showToast: (o: any) => {
      rec.toasts.push({ title: o?.title ?? o?.content, icon: o?.icon ?? o?.type })
      noop('showToast')(o)
    },
    clearStorageSync: () => rec.storage.clear(),
  }
  for (const name of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack']) api[name] = navigate(name)
  const noops = ['hideToast', 'showLoading', 'hideLoading', 'stopPullDownRefresh', 'startPullDownRefresh']
  noops.push('pageScrollTo', 'vibrateShort', 'makePhoneCall', 'onNetworkStatusChange')
  noops.push(...(target === 'weapp' ? ['checkSession', 'setNavigationBarTitle', 'openPrivacyContract'] : []))
  noops.push(...(target === 'alipay' ? ['setNavigationBar'] : []))
  for (const name of noops) api[name] = noop(name)
  if (target === 'weapp') {
    api.setClipboardData = setClipboardData
    api.onNeedPrivacyAuthorization = (listener: PrivacyState['listener']) => void (privacy.listener = listener)
    api.getPrivacySetting = (o: any) =>
      reply(o, { needAuthorization: !privacy.agreed, privacyContractName: '《指尖办小程序隐私保护指引》' })
  } else
    api.setClipboard = (o: any) => {
      record('setClipboard', o)
      rec.clipboard.push(String(o?.text))
      reply(o, {})
    }
  const get = (key: string) => (rec.storage.has(key) ? clone(rec.storage.get(key)) : undefined)

  if (target === 'weapp')
    return Object.assign(api, {
      login: noop('login', { code: loginCode }),
      showModal: modal('showModal'),
      getStorageSync: (key: string) => get(key) ?? '',
      setStorageSync: (key: string, data: unknown) => void rec.storage.set(key, clone(data)),
      removeStorageSync: (key: string) => void rec.storage.delete(key),
      getStorage: (o: any) =>
        rec.storage.has(o.key)
          ? reply(o, { data: get(o.key), errMsg: 'getStorage:ok' })
          : reply({ success: o.fail, complete: o.complete }, { errMsg: 'getStorage:fail data not found' }),
      setStorage: (o: any) => (rec.storage.set(o.key, clone(o.data)), reply(o, { errMsg: 'setStorage:ok' })),
      removeStorage: (o: any) => (rec.storage.delete(o.key), reply(o, { errMsg: 'removeStorage:ok' })),
      getWindowInfo: () => ({ ...info }),
      getDeviceInfo: () => ({ ...systemInfo }),
      getAppBaseInfo: () => ({ ...systemInfo }),
      getLaunchOptionsSync: () => ({ path: 'tabs/home/index', query: {}, scene: 1001 }),
    })
  return Object.assign(api, {
    httpRequest: request,
    getAuthCode: noop('getAuthCode', { authCode: loginCode }),
    confirm: modal('confirm'),
    alert: modal('alert'),
    getStorageSync: (o: { key: string }) => ({ data: get(o.key) ?? null }),
    setStorageSync: (o: { key: string; data: unknown }) => void rec.storage.set(o.key, clone(o.data)),
    removeStorageSync: (o: { key: string }) => void rec.storage.delete(o.key),
  })
}

// ---------------------------------------------------------------- launching

export interface LaunchOptions {
  /** Where requests to BAKED_ORIGIN really go (the test backend's origin). */
  origin: string
  /** Initial storage contents. */
  storage?: Record<string, unknown>
  /** Extra or replacement wx/my APIs. */
  apis?: Record<string, any>
  /** What wx.login / my.getAuthCode answer: a code the simulated platform issued (POST /api/sim/platform/users). */
  loginCode?: string
  /** Keep `BigInt` in the sandbox (it is removed by default: iOS before 14 has none). */
  keepBigInt?: boolean
  /** The user's font size setting the platform reports (getSystemInfoSync().fontSizeSetting); default 16. */
  fontSizeSetting?: number
  /** The user already agreed to WeChat's privacy guideline. */
  privacyAgreed?: boolean
}

/**
 * A CommonJS loader for the bundle's files inside the sandbox: `require("./common")` and friends resolve
 * inside dist/<target>; anything else is refused (a phone has no node_modules).
 */
function bundleLoader(dir: string, ctx: vm.Context) {
  const cache = new Map<string, { exports: unknown }>()
  function load(file: string): unknown {
    const known = cache.get(file)
    if (known) return known.exports
    if (!file.startsWith(dir + path.sep)) throw new Error(`bundle requires ${file}, outside ${dir}`)
    const module = { exports: {} }
    cache.set(file, module)
    const code = fs.readFileSync(file, 'utf8')
    const wrapped = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: file })
    const fn = wrapped.runInContext(ctx)
    const req = (spec: string) => {
      if (!/^\.{1,2}\//.test(spec))
        throw new Error(`${path.relative(dir, file)}: require("${spec}") outside the bundle`)
      const p = path.resolve(path.dirname(file), spec)
      return load(fs.existsSync(p) && fs.statSync(p).isFile() ? p : p + '.js')
    }
    fn.call(module.exports, req, module, module.exports)
    return module.exports
  }
  return load
}

const GLOBALS = [
  'wx',
  'my',
  'App',
  'Page',
  'Component',
  'getApp',
  'getCurrentPages',
  'fetch',
  'XMLHttpRequest',
  'navigator',
]

export type Mini = Awaited<ReturnType<typeof launchMini>>
export type MiniPage = Awaited<ReturnType<Mini['openPage']>>

/** Loads dist/<target>/app.js with fake globals and runs the App's onLaunch/onShow. */
export async function launchMini(target: Target, opts: LaunchOptions) {
  const dir = distDir(target)
  if (!fs.existsSync(path.join(dir, 'app.js')))
    throw new Error(`${dir}/app.js is missing: run \`npm run build:${target}\` first`)
  const g = globalThis as any
  const saved = new Map(GLOBALS.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)]))
  const realFetch: typeof fetch = g.fetch.bind(g)
  delete g.fetch
  delete g.XMLHttpRequest
  const rec: Recorder = {
    requests: [],
    navigationErrors: [],
    templateErrors: [],
    clipboard: [],
    calls: [],
    toasts: [],
    modals: [],
    navigations: [],
    modalAnswers: [],
    storage: new Map(Object.entries(opts.storage ?? {})),
  }
  let origin = opts.origin
  const appJson = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const subPackages: { root: string; pages: string[] }[] = appJson.subPackages ?? appJson.subpackages ?? []
  const nav: NavState = {
    pages: new Set([
      ...(appJson.pages ?? []),
      ...subPackages.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
    ]),
    tabs: new Set((appJson.tabBar?.list ?? appJson.tabBar?.items ?? []).map((t: any) => t.pagePath)),
    stack: ['tabs/home/index'],
  }
  const privacy: PrivacyState = { agreed: !!opts.privacyAgreed, agreeTaps: new Set() }
  const api = { ...createFakeApi(target, () => origin, realFetch, rec, nav, privacy, opts.loginCode), ...opts.apis }
  if (opts.fontSizeSetting !== undefined) {
    const sys = api.getSystemInfoSync
    api.getSystemInfoSync = () => ({ ...sys(), fontSizeSetting: opts.fontSizeSetting })
  }

  let app: any
  let registered: any
  const stack: any[] = []
  // The globals a mini-program's code sees (and nothing of Node's): in their own VM context.
  const sandbox: Record<string, unknown> = {
    [target === 'weapp' ? 'wx' : 'my']: api,
    App: (cfg: any) => (app = cfg),
    Page: (cfg: any) => (registered = cfg),
    Component: () => {}, // comp.js (recursive template component) is not needed: its data comes from the page's setData
    getApp: () => app,
    getCurrentPages: () => [...stack],
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  }
  if (target === 'alipay') sandbox.navigator = { userAgent: 'AlipayClient node-test' }
  const ctx = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false }, name: `${target} sandbox` })
  if (!opts.keepBigInt)
    vm.runInContext('delete globalThis.BigInt; delete globalThis.BigInt64Array; delete globalThis.BigUint64Array', ctx)
  // Tests that drive the fakes directly find them on the host's globals too.
  g[target === 'weapp' ? 'wx' : 'my'] = api
  for (const k of ['App', 'Page', 'Component', 'getApp', 'getCurrentPages']) g[k] = sandbox[k]
  if (target === 'alipay')
    Object.defineProperty(g, 'navigator', { value: sandbox.navigator, configurable: true, writable: true })

  const load = bundleLoader(dir, ctx)
  load(path.join(dir, 'app.js'))
  if (!app) throw new Error(`${target}: app.js did not call App()`)
  const launch = { path: 'tabs/home/index', query: {}, scene: 1001 }
  app.onLaunch?.call(app, launch)
  app.onShow?.call(app, launch)
  const events = boundEvents(target)
  const caught = caughtEvents(target)
  const templates = templateIds(target)
  const pageConfigs = new Map<string, any>()

  /** Loads a page by path ('tabs/home/index'), runs onLoad/onShow/onReady and returns a handle. */
  async function openPage(pagePath: string, query: Record<string, string> = {}) {
    const route = pagePath.replace(/^\//, '')
    if (!pageConfigs.has(route)) {
      registered = undefined
      load(path.join(dir, route + '.js'))
      if (!registered) throw new Error(`${route}.js did not call Page()`)
      pageConfigs.set(route, registered)
    }
    const cfg = pageConfigs.get(route)
    const updates: Record<string, unknown>[] = []
    const instance: any = {
      ...cfg,
      data: clone(cfg.data ?? {}),
      route,
      __route__: route,
      options: query,
      setData(payload: Record<string, unknown>, cb?: () => void) {
        updates.push(payload)
        applySetData(this.data, payload)
        if (this.data.root)
          walk(this.data.root, [], (n) => {
            if (n.nn !== undefined && !templates.has(String(n.nn)))
              rec.templateErrors.push(
                `${route}: node ${n.sid} has template id "${n.nn}", which ${path.basename(baseTemplate(target))} does not define`,
              )
          })
        if (cb) later(cb)
      },
    }
    stack.push(instance)
    instance.onLoad?.call(instance, query)
    instance.onShow?.call(instance)
    instance.onReady?.call(instance)
    const root = (): MiniNode => instance.data.root ?? { nn: 'root', sid: '' }
    const text = () => textOf(root())

    /** Polls until `check` is truthy (or `text` appears), else throws with the rendered text. */
    async function waitFor(check: string | (() => unknown), timeout = 5000) {
      const ok = typeof check === 'string' ? () => text().includes(check) : check
      const end = Date.now() + timeout
      while (!ok()) {
        if (Date.now() > end)
          throw new Error(
            `${route}: timed out waiting for ${typeof check === 'string' ? `"${check}"` : 'condition'}; rendered text: ${text()}`,
          )
        await new Promise((r) => setTimeout(r, 10))
      }
    }
    const find = (q: NodeQuery) => findNode(root(), q)?.node
    /**
     * Fires a mini-program event the way the platform does: the page's `eh` is called for the found node
     * and then for every ancestor whose template binds `type` (bubbling), each time with that element as
     * currentTarget, until an element that catches it (`catch…="eh"`). Taro's runtime relies on this: a
     * handler whose parent also listens only runs when the event reaches the outermost listener.
     */
    function fire(q: NodeQuery, type: string, detail: Record<string, unknown> = {}) {
      const hit = findNode(root(), q)
      if (!hit) throw new Error(`${route}: no node ${JSON.stringify(q)}; rendered text: ${text()}`)
      const chain = [hit.node, ...[...hit.parents].reverse()].filter(
        (n) => n.sid && (events.get(n.nn)?.has(type) || caught.get(n.nn)?.has(type)),
      )
      const stop = chain.findIndex((n) => caught.get(n.nn)?.has(type))
      const listeners = stop >= 0 ? chain.slice(0, stop + 1) : chain
      if (!listeners.length) throw new Error(`${route}: no element binds '${type}' at or above ${JSON.stringify(q)}`)
      if (type === 'agreeprivacyauthorization' || type === 'agreePrivacyAuthorization')
        privacy.agreeTaps.add(String(hit.node.uid ?? hit.node.sid))
      const asTarget = (n: MiniNode) => ({ id: n.uid ?? n.sid, dataset: { sid: n.sid } })
      let result: unknown
      for (const current of listeners) {
        const event = {
          type,
          timeStamp: Date.now(),
          detail,
          mark: {},
          touches: [],
          changedTouches: [],
          target: asTarget(hit.node),
          currentTarget: asTarget(current),
        }
        result = instance.eh.call(instance, event)
      }
      return result
    }
    return {
      route,
      instance,
      /** Every setData payload, in order. */
      updates,
      root,
      text,
      find,
      waitFor,
      fire,
      tap: (q: NodeQuery) => fire(q, 'tap', { x: 0, y: 0 }),
      input: (q: NodeQuery, value: string) => fire(q, 'input', { value, cursor: value.length }),
      pullDownRefresh: () => instance.onPullDownRefresh?.call(instance),
      unload() {
        instance.onUnload?.call(instance)
        stack.splice(stack.indexOf(instance), 1)
      },
    }
  }

  return {
    target,
    app,
    ...rec,
    openPage,
    /** Where requests to BAKED_ORIGIN go now (the test backend). */
    origin: () => origin,
    /** Sends later requests to another origin (e.g. a dead port, to test error states). */
    setOrigin: (o: string) => void (origin = o),
    /** Answers the next showModal calls in order (true = confirm); unanswered modals are confirmed. */
    answerModal: (...answers: (boolean | ((m: ModalCall) => boolean))[]) => void rec.modalAnswers.push(...answers),
    /** Node's own fetch (removed from the globals while the app runs), for arranging state on the backend. */
    hostFetch: realFetch,
    /** Runs code inside the sandbox (what the bundle sees), e.g. to check that eval is refused there. */
    runInSandbox: (code: string): unknown => vm.runInContext(code, ctx),
    /** The pages the platform's stack holds (what navigateTo / redirectTo / switchTab / navigateBack made of it). */
    pageStack: () => [...nav.stack],
    close() {
      for (const p of [...stack].reverse()) p.onUnload?.call(p)
      stack.length = 0
      for (const [k, d] of saved) {
        if (d) Object.defineProperty(g, k, d)
        else delete g[k]
      }
    },
  }
}
