/**
 * routes/assessments.ts (/api/assessments/*): quote, create → list → detail → transmit → tax paid and the
 * revocation states, the Wuhan / Tianjin engine answers, and the idempotency and concurrency of creates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, auth, login, makeId, NX, person, type TestApp, TJ, WH } from '../helpers'
import { expectNoUnmaskedIds, ID_TJ, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]
let self: string, unreg: string

beforeAll(async () => {
  ;({ app, logs, self, unreg } = await world())
  // 李四津 in Tianjin, as routes/registration.test.ts registers him (the Tianjin quotes sign in as 'tj')
  await person(app, 'tj', '李四津', ID_TJ, TJ)
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post, get } = requests(() => app)

describe('assessments', () => {
  it('quote writes nothing; refusals carry engine codes', async () => {
    const q = await post('/api/assessments/quote', self, { start: '2026-01', end: '2026-12', base: '60' })
    expect(q.statusCode).toBe(200)
    expect(q.json()).toMatchObject({ months: 12, base_monthly: '4853.00', total: '11647.20', provisional: true })
    expect((await get('/api/assessments', self)).json().items).toHaveLength(0)
    const bad = await post('/api/assessments/quote', self, { start: '2025-12', end: '2026-01', base: '50' })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().errors.map((e: any) => e.code)).toEqual(['PERIOD_CROSSES_YEAR', 'BASE_PERCENT_BELOW_MIN'])
    expect(
      (await post('/api/assessments/quote', self, { start: '2027-01', end: '2027-02', base: '60' })).json().error,
    ).toBe('PREPAY_NOT_ALLOWED')
    expect(
      (await post('/api/assessments/quote', unreg, { start: '2026-01', end: '2026-02', base: '60' })).json().error,
    ).toBe('NOT_REGISTERED')
  })
  it('create → list → detail → transmit → tax paid; revocation states', async () => {
    const c = await post('/api/assessments', self, { start: '2026-01', end: '2026-03', base: '60' })
    expect(c.statusCode).toBe(201)
    const a = c.json()
    expect(a.id).toMatch(/^HD640000\d{8}\d{6}$/)
    expect(a).toMatchObject({
      status: 'CREATED',
      months: 3,
      total: '2911.80',
      owner: { self: true },
      operator: { self: true, byAgent: false },
    })
    expect((await get('/api/assessments?status=CREATED', self)).json().items.map((x: any) => x.id)).toContain(a.id)
    expect((await get(`/api/assessments/${a.id}`, self)).json().id).toBe(a.id)
    expect((await get('/api/assessments/HD000', self)).statusCode).toBe(404)
    const overlap = await post('/api/assessments', self, { start: '2026-03', end: '2026-04', base: '60' })
    expect(overlap.statusCode).toBe(409)
    expect(overlap.json()).toMatchObject({ error: 'PERIOD_OVERLAP', detail: { conflicting: a.id } })

    const tr = await post(`/api/assessments/${a.id}/transmit`, self, {})
    expect(tr.json().status).toBe('TRANSMITTED')
    expect((await post(`/api/assessments/${a.id}/transmit`, self, {})).json().error).toBe('TRANSITION_NOT_ALLOWED')
    expect((await post(`/api/assessments/${a.id}/revoke`, self, {})).json().error).toBe(
      'REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE',
    )

    const adm = { authorization: `Bearer ${ADMIN}` }
    expect(
      (await app.inject({ method: 'GET', url: '/api/tax/assessments?status=TRANSMITTED', headers: adm }))
        .json()
        .items.map((x: any) => x.id),
    ).toContain(a.id)
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/tax/assessments/${a.id}/paid`,
          headers: { authorization: 'Bearer wrong-token-000000000' },
        })
      ).statusCode,
    ).toBe(403)
    expect(
      (await app.inject({ method: 'POST', url: `/api/tax/assessments/${a.id}/paid`, headers: auth(self) })).statusCode,
    ).toBe(403)
    const paid = await app.inject({ method: 'POST', url: `/api/tax/assessments/${a.id}/paid`, headers: adm })
    expect(paid.json().status).toBe('PAID')
    expect((await post(`/api/assessments/${a.id}/revoke`, self, {})).json().error).toBe('REVOKE_ALREADY_PAID')
    expect(
      (await app.inject({ method: 'POST', url: `/api/tax/assessments/${a.id}/tax-revoke`, headers: adm })).json().error,
    ).toBe('TRANSITION_NOT_ALLOWED')
    expect((await app.inject({ method: 'POST', url: `/api/tax/assessments/HDX/paid`, headers: adm })).statusCode).toBe(
      404,
    )

    // TRANSMITTED + tax-revoked → revocable; then already revoked; months free again
    const b = (await post('/api/assessments', self, { start: '2026-04', end: '2026-05', base: '100' })).json()
    await post(`/api/assessments/${b.id}/transmit`, self, {})
    const tx = await app.inject({ method: 'POST', url: `/api/tax/assessments/${b.id}/tax-revoke`, headers: adm })
    expect(tx.json()).toMatchObject({ status: 'TRANSMITTED', taxRevoked: true })
    expect((await post(`/api/assessments/${b.id}/revoke`, self, {})).json().status).toBe('REVOKED')
    expect((await post(`/api/assessments/${b.id}/revoke`, self, {})).json().error).toBe('REVOKE_ALREADY_REVOKED')
    expect((await post('/api/assessments', self, { start: '2026-04', end: '2026-05', base: '100' })).statusCode).toBe(
      201,
    )
    // CREATED → revoke directly
    const c2 = (await post('/api/assessments', self, { start: '2026-06', end: '2026-06', base: '100' })).json()
    expect((await post(`/api/assessments/${c2.id}/revoke`, self, {})).json().status).toBe('REVOKED')
    // status shows covered months
    const st = (await get('/api/registration', self)).json()
    expect(st.monthsCoveredThisYear).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'])
    expect(st.nextDueMonth).toBe('2026-11')
  })
  it('Wuhan tier and Tianjin amount/frequency come from the engine', async () => {
    const w = await person(app, 'wh', '孙三汉', makeId('420102', '1988-06-20', '013'), WH)
    expect(
      (await post('/api/assessments/quote', w, { start: '2026-07', end: '2027-06', base: '100' })).json().months,
    ).toBe(12)
    expect(
      (await post('/api/assessments/quote', w, { start: '2026-07', end: '2026-08', base: '65' })).json().error,
    ).toBe('TIER_INVALID')
    const t = await login(app, 'tj')
    expect(
      (
        await post('/api/assessments/quote', t, {
          start: '2026-12',
          end: '2026-12',
          base: '1000',
          frequency: 'monthly',
        })
      ).json().error,
    ).toBe('BASE_OUT_OF_BAND')
    expect(
      (
        await post('/api/assessments/quote', t, {
          start: '2026-11',
          end: '2026-12',
          base: '6000',
          frequency: 'quarterly',
        })
      ).json().error,
    ).toBe('FREQUENCY_PERIOD_MISMATCH')
  })
})

describe('idempotency and concurrency', () => {
  it('same key twice → one record, same body; different body → IDEMPOTENCY_KEY_REUSED', async () => {
    const t = await person(app, 'idem', '幂等', makeId('640104', '1983-05-05', '051'), NX)
    const h = { 'idempotency-key': 'create-1' }
    const a = await post('/api/assessments', t, { start: '2026-01', end: '2026-02', base: '60' }, h)
    const b = await post('/api/assessments', t, { start: '2026-01', end: '2026-02', base: '60' }, h)
    expect(a.statusCode).toBe(201)
    expect(b.statusCode).toBe(201)
    expect(b.body).toBe(a.body)
    expect(b.headers['idempotent-replayed']).toBe('true')
    expect((await get('/api/assessments', t)).json().items).toHaveLength(1)
    const c = await post('/api/assessments', t, { start: '2026-03', end: '2026-04', base: '60' }, h)
    expect(c.statusCode).toBe(422)
    expect(c.json().error).toBe('IDEMPOTENCY_KEY_REUSED')
    const id = a.json().id
    const t1 = await post(`/api/assessments/${id}/transmit`, t, {}, { 'idempotency-key': 'tx-1' })
    const t2 = await post(`/api/assessments/${id}/transmit`, t, {}, { 'idempotency-key': 'tx-1' })
    expect(t2.statusCode).toBe(200)
    expect(t2.body).toBe(t1.body)
    expect((await post(`/api/assessments/${id}/transmit`, t, {}, { 'idempotency-key': 'bad key!' })).statusCode).toBe(
      400,
    )
  })
  it('20 concurrent overlapping creates → exactly one succeeds', async () => {
    const t = await person(app, 'conc', '并发', makeId('640104', '1984-06-06', '061'), NX)
    const rs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post('/api/assessments', t, {
          start: '2026-01',
          end: `2026-${String(2 + (i % 10)).padStart(2, '0')}`,
          base: '60',
        }),
      ),
    )
    const codes = rs.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 201)).toHaveLength(1)
    expect(
      rs.filter((r) => r.statusCode !== 201).every((r) => r.statusCode === 409 && r.json().error === 'PERIOD_OVERLAP'),
    ).toBe(true)
    expect((await get('/api/assessments', t)).json().items).toHaveLength(1)
  })
})
