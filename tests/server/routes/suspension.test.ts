/**
 * routes/suspension.ts (/api/suspension, /api/suspension/resume): refusals, suspend (idempotent with a
 * key), assessments blocked while suspended, resume, no resumption after emigration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeId, NX, person, type TestApp } from '../helpers'
import { expectNoUnmaskedIds, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]
let stranger: string, unreg: string

beforeAll(async () => {
  ;({ app, logs, stranger, unreg } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post } = requests(() => app)

describe('suspension and resumption', () => {
  it('suspend refusals, suspend, assessments blocked, resume', async () => {
    const t = stranger
    const open = (await post('/api/assessments', t, { start: '2026-10', end: '2026-12', base: '60' })).json()
    const bad = await post('/api/suspension', t, { reason: 'BORED', stopDate: '2026-11-01' })
    expect(bad.json().errors.map((e: any) => e.code)).toEqual(['SUSPEND_REASON_INVALID', 'SUSPEND_OPEN_ASSESSMENTS'])
    await post(`/api/assessments/${open.id}/revoke`, t, {})
    const s = await post(
      '/api/suspension',
      t,
      { reason: 'VOLUNTARY', stopDate: '2026-11-01' },
      { 'idempotency-key': 'susp-1' },
    )
    expect(s.statusCode).toBe(200)
    expect(s.json()).toMatchObject({ status: 'SUSPENDED', suspendedFrom: '2026-11', suspendReason: 'VOLUNTARY' })
    const s2 = await post(
      '/api/suspension',
      t,
      { reason: 'VOLUNTARY', stopDate: '2026-11-01' },
      { 'idempotency-key': 'susp-1' },
    )
    expect(s2.json()).toEqual(s.json())
    expect((await post('/api/suspension', t, { reason: 'VOLUNTARY', stopDate: '2026-11-01' })).json().error).toBe(
      'TRANSITION_NOT_ALLOWED',
    )
    expect(
      (await post('/api/assessments/quote', t, { start: '2026-11', end: '2026-12', base: '60' })).json().error,
    ).toBe('INSURANCE_SUSPENDED')
    const r = await post('/api/suspension/resume', t, {})
    expect(r.json()).toMatchObject({ status: 'ACTIVE', resumedFrom: '2026-11' })
    expect((await post('/api/suspension/resume', t, {})).json().error).toBe('TRANSITION_NOT_ALLOWED')
    expect((await post('/api/suspension', unreg, { reason: 'VOLUNTARY', stopDate: '2026-11-01' })).json().error).toBe(
      'NOT_REGISTERED',
    )
  })
  it('no resumption after emigration', async () => {
    const t = await person(app, 'emig', '出境', makeId('640104', '1982-04-04', '041'), NX)
    await post('/api/suspension', t, { reason: 'EMIGRATION', stopDate: '2026-11-01' })
    const r = await post('/api/suspension/resume', t, {})
    expect(r.json()).toMatchObject({ error: 'RESUME_NOT_ALLOWED', detail: { reason: 'EMIGRATION' } })
  })
})
