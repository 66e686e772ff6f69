/**
 * The one HTTP client of the app: `Taro.request` on all three targets (wx.request on WeChat, my.request on
 * Alipay, fetch on H5), with the session's bearer token, a timeout, and every failure turned into an
 * `ApiError` with a stable code and a Chinese message.
 *
 * The platforms answer a non-2xx status differently, and all of them end up the same here:
 *   - WeChat and H5 resolve with `{ statusCode, data, header }` whatever the status;
 *   - Alipay rejects with `{ error: 14 | 19, status, data: '<the body as a string>', headers }`;
 *   - a network failure rejects with `{ errMsg }` / `{ error, errorMessage }` / a TypeError (H5).
 * Answers are requested as text and parsed here, so every platform hands over the same thing. Every
 * promise Taro.request returns is handled: a refused request leaves no unhandled rejection behind.
 * (No axios: its browser adapters cannot run in a mini-program, and it was a fifth of the main package.)
 */
import Taro from '@tarojs/taro'
import { messageFor } from './messages'

export interface ApiErrorBody {
  ok?: false
  error: string
  message?: string
  detail?: Record<string, unknown>
  errors?: { code: string; message: string; detail?: Record<string, unknown> }[]
}

export class ApiError extends Error {
  readonly code: string
  readonly status: number
  readonly detail: Record<string, unknown>
  /** Every problem of the request (一次性告知); the first is the primary one. */
  readonly problems: { code: string; message: string; detail?: Record<string, unknown> }[]

  constructor(
    code: string,
    message: string,
    status = 0,
    detail: Record<string, unknown> = {},
    problems?: ApiError['problems'],
  ) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.detail = detail
    this.problems = problems ?? [{ code, message, detail }]
  }
}

/** Read by the request interceptor; the session store sets it (kept here to avoid an import cycle). */
let tokenProvider: () => string | undefined = () => undefined
let onUnauthorized: () => void = () => {}

export function configureAuth(provider: () => string | undefined, unauthorized: () => void) {
  tokenProvider = provider
  onUnauthorized = unauthorized
}

/**
 * Whom the app acts for (代他人核定): the acting-for store sets it (src/store/actingFor.ts). Requests sent
 * with `forPerson` carry that person's opaque `personRef` — in the query for reads, in the body for writes —
 * so no page or feature threads it through its calls.
 */
let personProvider: () => string | undefined = () => undefined

export function configurePerson(provider: () => string | undefined) {
  personProvider = provider
}

/** The personRef a `forPerson` request is sent with (undefined = the signed-in user themself). */
export const currentPersonRef = () => personProvider()

export interface RequestOptions {
  /** query parameters (undefined and null are left out) */
  params?: Record<string, unknown>
  headers?: Record<string, string>
  /** a body for DELETE */
  data?: unknown
  /** add the person acted for (`personRef`), if any: to the query of a GET, to the body otherwise */
  forPerson?: boolean
}
/** A 2xx answer. Callers read `data` (status and headers are there, optional so that tests may stub `data` only). */
export interface HttpResponse<T = unknown> {
  data: T
  status?: number
  headers?: Record<string, string>
}

/** A request that got no usable answer (`status` 0), or an answer outside 2xx (`status`, `data`). */
export class HttpError extends Error {
  constructor(
    readonly kind: 'http' | 'network' | 'timeout',
    readonly status = 0,
    readonly data?: unknown,
  ) {
    super(kind === 'http' ? `HTTP ${status}` : kind)
    this.name = 'HttpError'
  }
}

const BASE = `${API_BASE}/api`
const TIMEOUT_MS = 15000

function withQuery(url: string, params?: Record<string, unknown>): string {
  const qs = Object.entries(params ?? {})
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url
}

interface PlatformAnswer {
  statusCode?: number
  status?: number
  data?: unknown
  header?: Record<string, string>
  headers?: Record<string, string>
  errMsg?: string
  errorMessage?: string
  message?: string
  error?: number
}
const statusOf = (r: PlatformAnswer | undefined) =>
  r && typeof r.statusCode === 'number' ? r.statusCode : typeof r?.status === 'number' ? r.status : 0

