/**
 * The one HTTP client of the app. axios runs on all three targets: on WeChat and Alipay
 * `@tarojs/plugin-http` supplies an XMLHttpRequest that calls wx.request / my.request; on H5 it is the
 * browser's own. Every failure becomes an `ApiError` with a stable code and a Chinese message.
 */
import axios, { AxiosError, type AxiosRequestConfig } from 'axios'
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

export const http = axios.create({
  baseURL: `${API_BASE}/api`,
  timeout: 15000,
  headers: { 'Content-Type': 'application/json' },
})

http.interceptors.request.use((config) => {
  const token = tokenProvider()
  if (token) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})

http.interceptors.response.use(
  (response) => response,
  (error: unknown) => Promise.reject(toApiError(error)),
)

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    const status = error.response?.status ?? 0
    const body = unwrapBody(error.response?.data)
    if (status === 401) onUnauthorized()
    if (body && typeof body.error === 'string') {
      return new ApiError(body.error, body.message || messageFor(body.error), status, body.detail ?? {}, body.errors)
    }
    if (error.code === 'ECONNABORTED') return new ApiError('TIMEOUT', messageFor('TIMEOUT'), status)
    if (!error.response) return new ApiError('NETWORK', messageFor('NETWORK'), 0)
    return new ApiError('HTTP_' + status, messageFor('SERVER'), status)
  }
  return new ApiError('UNKNOWN', messageFor('UNKNOWN'))
}

/**
 * On Alipay, a non-2xx answer reaches axios wrapped by my.request's failure object
 * (`{ error: 19, status, data }`, see @tarojs/plugin-http): unwrap it so the server's own code and
 * message are shown there too.
 */
function unwrapBody(data: unknown): Partial<ApiErrorBody> | undefined {
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>
    if (typeof d.error === 'number' && d.data && typeof d.data === 'object') return d.data as Partial<ApiErrorBody>
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
export async function get<T>(url: string, config?: AxiosRequestConfig): Promise<T> {
  const res = await http.get<T>(url, config)
  return res.data
}

export async function post<T>(url: string, body?: unknown, config?: AxiosRequestConfig): Promise<T> {
  const res = await http.post<T>(url, body ?? {}, config)
  return res.data
}
