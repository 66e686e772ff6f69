/** What a refusal of the quote or of 核定 offers besides the server's words. */
import type { ApiError } from '@/api/client'

/** The record a PERIOD_OVERLAP refusal names (a link to it). */
export function overlapId(err?: ApiError): string | undefined {
  const id = err?.problems.find((x) => x.code === 'PERIOD_OVERLAP')?.detail?.conflicting
  return typeof id === 'string' ? id : undefined
}

/** A refusal about the base: offer to change it. */
export const isBaseProblem = (err: ApiError) => err.problems.some((p) => /^BASE_|^TIER_/.test(p.code))

/** A failure worth trying again (the network, the server), not a rule. */
export const isRetryable = (err: ApiError) => err.code === 'NETWORK' || err.code === 'TIMEOUT' || err.status >= 500
