/**
 * SQL statements per request (issue "One shape for every flow"): a create stays within a small fixed budget,
 * and the list costs the same number of statements whatever the number of records (no N+1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engineOf } from '../../../mock-server/src/storage'
import { ADMIN, auth, bindAgent, countStatements, makeApp, makeId, NX, person, type TestApp } from '../helpers'

let app: TestApp
let counter: ReturnType<typeof countStatements>
let one: string
let four: string
let agent: string
let ref: string
let onPostgres = false

const post = (token: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/assessments', headers: auth(token, headers), payload: payload as object })
const list = (token: string, query = '') =>
  app.inject({ method: 'GET', url: `/api/assessments${query}`, headers: auth(token) })

/** Statements of one request. */
async function measure(run: () => Promise<{ statusCode: number; body: string }>, status: number) {
  counter.reset()
  const r = await run()
  expect(r.statusCode, r.body).toBe(status)
  return { count: counter.count, kinds: [...counter.kinds] }
}

beforeAll(async () => {
  const made = await makeApp()
  app = made.app
  one = await person(app, 'stmt-one', '钱一', makeId('640104', '1985-03-03', '013'), NX)
  four = await person(app, 'stmt-four', '孙四', makeId('640104', '1986-04-04', '014'), NX)
  agent = await person(app, 'stmt-agent', '李代', makeId('640104', '1990-06-06', '016'), NX)
  ref = await bindAgent(app, agent, four, { name: '孙四', idNumber: makeId('640104', '1986-04-04', '014') })
  counter = countStatements(made.ctx)
  onPostgres = engineOf(made.ctx.db) === 'postgres'
  expect((await post(one, { start: '2026-01', end: '2026-01', base: '60' })).statusCode).toBe(201)
  // two records of `four`: one by themself, one by their agent (two operators to label)
  expect((await post(four, { start: '2026-01', end: '2026-01', base: '60' })).statusCode).toBe(201)
  expect((await post(agent, { personRef: ref, start: '2026-02', end: '2026-02', base: '60' })).statusCode).toBe(201)
})
afterAll(async () => {
  await app?.close()
})

