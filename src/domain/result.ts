/**
 * Result of every operation: a value, or the refusals (一次性告知).
 * `errors[0]` is the primary error: the first in the documented order of checks
 * (§4.8 assessment, §6.1 proxy, §13.3 registration), so it is deterministic.
 */
import type { Refusal } from './errors'

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Refusal[] }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(first: Refusal, ...more: Refusal[]): Result<T> {
  return { ok: false, errors: [first, ...more] }
}

/** Fails with `errors` when there are any, otherwise succeeds with `make()`. */
export function okUnless<T>(errors: Refusal[], make: () => T): Result<T> {
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: make() }
}

/** The primary refusal of a failed result (undefined when ok). */
export function primaryError<T>(result: Result<T>): Refusal | undefined {
  return result.ok ? undefined : result.errors[0]
}
