/**
 * Idempotency under attack and accident (issue 11): the fingerprint is of canonical JSON (field order
 * does not matter), every idempotent endpoint marks replays (Idempotent-Replayed: true), and a replay
 * re-checks that the caller may still see the person: once a binding has ended, a stored answer about
 * the relative is not handed out again.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { agentsRepo, newId } from '../../mock-server/src/storage'
import { auth, makeApp, makeId, NX, person, type TestApp } from '../server/helpers'

let app: TestApp
let ctx: Awaited<ReturnType<typeof makeApp>>['ctx']
let self: string

const post = (url: string, token: string, body: unknown, key: string, raw = false) =>
  app.inject({
    method: 'POST',
    url,
    headers: auth(token, { 'idempotency-key': key, ...(raw ? { 'content-type': 'application/json' } : {}) }),
    payload: body as never,
  })

beforeAll(async () => {
  const made = await makeApp()
  app = made.app
  ctx = made.ctx
  self = await person(app, 'idem-self', '贺兰', makeId('640104', '1982-06-06', '026'), NX)
})

describe('canonical fingerprints and replay marks', () => {
  it('the same request with its fields in another order is a replay, not IDEMPOTENCY_KEY_REUSED', async () => {
    const first = await post(
      '/api/assessments',
      self,
      '{"start":"2026-01","end":"2026-02","base":"60"}',
      'order-1',
      true,
    )
    expect(first.statusCode).toBe(201)
    expect(first.headers['idempotent-replayed']).toBe('false')
    const again = await post(
      '/api/assessments',
      self,
      '{"base":"60","end":"2026-02","start":"2026-01"}',
      'order-1',
      true,
    )
    expect(again.statusCode).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.json().id).toBe(first.json().id)
    const different = await post('/api/assessments', self, { start: '2026-03', end: '2026-03', base: '60' }, 'order-1')
    expect(different.json().error).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('transmit, revoke, suspend and resume mark replays too', async () => {
    const t = await person(app, 'idem-marks', '黄河', makeId('640104', '1983-07-07', '037'), NX)
    const rec = (await post('/api/assessments', t, { start: '2026-04', end: '2026-04', base: '60' }, 'm-create')).json()
    for (const [url, body, key] of [
      [`/api/assessments/${rec.id}/revoke`, {}, 'm-revoke'],
      ['/api/suspension', { stopDate: '2026-11-01', reason: 'VOLUNTARY' }, 'm-susp'],
      ['/api/suspension/resume', {}, 'm-resume'],
    ] as const) {
      const a = await post(url, t, body, key)
      expect(a.statusCode, `${url} ${a.body}`).toBe(200)
      expect(a.headers['idempotent-replayed']).toBe('false')
      const b = await post(url, t, body, key)
      expect(b.statusCode).toBe(200)
      expect(b.headers['idempotent-replayed'], url).toBe('true')
    }
    const rec2 = (
      await post('/api/assessments', t, { start: '2026-05', end: '2026-05', base: '60' }, 'm-create-2')
    ).json()
    const tx1 = await post(`/api/assessments/${rec2.id}/transmit`, t, {}, 'm-tx')
    const tx2 = await post(`/api/assessments/${rec2.id}/transmit`, t, {}, 'm-tx')
    expect([tx1.headers['idempotent-replayed'], tx2.headers['idempotent-replayed']]).toEqual(['false', 'true'])
  })
})

describe('a replay re-checks access', () => {
  it("after the binding ends, replaying the agent's transmit of the relative's record is NOT_FOUND", async () => {
    const parent = await person(app, 'idem-parent', '贺父', makeId('640106', '1972-02-02', '015'), NX)
    const agent = await person(app, 'idem-agent', '贺子', makeId('640104', '1990-03-03', '017'))
    // the binding itself (how it is agreed is another test's matter): straight into storage
    const accountOf = async (token: string) =>
      (await app.inject({ method: 'GET', url: '/api/me', headers: auth(token) })).json().id as string
    const agentAccount = await accountOf(agent)
    const parentRow = await ctx.db
      .selectFrom('accounts')
      .select('person_id')
      .where('id', '=', await accountOf(parent))
      .executeTakeFirstOrThrow()
    const ref = newId('ref')
    await agentsRepo.insert(ctx.db, {
      ref,
      agent_account_id: agentAccount,
      person_id: parentRow.person_id!,
      created_at: new Date().toISOString(),
    })
    const rec = (
      await post(
        '/api/assessments',
        agent,
        { start: '2026-06', end: '2026-06', base: '60', personRef: ref },
        'r-create',
      )
    ).json()
    const tx = await post(`/api/assessments/${rec.id}/transmit`, agent, {}, 'r-tx')
    expect(tx.statusCode).toBe(200)
    expect((await post(`/api/assessments/${rec.id}/transmit`, agent, {}, 'r-tx')).statusCode).toBe(200)
    // the binding ends
    await ctx.db.deleteFrom('agent_bindings').where('ref', '=', ref).execute()
    const replay = await post(`/api/assessments/${rec.id}/transmit`, agent, {}, 'r-tx')
    expect(replay.statusCode).toBe(404)
    expect(replay.json().error).toBe('NOT_FOUND')
    expect(replay.body).not.toContain('贺')
  })
})
