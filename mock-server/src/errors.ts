/**
 * The server's refusal model (same shape as src/api/client.ts `ApiErrorBody`):
 *   { ok:false, error: CODE, message: 中文, detail: {...}, errors: [{code,message,detail}] }
 * Rule refusals come from src/domain with the engine's own Chinese messages; the codes below are
 * request-level codes of the server (not rules).
 *
 * HTTP status policy:
 *   400 VALIDATION_FAILED / BAD_JSON        malformed request
 *   401 UNAUTHORIZED                        no, unknown or expired token
 *   403 IDENTITY_REQUIRED / FORBIDDEN       real-name binding missing / wrong admin token
 *   404 NOT_FOUND                           does not exist, or is not yours (same answer)
 *   409 PERIOD_OVERLAP, ID_BOUND_ELSEWHERE, ACCOUNT_ALREADY_BOUND  conflicts with stored state
 *   413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE
 *   422 every other rule refusal of src/domain, IDEMPOTENCY_KEY_REUSED, login-code refusals,
 *       registration-data refusals (ETHNICITY_/ADDRESS_/MOBILE_ REQUIRED|INVALID, ADDRESS_CHARS_INVALID,
 *       HUKOU_TYPE_INVALID; address and mobile rules from src/domain/registration.ts),
 *       which join the rule refusals in one answer
 *   429 RATE_LIMITED, SMS_COOLDOWN, SMS_DAILY_LIMIT, SMS_LOCKED (header Retry-After)
 *   408 REQUEST_TIMEOUT, 431 HEADERS_TOO_LARGE (answered by app.ts clientErrorHandler, before Fastify)
 *   503 DB_BUSY (another process holds the database lock; header Retry-After) — never a 500
 */
import type { Refusal } from '../../src/domain/errors'
import { CONTACT_MESSAGES } from '../../src/domain/registration'

export interface Problem {
  code: string
  message: string
  detail?: Record<string, unknown>
}

export const SERVER_MESSAGES: Record<string, string> = {
  VALIDATION_FAILED: '提交的信息格式有误，请检查后重新提交。',
  BAD_JSON: '提交的内容不是有效的 JSON，请刷新页面后重试。',
  UNSUPPORTED_MEDIA_TYPE: '提交的内容类型不受支持，请以 JSON 格式提交。',
  PAYLOAD_TOO_LARGE: '提交的内容过大，请精简后重试。',
  NOT_FOUND: '您访问的内容不存在。',
  UNAUTHORIZED: '登录已过期或尚未登录，请重新登录。',
  FORBIDDEN: '您没有权限执行该操作。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  IDEMPOTENCY_KEY_REUSED: '该请求编号已用于另一笔不同的业务，请刷新页面后重新提交。',
  IDENTITY_REQUIRED: '请先完成实名认证（姓名 + 身份证号码）后再办理。',
  ACCOUNT_ALREADY_BOUND: '该账号已绑定其他实名信息，不能更改。如需更换，请联系社保经办机构。',
  ID_BOUND_ELSEWHERE: '该身份证号码已在本渠道绑定其他账号。请使用原账号登录；如非本人操作，请联系社保经办机构。',
  LOGIN_CODE_INVALID: '登录凭证无效，请重新进入小程序后再试。',
  SMS_CODE_INVALID: '验证码不正确，请核对后重新输入。',
  SMS_CODE_EXPIRED: '验证码已过期或未发送，请重新获取验证码。',
  SMS_TOO_MANY_ATTEMPTS: '验证码错误次数过多，该手机号已暂停验证，请稍后重新获取验证码。',
  SMS_COOLDOWN: '验证码已发送，请稍候再重新获取（每个手机号每分钟最多获取1次）。',
  SMS_DAILY_LIMIT: '该手机号今天获取验证码的次数已达上限，请明天再试，或使用微信、支付宝小程序办理。',
  SMS_LOCKED: '验证码错误次数过多，该手机号已暂停获取验证码，请稍后再试。',
  HEADERS_TOO_LARGE: '请求头过大，请清除浏览器缓存（Cookie）后重试。',
  REQUEST_TIMEOUT: '请求超时，请检查网络后重试。',
  DB_BUSY: '系统繁忙，请稍等几秒后重试。',
  AGENT_SELF: '不能把本人添加为代办对象；本人业务请直接办理。',
  ETHNICITY_REQUIRED: '请选择民族。',
  ETHNICITY_INVALID: '民族不在可选范围内，请从列表中选择（56个民族或“其他”）。',
  ...CONTACT_MESSAGES,
  CONTACT_NOTHING_TO_CHANGE: '请填写要更正的手机号码或联系地址。',
  HUKOU_TYPE_INVALID: '户口性质不在可选范围内，请从列表中选择（本地城镇、本地农村、外地城镇、外地农村）。',
  INTERNAL: '服务暂时不可用，请稍后再试。如多次失败，请拨打 12333 咨询。',
}

const CONFLICT_CODES = new Set(['PERIOD_OVERLAP', 'ID_BOUND_ELSEWHERE', 'ACCOUNT_ALREADY_BOUND'])

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly problems: Problem[],
    /** extra response headers, e.g. Retry-After on 429/503 */
    readonly headers: Record<string, string> = {},
  ) {
    super(problems[0]?.code ?? 'ERROR')
    this.name = 'AppError'
  }

  get body() {
    const [first] = this.problems
    return {
      ok: false as const,
      error: first.code,
      message: first.message,
      detail: first.detail ?? {},
      errors: this.problems.map((p) => ({ code: p.code, message: p.message, detail: p.detail ?? {} })),
    }
  }
}

/** A server-level refusal with its Chinese message. */
export function serverError(statusCode: number, code: string, detail: Record<string, unknown> = {}, message?: string) {
  return new AppError(statusCode, [
    { code, message: message ?? SERVER_MESSAGES[code] ?? SERVER_MESSAGES.INTERNAL, detail },
  ])
}

/** The engine's refusals (all of them, primary first) as an HTTP error. */
export function ruleError(errors: readonly Refusal[]): AppError {
  const status = errors.length > 0 && CONFLICT_CODES.has(errors[0].code) ? 409 : 422
  return new AppError(
    status,
    errors.map((e) => ({ code: e.code, message: e.message, detail: e.detail as Record<string, unknown> })),
  )
}

/** A refusal that tells the client when to try again (429, 503): header Retry-After and detail.retryAfterSeconds. */
export function retryLater(statusCode: number, code: string, seconds: number, detail: Record<string, unknown> = {}) {
  const s = Math.max(1, Math.ceil(seconds))
  return new AppError(
    statusCode,
    [{ code, message: SERVER_MESSAGES[code] ?? SERVER_MESSAGES.INTERNAL, detail: { ...detail, retryAfterSeconds: s } }],
    { 'retry-after': String(s) },
  )
}

export const notFound = () => serverError(404, 'NOT_FOUND')
export const unauthorized = () => serverError(401, 'UNAUTHORIZED')
