/**
 * Assessment record states and revocation (撤销), RULES.md §5:
 *   CREATED ──transmit──▶ TRANSMITTED ──pay──▶ PAID
 *   CREATED, and TRANSMITTED once the tax side has revoked (tax_revoked), ──revoke──▶ REVOKED
 */
import { refusal } from './errors'
import type { AssessmentStatus } from './period'
import { fail, ok, type Result } from './result'

export type { AssessmentStatus } from './period'
export const ASSESSMENT_STATUSES: readonly AssessmentStatus[] = ['CREATED', 'TRANSMITTED', 'PAID', 'REVOKED']

export interface AssessmentRecord {
  id: string
  status: AssessmentStatus
  /** the tax bureau has revoked its side (§5 "税务部门撤销后即可撤销社保核定") */
  taxRevoked?: boolean
  ownerId?: string
  operatorId?: string
}

export type Actor = 'owner' | 'proxy'

/** The explicit user/system actions on a record and the states they move between. */
export const TRANSITIONS = {
  /** 传输到税务 (explicit user action, §5) */
  transmit: { from: ['CREATED'], to: 'TRANSMITTED' },
  /** payment confirmed by tax */
  pay: { from: ['TRANSMITTED'], to: 'PAID' },
  /** §5 table: CREATED always; TRANSMITTED only with tax_revoked */
  revoke: { from: ['CREATED', 'TRANSMITTED'], to: 'REVOKED' },
} as const satisfies Record<string, { from: readonly AssessmentStatus[]; to: AssessmentStatus }>

export interface Revocation {
  id: string
  status: 'REVOKED'
  /** who revoked: the owner, or a proxy operator (logged, §5) */
  revoked_by: Actor
  operator_id: string | null
}

export interface RevokeInput {
  record: AssessmentRecord
  actor: Actor
  /** the signed-in user when actor = proxy */
  operatorId?: string
}

/** Operation `revoke` (§5). Owners and proxy operators follow the same table. */
export function revoke(input: RevokeInput): Result<Revocation> {
  const { record } = input
  switch (record.status) {
    case 'CREATED':
      break
    case 'TRANSMITTED':
      if (record.taxRevoked !== true) return fail(refusal('REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE'))
      break
    case 'PAID':
      return fail(refusal('REVOKE_ALREADY_PAID'))
    case 'REVOKED':
      return fail(refusal('REVOKE_ALREADY_REVOKED'))
    default:
      return fail(refusal('INPUT_INVALID', { field: 'record.status' }))
  }
  return ok({
    id: record.id,
    status: 'REVOKED',
    revoked_by: input.actor,
    operator_id: input.actor === 'proxy' ? (input.operatorId ?? record.operatorId ?? null) : null,
  })
}

/** 传输: CREATED → TRANSMITTED. */
export function transmit(record: AssessmentRecord): Result<AssessmentRecord> {
  if (record.status !== 'CREATED')
    return fail(refusal('TRANSITION_NOT_ALLOWED', { action: 'transmit', from: record.status }))
  return ok({ ...record, status: 'TRANSMITTED' })
}

/** 缴费到账: TRANSMITTED → PAID. */
export function markPaid(record: AssessmentRecord): Result<AssessmentRecord> {
  if (record.status !== 'TRANSMITTED')
    return fail(refusal('TRANSITION_NOT_ALLOWED', { action: 'pay', from: record.status }))
  return ok({ ...record, status: 'PAID' })
}

/** The tax bureau revoked its side of a transmitted record: sets the flag that allows revoke. */
export function markTaxRevoked(record: AssessmentRecord): Result<AssessmentRecord> {
  if (record.status !== 'TRANSMITTED')
    return fail(refusal('TRANSITION_NOT_ALLOWED', { action: 'tax_revoke', from: record.status }))
  return ok({ ...record, taxRevoked: true })
}

/** What a person may do with a record now (the buttons a record's page offers), from `TRANSITIONS`. */
export interface RecordActions {
  /** 传输到税务 */
  transmit: boolean
  /** 去缴费: transmitted and not revoked on the tax side */
  pay: boolean
  /** 撤销核定 is offered (CREATED, or TRANSMITTED — see `revokeAwaitsTax`) */
  revoke: boolean
  /**
   * Offered, but accepted only once the tax bureau has revoked its side, which the record may not show yet
   * (the person applies at the tax bureau first, §5): the confirmation says so.
   */
  revokeAwaitsTax: boolean
}

export function allowedActions(record: Pick<AssessmentRecord, 'status' | 'taxRevoked'>): RecordActions {
  const from = (action: keyof typeof TRANSITIONS) =>
    (TRANSITIONS[action].from as readonly string[]).includes(record.status)
  const revocable = from('revoke')
  return {
    transmit: from('transmit'),
    pay: from('pay') && record.taxRevoked !== true,
    revoke: revocable,
    revokeAwaitsTax: revocable && !revoke({ record: { id: '', ...record }, actor: 'owner' }).ok,
  }
}
