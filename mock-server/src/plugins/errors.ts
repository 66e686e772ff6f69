/**
 * One error handler for the whole API: every failure leaves as
 * { ok:false, error, message (中文), detail, errors[] } with the status policy of ../errors.ts.
 * Bad input never becomes a 500.
 */
import type { FastifyError, FastifyInstance } from 'fastify'
import { AppError, retryLater, serverError } from '../errors'
import { isBusyError, isDatabaseUnavailable } from '../storage/db'
import { validationMessage } from '../engine'

interface AjvError {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  message?: string
}

function fieldName(e: AjvError): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.')
  if (e.keyword === 'required') return [path, String(e.params.missingProperty)].filter(Boolean).join('.')
  if (e.keyword === 'additionalProperties') return [path, String(e.params.additionalProperty)].filter(Boolean).join('.')
  return path || '(整体)'
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError & { validation?: AjvError[] }, req, reply) => {
    let appErr: AppError
    if (err instanceof AppError) {
      appErr = err
    } else if (isBusyError(err) || isDatabaseUnavailable(err)) {
      // another process holds the database lock longer than DB_BUSY_WAIT_MS, or PostgreSQL is busy or out of
      // reach (plugins of storage/db.ts): nothing was written (a transaction that did not commit left nothing)
      req.log.warn({ code: (err as { code?: string }).code }, 'database busy')
      appErr = retryLater(503, 'DB_BUSY', 2)
    } else if (err.validation) {
      const seen = new Set<string>()
      const items = err.validation.filter((v) => {
        const k = `${v.keyword}:${fieldName(v)}`
        if (seen.has(k)) return false
        seen.add(k)
        return true
      })
      const fields = items.map((v) => ({ field: fieldName(v), rule: v.keyword, in: err.validationContext ?? 'body' }))
      const findings = items.map((v) => ({ field: fieldName(v), keyword: v.keyword, limit: v.params.limit }))
      appErr = serverError(400, 'VALIDATION_FAILED', { fields }, validationMessage(findings))
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      appErr = serverError(415, 'UNSUPPORTED_MEDIA_TYPE')
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
      appErr = serverError(413, 'PAYLOAD_TOO_LARGE')
    } else if (
      err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      err instanceof SyntaxError ||
      /JSON|prototype|constructor/i.test(err.message ?? '')
    ) {
      appErr = serverError(400, 'BAD_JSON')
    } else if (err.statusCode === 429) {
      appErr = serverError(429, 'RATE_LIMITED')
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      appErr = serverError(err.statusCode, err.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED', {
        reason: err.code ?? '',
      })
    } else {
      req.log.error({ err }, 'unexpected error')
      appErr = serverError(500, 'INTERNAL')
    }
    if (appErr.statusCode >= 400 && appErr.statusCode < 500) req.log.info({ code: appErr.problems[0].code }, 'refused')
    for (const [k, v] of Object.entries(appErr.headers)) reply.header(k, v)
    return reply.code(appErr.statusCode).send(appErr.body)
  })
}
