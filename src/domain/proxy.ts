/**
 * Proxy assessment (代他人核定), RULES.md §6.1. Order:
 *   1 target ID valid (§6.2) → 2 target registered → 3 name matches (after trimming) →
 *   4 every self-service assessment rule for the TARGET (assess.ts, §4.8).
 * The record carries `operator` (the signed-in user) and `owner_id` (the target).
 */
import { assess, type AssessmentQuote } from './assess'
import { refusal } from './errors'
import { normaliseId, validateId } from './id'
import type { ExistingAssessment } from './period'
import type { Person } from './person'
import { fail, ok, type Result } from './result'
import type { RuleSet } from './rulesets/types'

/** What the agency knows about a person (the registry of §6.1). */
export interface RegistryEntry {
  name: string
  registered: boolean
  suspendedFrom?: string
  postType?: string
}

export interface ProxyAssessInput {
  /** YYYY-MM-DD */
  today: string
  /** id of the signed-in user acting */
  operator: string
  /** ID number → entry (keys are compared after normalisation) */
  registry: Readonly<Record<string, RegistryEntry>>
  targetName: string
  targetId: string
  start: string
  end: string
  base: string
  frequency?: string
  /** the TARGET's records */
  existingAssessments?: readonly ExistingAssessment[]
}

export interface ProxyQuote extends AssessmentQuote {
  operator: string
  owner_id: string
}

function lookup(registry: Readonly<Record<string, RegistryEntry>>, id: string): RegistryEntry | undefined {
  if (Object.prototype.hasOwnProperty.call(registry, id)) return registry[id]
  const key = Object.keys(registry).find((k) => normaliseId(k) === id)
  return key === undefined ? undefined : registry[key]
}

/** Operation `proxy_assess`. */
export function proxyAssess(input: ProxyAssessInput, rules: RuleSet): Result<ProxyQuote> {
  const id = validateId(input.targetId, input.today)
  if (!id.ok) return id
  const ownerId = id.value.id

  const entry = lookup(input.registry, ownerId)
  if (!entry || entry.registered !== true) return fail(refusal('TARGET_NOT_REGISTERED'))
  if (String(input.targetName ?? '').trim() !== String(entry.name ?? '').trim())
    return fail(refusal('NAME_ID_MISMATCH'))

  const target: Person = {
    id: ownerId,
    name: entry.name,
    registered: true,
    suspendedFrom: entry.suspendedFrom,
    postType: entry.postType,
  }
  const quote = assess(
    {
      today: input.today,
      person: target,
      start: input.start,
      end: input.end,
      base: input.base,
      frequency: input.frequency,
      existingAssessments: input.existingAssessments,
    },
    rules,
  )
  if (!quote.ok) return quote
  return ok({ ...quote.value, operator: input.operator, owner_id: ownerId })
}
