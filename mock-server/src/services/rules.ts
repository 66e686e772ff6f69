/**
 * The server's only door to the rules engine (src/domain). Services import from here, so the
 * engine can be swapped or wrapped in one place. Thin adapters (no rules of their own) are marked.
 */
export * from '../../../src/domain/index'
export { maskId, maskName, maskPhone } from '../../../src/domain/privacy'
import { AppError, serverError } from '../errors'
import { getRegion, type Refusal, type Region, type Result } from '../../../src/domain/index'
import { ruleError } from '../errors'

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
        message: '请从列表中选择参保地区（统筹区/参保区县/参保机构）后再提交。',
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
