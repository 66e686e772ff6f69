/** What a record's page offers comes from the engine's transitions (§5), and the engine agrees with it. */
import { describe, expect, it } from 'vitest'
import {
  ASSESSMENT_STATUSES,
  allowedActions,
  markPaid,
  revoke,
  transmit,
  type AssessmentRecord,
} from '../../src/domain/revocation'

const records: AssessmentRecord[] = ASSESSMENT_STATUSES.flatMap((status) =>
  [false, true].map((taxRevoked) => ({ id: 'A1', status, taxRevoked })),
)

describe('allowedActions', () => {
  it('offers transmit exactly when the engine transmits, pay only when the engine would mark it paid', () => {
    for (const r of records) {
      const a = allowedActions(r)
      expect(a.transmit, `${r.status}`).toBe(transmit(r).ok)
      if (a.pay) expect(markPaid(r).ok).toBe(true)
    }
  })

  it('offers revoke where the table allows it; without the warning exactly when the engine accepts it now', () => {
    for (const r of records) {
      const a = allowedActions(r)
      const accepted = revoke({ record: r, actor: 'owner' }).ok
      if (accepted) expect(a.revoke && !a.revokeAwaitsTax).toBe(true)
      if (a.revoke && !a.revokeAwaitsTax) expect(accepted).toBe(true)
      if (!a.revoke) expect(accepted).toBe(false)
    }
  })

  it('by status', () => {
    expect(allowedActions({ status: 'CREATED' })).toEqual({
      transmit: true,
      pay: false,
      revoke: true,
      revokeAwaitsTax: false,
    })
    expect(allowedActions({ status: 'TRANSMITTED' })).toEqual({
      transmit: false,
      pay: true,
      revoke: true,
      revokeAwaitsTax: true,
    })
    expect(allowedActions({ status: 'TRANSMITTED', taxRevoked: true })).toMatchObject({
      pay: false,
      revoke: true,
      revokeAwaitsTax: false,
    })
    expect(allowedActions({ status: 'PAID' })).toMatchObject({ transmit: false, pay: false, revoke: false })
    expect(allowedActions({ status: 'REVOKED' })).toMatchObject({ transmit: false, pay: false, revoke: false })
  })
})
