/**
 * routes/agents.ts (/api/agents/*) with /api/me/agent-requests: asking to act for a person, their consent,
 * acting for them, the authorisation matrix (self, bound agent, stranger), unbinding, look-up rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auth, makeApp, makeId, person, type TestApp } from '../helpers'
import { expectNoUnmaskedIds, ID_AGENT, ID_PARENT, ID_UNREG, requests, world } from '../fixtures'

let app: TestApp
let parentRef: string
let logs: string[]
let agent: string, parent: string, stranger: string

beforeAll(async () => {
  ;({ app, logs, agent, parent, stranger } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post, get } = requests(() => app)

describe('proxy and the authorisation matrix', () => {
  it('agent asks to act for a person: ID check, then ONE refusal for unknown / not insured / other name', async () => {
    const ask = (name: string, idNumber: string) =>
      post('/api/agents/people', agent, { name, idNumber, relationship: 'PARENT' })
    expect((await ask('x', '1234')).json().error).toBe('ID_INVALID_FORMAT')
    const never = makeId('110105', '1970-01-01', '051')
    const refusals = [await ask('赵一', ID_UNREG), await ask('吴母', ID_PARENT), await ask('某', never)]
    for (const r of refusals) {
      expect(r.statusCode).toBe(422)
      expect(r.json().error).toBe('PROXY_TARGET_UNAVAILABLE')
    }
    expect(new Set(refusals.map((r) => r.body)).size).toBe(1) // identical answers: nothing to tell apart
    expect((await ask('吴六', ID_AGENT)).json().error).toBe('AGENT_SELF')
    const r = await ask('吴父', ID_PARENT)
    expect(r.statusCode).toBe(201)
    expect(r.json()).toMatchObject({ status: 'PENDING', nameMasked: '吴*', relationship: 'PARENT', mobileOnFile: true })
    expect(JSON.stringify(r.json())).not.toContain(ID_PARENT)
    // asking again returns the same pending request; no access before consent
    expect((await ask('吴父', ID_PARENT)).json().ref).toBe(r.json().ref)
    expect((await get('/api/agents/people', agent)).json().items).toHaveLength(0)
    // the parent approves in their own account
    const incoming = (await get('/api/me/agent-requests', parent)).json().items
    expect(incoming).toHaveLength(1)
    expect(incoming[0]).toMatchObject({ ref: r.json().ref, agent: '微信用户 吴*', relationship: 'PARENT' })
    expect((await post(`/api/me/agent-requests/${r.json().ref}/approve`, stranger, {})).statusCode).toBe(404)
    expect((await post(`/api/me/agent-requests/${r.json().ref}/approve`, parent, {})).statusCode).toBe(200)
    const list = (await get('/api/agents/people', agent)).json()
    expect(list.items).toHaveLength(1)
    parentRef = list.items[0].ref
    expect(list.items[0]).toMatchObject({
      nameMasked: '吴*',
      idNumberMasked: `640106********${ID_PARENT.slice(14)}`,
      relationship: 'PARENT',
      approvedVia: 'ACCOUNT',
      scope: ['ASSESS', 'RECORDS', 'SUSPEND'],
      registration: { region: '640000', status: 'ACTIVE' },
    })
    const days = (Date.parse(list.items[0].expiresAt) - Date.parse(list.items[0].addedAt)) / 86400_000
    expect(days).toBe(365)
    // already bound: 409 with the binding's ref
    const again = await ask('吴父', ID_PARENT)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ error: 'AGENT_ALREADY_BOUND', detail: { ref: parentRef } })
    // the parent sees who may act for them
    const mine = (await get('/api/me/agents', parent)).json().items
    expect(mine).toEqual([expect.objectContaining({ ref: parentRef, agent: '微信用户 吴*', relationship: 'PARENT' })])
  })
  it('agent acts for the bound person; record keeps operator and owner; person sees who acted', async () => {
    const c = await post('/api/assessments', agent, {
      start: '2026-01',
      end: '2026-02',
      base: '60',
      personRef: parentRef,
    })
    expect(c.statusCode).toBe(201)
    const a = c.json()
    expect(a).toMatchObject({ owner: { self: false, personRef: parentRef }, operator: { self: true, byAgent: true } })
    // owner sees it, with the agent as operator
    const mine = (await get(`/api/assessments/${a.id}`, parent)).json()
    expect(mine).toMatchObject({
      owner: { self: true },
      operator: { self: false, byAgent: true, label: '微信用户 吴*' },
    })
    const act = (await get('/api/me/activity', parent)).json()
    expect(
      act.items.some((x: any) => x.action === 'ASSESSMENT_CREATED_BY_AGENT' && x.byAgent && x.actor === '微信用户 吴*'),
    ).toBe(true)
    expect(JSON.stringify(act)).not.toContain(ID_PARENT)
    // the matrix: self, bound agent, stranger
    for (const [who, token, status] of [
      ['self', parent, 200],
      ['agent', agent, 200],
      ['stranger', stranger, 404],
    ] as const) {
      expect((await get(`/api/assessments/${a.id}`, token)).statusCode, who).toBe(status)
    }
    expect((await post(`/api/assessments/${a.id}/transmit`, stranger, {})).statusCode).toBe(404)
    expect((await post(`/api/assessments/${a.id}/revoke`, stranger, {})).statusCode).toBe(404)
    expect((await get(`/api/assessments?personRef=${parentRef}`, stranger)).statusCode).toBe(404)
    expect(
      (
        await post('/api/assessments/quote', stranger, {
          start: '2026-03',
          end: '2026-03',
          base: '60',
          personRef: parentRef,
        })
      ).statusCode,
    ).toBe(404)
    expect((await get(`/api/assessments?personRef=${parentRef}`, agent)).json().items.map((x: any) => x.id)).toEqual([
      a.id,
    ])
    expect((await get(`/api/registration?personRef=${parentRef}`, agent)).json().registered).toBe(true)
    // agent revokes for the parent
    const rv = await post(`/api/assessments/${a.id}/revoke`, agent, {})
    expect(rv.json().status).toBe('REVOKED')
    // unbind: the agent loses access
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/agents/people/${parentRef}`, headers: auth(stranger) }))
        .statusCode,
    ).toBe(404)
    const del = await app.inject({ method: 'DELETE', url: `/api/agents/people/${parentRef}`, headers: auth(agent) })
    expect(del.json()).toEqual({ ok: true })
    expect((await get(`/api/assessments/${a.id}`, agent)).statusCode).toBe(404)
    expect((await get(`/api/assessments?personRef=${parentRef}`, agent)).statusCode).toBe(404)
  })
  it('proxy look-ups are rate limited', async () => {
    const { app: a2 } = await makeApp({ env: { RATE_LOOKUP_MAX: '3' } })
    const t = await person(a2, 'rl', '吴六', ID_AGENT)
    const codes: number[] = []
    // extra spaces in the header do not make a fresh bucket (the limit is keyed on the resolved account)
    for (let i = 0; i < 5; i++) {
      const r = await a2.inject({
        method: 'POST',
        url: '/api/agents/people',
        headers: { authorization: `Bearer${' '.repeat(i + 1)}${t}` },
        payload: { name: '某', idNumber: makeId('110105', '1970-01-01', String(100 + i)), relationship: 'PARENT' },
      })
      codes.push(r.statusCode)
      if (r.statusCode === 429)
        expect(r.json()).toMatchObject({ error: 'RATE_LIMITED', message: expect.stringMatching(/频繁/) })
    }
    expect(codes.slice(3)).toEqual([429, 429])
    await a2.close()
  })
})
