import { describe, expect, it } from 'vitest'
import { stopDateRange, suspendReasonsFor } from '../../src/domain/suspension'

describe('停保 form options (RULES.md §7)', () => {
  it('the person themself is never offered DEATH; a relative acting for them is', () => {
    expect(suspendReasonsFor(false)).not.toContain('DEATH')
    expect(suspendReasonsFor(false)).toEqual(['TRANSFER_OUT', 'VOLUNTARY', 'EMIGRATION', 'OTHER_LEGAL'])
    expect(suspendReasonsFor(true)).toContain('DEATH')
  })

  it('dates start after the last paid month and not before the registration month, never at 1970', () => {
    expect(stopDateRange({ records: [], registeredOn: '2026-09-15', latestMonth: '2026-12' })).toEqual({
      earliest: '2026-09-01',
      latest: '2026-12-31',
    })
    const records = [
      { id: 'a', start: '2026-01', end: '2026-10', status: 'PAID' },
      { id: 'b', start: '2026-11', end: '2026-11', status: 'REVOKED' },
    ]
    expect(stopDateRange({ records, registeredOn: '2025-03-02', latestMonth: '2026-12' }).earliest).toBe('2026-11-01')
    // a paid month at the very end: the range is that one month after it, never an empty or inverted range
    const late = stopDateRange({
      records: [{ ...records[0], end: '2026-12' }],
      registeredOn: '2025-03-02',
      latestMonth: '2026-12',
    })
    expect(late).toEqual({ earliest: '2027-01-01', latest: '2027-01-31' })
    expect(stopDateRange({ records: [], registeredOn: '2024-02-10', latestMonth: '2024-02' }).latest).toBe('2024-02-29')
  })
})
