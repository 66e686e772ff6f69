/**
 * The server's refusal model (same shape as src/api/client.ts `ApiErrorBody`):
 *   { ok:false, error: CODE, message: 中文, detail: {...}, errors: [{code,message,detail}] }
 * Rule refusals come from src/domain with the engine's own Chinese messages; the server's own codes are
 * request-level codes (not rules). The words of both are in the catalogue, src/domain/messages.ts.
 *
 * HTTP status policy:
 *   400 VALIDATION_FAILED / BAD_JSON        malformed request
 *   401 UNAUTHORIZED                        no, unknown or expired token
 *   403 IDENTITY_REQUIRED / FORBIDDEN       real-name binding missing / wrong admin token
 *   404 NOT_FOUND                           does not exist, or is not yours (same answer)
 *   409 PERIOD_OVERLAP, ID_BOUND_ELSEWHERE, ACCOUNT_ALREADY_BOUND  conflicts with stored state
 *   409 IDEMPOTENCY_IN_FLIGHT               the same Idempotency-Key is being handled right now (another
 *                                           request, maybe on another instance); header Retry-After
 *   413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE
 *   422 every other rule refusal of src/domain, IDEMPOTENCY_KEY_REUSED, login-code refusals,
 *       registration-data refusals (ETHNICITY_/ADDRESS_/MOBILE_ REQUIRED|INVALID, ADDRESS_CHARS_INVALID,
 *       HUKOU_TYPE_INVALID; address and mobile rules from src/domain/registration.ts),
 *       which join the rule refusals in one answer
 *   429 RATE_LIMITED, SMS_COOLDOWN, SMS_DAILY_LIMIT, SMS_LOCKED (header Retry-After)
 *   408 REQUEST_TIMEOUT, 431 HEADERS_TOO_LARGE (answered by app.ts clientErrorHandler, before Fastify)
 *   503 DB_BUSY (another process holds the database lock; header Retry-After) — never a 500
 */
import { messageOf, type Refusal } from './engine'

export interface Problem {
  code: string
  message: string
  detail?: Record<string, unknown>
}

/** The catalogue's words for a code (src/domain/messages.ts); unknown codes get INTERNAL's. */
export function messageFor(code: string, detail: Record<string, unknown> = {}): string {
  return messageOf(code, detail) ?? (messageOf('INTERNAL') as string)
}

const CONFLICT_CODES = new Set(['PERIOD_OVERLAP', 'ID_BOUND_ELSEWHERE', 'ACCOUNT_ALREADY_BOUND', 'AGENT_ALREADY_BOUND'])

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

/**
 * A server-level refusal with the catalogue's message for its code; `message` only for words the catalogue
 * composes from more than the code (the validator's findings, the user's platform).
 */
export function serverError(statusCode: number, code: string, detail: Record<string, unknown> = {}, message?: string) {
  return new AppError(statusCode, [{ code, message: message ?? messageFor(code, detail), detail }])
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
    [{ code, message: messageFor(code, detail), detail: { ...detail, retryAfterSeconds: s } }],
    { 'retry-after': String(s) },
  )
}

export const notFound = () => serverError(404, 'NOT_FOUND')
export const unauthorized = () => serverError(401, 'UNAUTHORIZED')
