/**
 * The engine (../engine.ts, the server's one door to src/domain) for services, with the adapters that turn
 * its Results into HTTP errors. No rules of their own.
 */
export * from '../engine'
import { AppError, messageFor, ruleError, serverError } from '../errors'
import { getRegion, type Refusal, type Region, type Result } from '../engine'

/** Unwraps an engine Result or throws its refusals as an HTTP error (422/409). */
export function must<T>(r: Result<T>): T {
  if (!r.ok) throw ruleError(r.errors)
  return r.value
}

export function refusalError(errors: Refusal[]): AppError {
  return ruleError(errors)
}

/** The configured region, or a REGION_REQUIRED refusal (unknown code). */
export function regionOrRefuse(code: string | undefined): Region {
  const r = code ? getRegion(code) : undefined
  if (!r) {
    throw new AppError(422, [
      {
        code: 'REGION_REQUIRED',
        message: messageFor('REGION_REQUIRED'),
        detail: { region: code ?? null },
      },
    ])
  }
  return r
}

export function regionOrThrow(code: string): Region {
  const r = getRegion(code)
  if (!r) throw serverError(500, 'INTERNAL', { region: code })
  return r
}