function parsed(data: unknown): unknown {
  if (typeof data !== 'string') return data
  if (!data) return undefined
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

/** One request; resolves with a 2xx answer, rejects with an ApiError. */
export function request<T = unknown>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<HttpResponse<T>> {
  // Every non-GET request carries a JSON body ('{}' when there is nothing to send): Alipay declares JSON on
  // every request, and the server refuses a JSON request with an empty body.
  const personRef = opts.forPerson ? personProvider() : undefined
  let payload = method === 'GET' ? undefined : (body ?? opts.data ?? {})
  let params = opts.params
  if (personRef) {
    if (method === 'GET') params = { ...params, personRef }
    else payload = { ...(payload as Record<string, unknown>), personRef }
  }
  const header: Record<string, string> = { 'Content-Type': 'application/json', ...opts.headers }
  const token = tokenProvider()
  if (token) header.Authorization = `Bearer ${token}`
  return new Promise<HttpResponse<T>>((resolve, reject) => {
    let done = false
    const finish = (fn: () => void) => {
      if (done) return
      done = true
      clearTimeout(timer)
      fn()
    }
    const answered = (r: PlatformAnswer) =>
      finish(() => {
        const status = statusOf(r)
        const data = parsed(r.data)
        if (status >= 200 && status < 300)
          resolve({ data: data as T, status, headers: (r.header ?? r.headers ?? {}) as Record<string, string> })
        else reject(new HttpError('http', status, data))
      })
    const task = Taro.request({
      url: withQuery(BASE + url, params),
      method,
      header,
      data: payload === undefined ? undefined : JSON.stringify(payload),
      dataType: 'text',
      responseType: 'text',
      timeout: TIMEOUT_MS,
    })
    const timer = setTimeout(() => {
      finish(() => reject(new HttpError('timeout')))
      task.abort?.()
    }, TIMEOUT_MS)
    task.then(answered, (e: PlatformAnswer) => {
      // Alipay: an HTTP answer outside 2xx arrives here, with its status and the body as a string.
      if (statusOf(e) > 0) return answered(e)
      const msg = String(e?.errMsg ?? e?.errorMessage ?? e?.message ?? '')
      finish(() => reject(new HttpError(/timeout|超时/i.test(msg) || e?.error === 13 ? 'timeout' : 'network')))
    })
  }).catch((error: unknown) => Promise.reject(toApiError(error)))
}

/** axios-like verbs over `request` (what endpoints.ts uses). */
export const http = {
  get: <T = unknown>(url: string, opts?: RequestOptions) => request<T>('GET', url, undefined, opts),
  post: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', url, body ?? {}, opts),
  put: <T = unknown>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', url, body ?? {}, opts),
  delete: <T = unknown>(url: string, opts?: RequestOptions) => request<T>('DELETE', url, opts?.data, opts),
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof HttpError) {
    if (error.kind === 'timeout') return new ApiError('TIMEOUT', messageFor('TIMEOUT'), 0)
    if (error.kind === 'network') return new ApiError('NETWORK', messageFor('NETWORK'), 0)
    const { status } = error
    const body = unwrapBody(error.data)
    if (status === 401) onUnauthorized()
    if (body && typeof body.error === 'string') {
      // an empty list of problems (a gateway's or a limiter's answer) means the one problem the body names
      const problems = body.errors?.length ? body.errors : undefined
      return new ApiError(body.error, body.message || messageFor(body.error), status, body.detail ?? {}, problems)
    }
    return new ApiError('HTTP_' + status, messageFor('SERVER'), status)
  }
  return new ApiError('UNKNOWN', messageFor('UNKNOWN'))
}

/**
 * The server's error body, whatever wraps it: the parsed body itself, or one that still comes wrapped in my.request's failure object (`{ error: 19, status, data: '<body as a string>' }`,
 * Alipay's documented shape) or as unparsed text is unwrapped, so the server's own code and message are
 * shown on every platform.
 */
export function unwrapBody(data: unknown): Partial<ApiErrorBody> | undefined {
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>
    if (typeof d.error === 'number' && d.data !== undefined) return unwrapBody(d.data)
    return d as Partial<ApiErrorBody>
  }
  if (typeof data === 'string') {
    try {
      return unwrapBody(JSON.parse(data))
    } catch {
      return undefined
    }
  }
  return undefined
}

/** GET/POST helpers that return the body and throw ApiError. */
export async function get<T>(url: string, opts?: RequestOptions): Promise<T> {
  return (await http.get<T>(url, opts)).data
}

export async function post<T>(url: string, body?: unknown, opts?: RequestOptions): Promise<T> {
  return (await http.post<T>(url, body ?? {}, opts)).data
}