describe('SQL statements per request', () => {
  it('POST /api/assessments: at most 8 statements, with or without an Idempotency-Key', async () => {
    const plain = await measure(() => post(one, { start: '2026-05', end: '2026-05', base: '60' }), 201)
    const keyed = await measure(
      () => post(one, { start: '2026-06', end: '2026-06', base: '60' }, { 'idempotency-key': 'stmt-create-1' }),
      201,
    )
    console.info(`create: ${plain.count} statements (${plain.kinds.join(', ')}); with a key: ${keyed.count}`)
    expect(plain.count, plain.kinds.join(', ')).toBeLessThanOrEqual(8)
    expect(keyed.count, keyed.kinds.join(', ')).toBeLessThanOrEqual(8)
    if (onPostgres) {
      // the optimistic create (storage/creates.ts): the session read with the create's snapshot (read ahead),
      // then the one conditional write
      expect(plain.count, plain.kinds.join(', ')).toBe(2)
      expect(keyed.count, keyed.kinds.join(', ')).toBe(2)
    }
  })

  it('POST /api/assessments/quote: the person’s own quote in one statement on PostgreSQL (read with the session)', async () => {
    const quote = (token: string, payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/assessments/quote', headers: auth(token), payload: payload as object })
    const own = await measure(() => quote(one, { start: '2026-07', end: '2026-12', base: '60' }), 200)
    const byAgent = await measure(
      () => quote(agent, { personRef: ref, start: '2026-07', end: '2026-12', base: '60' }),
      200,
    )
    console.info(`quote: ${own.count} statements (${own.kinds.join(', ')}); by an agent ${byAgent.count}`)
    expect(own.count, own.kinds.join(', ')).toBeLessThanOrEqual(3)
    if (onPostgres) expect(own.count, own.kinds.join(', ')).toBe(1)
    // an agent's: the session, the binding with the person acted for, their registration and their records
    expect(byAgent.count, byAgent.kinds.join(', ')).toBeLessThanOrEqual(4)
    // what was read ahead is the signed-in person's: an agent's quote reads the other person's records
    const overlap = await quote(agent, { personRef: ref, start: '2026-01', end: '2026-01', base: '60' })
    expect(overlap.statusCode).toBe(409)
    expect(overlap.json().error).toBe('PERIOD_OVERLAP')
    expect((await quote(agent, { start: '2026-01', end: '2026-01', base: '60' })).statusCode).toBe(200)
  })

  it('GET /api/assessments: the same number of statements for 2 records and for 4 (no N+1), for an agent too', async () => {
    const two = await measure(() => list(four), 200)
    const twoByAgent = await measure(() => list(agent, `?personRef=${ref}`), 200)
    expect((await post(four, { start: '2026-03', end: '2026-03', base: '60' })).statusCode).toBe(201)
    expect((await post(agent, { personRef: ref, start: '2026-04', end: '2026-04', base: '60' })).statusCode).toBe(201)
    const fourRecords = await measure(() => list(four), 200)
    const fourByAgent = await measure(() => list(agent, `?personRef=${ref}`), 200)
    const own = await measure(() => list(one), 200)
    console.info(
      `list: 2 records ${two.count}, 4 records ${fourRecords.count} (${fourRecords.kinds.join(', ')}); ` +
        `by the agent ${twoByAgent.count} / ${fourByAgent.count}; own records only ${own.count}`,
    )
    expect(JSON.parse((await list(four)).body).items).toHaveLength(4)
    expect(fourRecords.count, fourRecords.kinds.join(', ')).toBe(two.count)
    expect(fourByAgent.count, fourByAgent.kinds.join(', ')).toBe(twoByAgent.count)
    // the session (with account and person), the records, the operators' accounts and their persons
    expect(fourRecords.count).toBeLessThanOrEqual(4)
    // an agent: + the binding with the person acted for
    expect(fourByAgent.count).toBeLessThanOrEqual(5)
    expect(own.count).toBeLessThanOrEqual(2)
  })

  it('the proxy lists (people, requests; my agents, requests to me): the same number of statements for 1 row and for 3', async () => {
    const get = (token: string, url: string) => app.inject({ method: 'GET', url, headers: auth(token) })
    const ask = (token: string, e: { name: string; idNumber: string }) =>
      app.inject({
        method: 'POST',
        url: '/api/agents/people',
        headers: auth(token),
        payload: { ...e, relationship: 'PARENT' },
      })
    const hub = await person(app, 'stmt-hub', '周代办', makeId('640104', '1991-07-07', '017'), NX)
    const elders = [0, 1, 2].map((i) => ({
      name: `周长${'一二三'[i]}`,
      idNumber: makeId('640104', `197${i}-08-08`, '019'),
    }))
    const elderTokens: string[] = []
    for (const [i, e] of elders.entries())
      elderTokens.push(await person(app, `stmt-elder-${i}`, e.name, e.idNumber, NX))
    const helpers: string[] = []
    for (let i = 0; i < 5; i++)
      helpers.push(
        await person(app, `stmt-helper-${i}`, `吴帮${'一二三四五'[i]}`, makeId('640104', `199${i}-09-09`, '021'), NX),
      )
    const lengths = async () => [
      (await get(hub, '/api/agents/people')).json().items.length,
      (await get(hub, '/api/agents/requests')).json().items.length,
      (await get(elderTokens[0], '/api/me/agents')).json().items.length,
      (await get(elderTokens[0], '/api/me/agent-requests')).json().items.length,
    ]
    const counts = async () => ({
      people: (await measure(() => get(hub, '/api/agents/people'), 200)).count,
      requests: (await measure(() => get(hub, '/api/agents/requests'), 200)).count,
      agents: (await measure(() => get(elderTokens[0], '/api/me/agents'), 200)).count,
      incoming: (await measure(() => get(elderTokens[0], '/api/me/agent-requests'), 200)).count,
    })
    // one of each: the hub bound to one elder (its one request, approved); the first elder with one agent and one asking
    await bindAgent(app, hub, elderTokens[0], elders[0])
    expect((await ask(helpers[0], elders[0])).statusCode).toBe(201)
    expect(await lengths()).toEqual([1, 1, 1, 1])
    const one = await counts()
    // three of each (the hub's requests: two more approved, one pending)
    await bindAgent(app, hub, elderTokens[1], elders[1])
    await bindAgent(app, hub, elderTokens[2], elders[2])
    await bindAgent(app, helpers[1], elderTokens[0], elders[0])
    await bindAgent(app, helpers[2], elderTokens[0], elders[0])
    expect((await ask(helpers[3], elders[0])).statusCode).toBe(201)
    expect((await ask(helpers[4], elders[0])).statusCode).toBe(201)
    expect(await lengths()).toEqual([3, 3, 3, 3])
    const three = await counts()
    console.info(`proxy lists, 1 row → 3 rows: ${JSON.stringify(one)} → ${JSON.stringify(three)}`)
    expect(three).toEqual(one)
  })

  it('the tax side’s list and “who acted for me”: the same number of statements for more records and more actors', async () => {
    const get = (token: string, url: string) => app.inject({ method: 'GET', url, headers: auth(token) })
    const owner = await person(app, 'stmt-owner', '郑本人', makeId('640104', '1984-10-10', '023'), NX)
    const helper = await person(app, 'stmt-owner-helper', '郑帮手', makeId('640104', '1992-11-11', '025'), NX)
    expect((await post(owner, { start: '2026-01', end: '2026-01', base: '60' })).statusCode).toBe(201)
    const before = {
      tax: (await measure(() => get(ADMIN, '/api/tax/assessments'), 200)).count,
      activity: (await measure(() => get(owner, '/api/me/activity'), 200)).count,
    }
    const taxRows = (await get(ADMIN, '/api/tax/assessments')).json().items.length
    // more records of more owners, and acts by another actor (the agent) in the owner's activity
    const helperRef = await bindAgent(app, helper, owner, {
      name: '郑本人',
      idNumber: makeId('640104', '1984-10-10', '023'),
    })
    expect(
      (await post(helper, { personRef: helperRef, start: '2026-02', end: '2026-02', base: '60' })).statusCode,
    ).toBe(201)
    expect((await post(helper, { start: '2026-02', end: '2026-02', base: '60' })).statusCode).toBe(201)
    const after = {
      tax: (await measure(() => get(ADMIN, '/api/tax/assessments'), 200)).count,
      activity: (await measure(() => get(owner, '/api/me/activity'), 200)).count,
    }
    expect((await get(ADMIN, '/api/tax/assessments')).json().items.length).toBe(taxRows + 2)
    console.info(`tax list / activity: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
    expect(after).toEqual(before)
  })
})
