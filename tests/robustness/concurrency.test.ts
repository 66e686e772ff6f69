/**
 * Concurrency over real HTTP (loopback): racing writes end in one consistent state, and the audit log agrees.
 *   - many parallel overlapping creates for one person (by the person and by their agent) → exactly one record;
 *   - transmit and revoke fired together on each of 20 CREATED records → each ends TRANSMITTED (revoke refused)
 *     or REVOKED (transmit refused), never both, and the audit log holds exactly the winning transition;
 *   - the same Idempotency-Key fired concurrently → one record (create) / one transition (transmit); on
 *     PostgreSQL the ones that meet the first still in flight are refused 409 IDEMPOTENCY_IN_FLIGHT and get
 *     the stored answer when they ask again;
 *   - the decisions on one consent request racing (the agent's code, the person's approval and refusal, the agent
 *     withdrawing it) → exactly one taken, at most one binding, one AGENT_BOUND notice;
 * On SQLite or PostgreSQL (TEST_DATABASE_URL), like the rest of the backend tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeApp, makeId } from '../server/helpers'
import { onPostgres, withDatabase, type Reader } from '../support/database'
import { bindAgent, client, signUp, type Call } from './http'

let app: Awaited<ReturnType<typeof makeApp>>['app']
let dataDir: string
let call: Call

beforeAll(async () => {
  const made = await makeApp({ env: { RATE_LOGIN_MAX: '100000', RATE_LOOKUP_MAX: '100000' } })
  app = made.app
  dataDir = made.dir
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  call = client(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`)
})
afterAll(async () => {
  await app?.close()
})

const readDb = <T>(fn: (db: Reader) => Promise<T>): Promise<T> => withDatabase(dataDir, fn)

interface AuditRow {
  action: string
  entity_id: string
  before_json: string | null
  after_json: string | null
}
const auditOf = (id: string): Promise<AuditRow[]> =>
  readDb((db) =>
    db.all<AuditRow>(
      `SELECT action, entity_id, before_json, after_json FROM audit_log WHERE entity_id = ? ORDER BY id`,
      [id],
    ),
  )

const month = (m: number) => `2026-${String(m).padStart(2, '0')}`

describe('concurrency', () => {
  it('40 parallel overlapping creates for one person (self and agent) → exactly one record, 39 × PERIOD_OVERLAP', async () => {
    const id = makeId('640104', '1986-04-04', '031')
    const token = await signUp(call, 'race-self', '王竞争', id)
    const agent = await signUp(call, 'race-agent', '王代办', makeId('640104', '1960-02-02', '033'), false)
    const ref = await bindAgent(call, agent, token, '王竞争', id)
    expect(ref).toBeTruthy()
    // every period contains June, so every pair overlaps; all are valid on their own
    const bodies = Array.from({ length: 40 }, (_, i) => ({
      start: month(1 + (i % 6)),
      end: month(6 + ((i * 7) % 7)),
      base: String(60 + (i % 5) * 10),
    }))
    const answers = await Promise.all(
      bodies.map((b, i) =>
        i % 4 === 3
          ? call('POST', '/api/assessments', { token: agent, body: { ...b, personRef: ref }, key: `ov-${i}` })
          : call('POST', '/api/assessments', { token, body: b, key: i % 2 ? `ov-${i}` : undefined }),
      ),
    )
    const created = answers.filter((a) => a.status === 201)
    const refused = answers.filter((a) => a.status !== 201)
    expect(created).toHaveLength(1)
    expect(refused.map((a) => [a.status, a.body.error])).toEqual(refused.map(() => [409, 'PERIOD_OVERLAP']))
    const list = await call('GET', '/api/assessments', { token })
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([created[0].body.id])
    const audit = await auditOf(created[0].body.id)
    expect(audit).toHaveLength(1)
    expect(audit[0].action).toMatch(/^ASSESSMENT_CREATED/)
  })

  it('transmit and revoke racing on 20 records → one consistent final state each, audit agrees', async () => {
    const people = [
      await signUp(call, 'tr-1', '赵传输', makeId('640104', '1988-08-08', '051')),
      await signUp(call, 'tr-2', '钱撤销', makeId('640104', '1989-09-09', '053')),
    ]
    const records: { id: string; token: string }[] = []
    for (const [p, token] of people.entries()) {
      for (let m = 1; m <= 10; m++) {
        const r = await call('POST', '/api/assessments', {
          token,
          body: { start: month(m), end: month(m), base: '60' },
        })
        expect(r.status, JSON.stringify(r.body)).toBe(201)
        records.push({ id: r.body.id, token: people[p] })
      }
    }
    // all 80 requests in flight together: per record, transmit twice and revoke twice (distinct keys, or none)
    const fired = records.flatMap(({ id, token }, i) => {
      const order = i % 2 ? ['revoke', 'transmit', 'revoke', 'transmit'] : ['transmit', 'revoke', 'transmit', 'revoke']
      return order.map((action, j) => ({
        id,
        action,
        answer: call('POST', `/api/assessments/${id}/${action}`, {
          token,
          body: {},
          key: j < 2 ? `${action}-${id}-${j}` : undefined,
        }),
      }))
    })
    const results = await Promise.all(fired.map(async (f) => ({ ...f, answer: await f.answer })))
    const outcome = { TRANSMITTED: 0, REVOKED: 0 }
    for (const { id, token } of records) {
      const mine = results.filter((r) => r.id === id)
      const won = mine.filter((r) => r.answer.status === 200)
      const lost = mine.filter((r) => r.answer.status !== 200)
      expect(won, `${id}: exactly one transition wins`).toHaveLength(1)
      const winner = won[0].action
      const final = winner === 'transmit' ? 'TRANSMITTED' : 'REVOKED'
      outcome[final]++
      expect(won[0].answer.body.status).toBe(final)
      for (const l of lost) {
        expect(l.answer.status).toBe(422)
        if (l.action === winner)
          expect(l.answer.body.error).toBe(final === 'REVOKED' ? 'REVOKE_ALREADY_REVOKED' : 'TRANSITION_NOT_ALLOWED')
        else if (l.action === 'revoke') expect(l.answer.body.error).toBe('REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE')
        else expect(l.answer.body.error).toBe('TRANSITION_NOT_ALLOWED')
      }
      const detail = await call('GET', `/api/assessments/${id}`, { token })
      expect(detail.body.status).toBe(final)
      const [row] = await readDb((db) => db.all('SELECT * FROM assessments WHERE id = ?', [id]))
      expect(row.status).toBe(final)
      if (final === 'TRANSMITTED') expect([row.transmitted_at, row.revoked_at]).toEqual([expect.any(String), null])
      else expect([row.transmitted_at, row.revoked_at]).toEqual([null, expect.any(String)])
      const audit = await auditOf(id)
      expect(audit.map((a) => a.action)).toEqual([
        'ASSESSMENT_CREATED',
        final === 'TRANSMITTED' ? 'ASSESSMENT_TRANSMITTED' : 'ASSESSMENT_REVOKED',
      ])
      expect(JSON.parse(audit[0].after_json!).status).toBe('CREATED')
      expect(JSON.parse(audit[1].before_json!).status).toBe('CREATED')
      expect(JSON.parse(audit[1].after_json!).status).toBe(final)
    }
    expect(outcome.TRANSMITTED + outcome.REVOKED).toBe(20)
  })

  it('the same Idempotency-Key fired 25 times at once → one record; on transmit → one transition', async () => {
    const token = await signUp(call, 'idem-1', '孙幂等', makeId('640104', '1990-10-10', '071'))
    const body = { start: '2026-03', end: '2026-05', base: '80' }
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => call('POST', '/api/assessments', { token, body, key: 'same-key-1' })),
    )
    // SQLite runs one write transaction at a time: every duplicate waits and gets the stored answer. PostgreSQL
    // runs them side by side: a duplicate that meets the first in flight is refused, and asks again
    const inFlight = answers.filter((a) => a.status === 409)
    if (!onPostgres) expect(inFlight).toEqual([])
    for (const a of inFlight) {
      expect(a.body.error).toBe('IDEMPOTENCY_IN_FLIGHT')
      expect(Number(a.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    }
    for (const a of inFlight)
      answers[answers.indexOf(a)] = await call('POST', '/api/assessments', { token, body, key: 'same-key-1' })
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201))
    const ids = new Set(answers.map((a) => a.body.id))
    expect(ids.size).toBe(1)
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'false')).toHaveLength(1)
    const [id] = ids
    const list = await call('GET', '/api/assessments', { token })
    expect(list.body.items).toHaveLength(1)

    const transmits = await Promise.all(
      Array.from({ length: 25 }, () =>
        call('POST', `/api/assessments/${id}/transmit`, { token, body: {}, key: 'tx-1' }),
      ),
    )
    if (!onPostgres) expect(transmits.filter((a) => a.status === 409)).toEqual([])
    for (const [i, a] of transmits.entries())
      if (a.status === 409 && a.body.error === 'IDEMPOTENCY_IN_FLIGHT')
        transmits[i] = await call('POST', `/api/assessments/${id}/transmit`, { token, body: {}, key: 'tx-1' })
    expect(transmits.map((a) => [a.status, a.body.status])).toEqual(transmits.map(() => [200, 'TRANSMITTED']))
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['ASSESSMENT_CREATED', 'ASSESSMENT_TRANSMITTED'])
    // the same key with a different request is refused, whatever the timing
    const reused = await call('POST', '/api/assessments', { token, body: { ...body, base: '90' }, key: 'same-key-1' })
    expect([reused.status, reused.body.error]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED'])
  })

  it('注销 racing the person’s other acts (transmit, revoke, pay, 停保, contact change) → no 5xx; nothing left naming the account', async () => {
    for (let i = 0; i < 4; i++) {
      const token = await signUp(
        call,
        `race-del-acts-${i}`,
        '钱注销',
        makeId('640104', '1983-06-06', String(71 + 2 * i).padStart(3, '0')),
      )
      const me = await call('GET', '/api/me', { token })
      const accountId = me.body.account?.id ?? me.body.id
      expect(accountId).toBeTruthy()
      const ids: string[] = []
      for (let m = 0; m < 4; m++) {
        const r = await call('POST', '/api/assessments', {
          token,
          body: { start: month(1 + 2 * m), end: month(2 + 2 * m), base: '60' },
        })
        expect(r.status).toBe(201)
        ids.push(r.body.id)
      }
      // the third is transmitted first, so that it can be paid in the race
      expect((await call('POST', `/api/assessments/${ids[2]}/transmit`, { token, body: {} })).status).toBe(200)
      const answers = await Promise.all([
        call('POST', `/api/assessments/${ids[0]}/transmit`, { token, body: {} }),
        call('POST', `/api/assessments/${ids[1]}/revoke`, { token, body: {} }),
        call('POST', `/api/assessments/${ids[2]}/pay`, { token, body: {} }),
        call('POST', '/api/suspension', { token, body: { reason: 'VOLUNTARY', stopDate: '2026-11-30' } }),
        call('POST', '/api/registration/contact', { token, body: { mobile: '13900000001' } }),
        call('DELETE', '/api/me', { token, body: { confirm: '注销' } }),
      ])
      expect(answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${JSON.stringify(a.body)}`)).toEqual([])
      expect(answers[5].status).toBe(200)
      console.info(`注销 race ${i}: ${answers.map((a) => a.status).join(' ')}`)
      const named = await readDb((db) =>
        db.all<{ n: number }>(
          `SELECT (SELECT COUNT(*) FROM assessments WHERE operator_account_id = ? OR revoked_by_account_id = ?)
                + (SELECT COUNT(*) FROM audit_log WHERE actor_account_id = ?) AS n`,
          [accountId, accountId, accountId],
        ),
      )
      expect(Number(named[0].n)).toBe(0)
    }
  })

  it('注销 (account deletion) racing creates of the same person → no 5xx; afterwards neither a record nor an audit row names the account', async () => {
    for (let i = 0; i < 6; i++) {
      const token = await signUp(
        call,
        `race-del-${i}`,
        '赵注销',
        makeId('640104', '1984-05-05', String(51 + 2 * i).padStart(3, '0')),
      )
      const me = await call('GET', '/api/me', { token })
      const accountId = me.body.account?.id ?? me.body.id
      const answers = await Promise.all([
        ...Array.from({ length: 4 }, (_, m) =>
          call('POST', '/api/assessments', {
            token,
            body: { start: month(1 + 3 * m), end: month(3 + 3 * m), base: '60' },
          }),
        ),
        call('DELETE', '/api/me', { token, body: { confirm: '注销' } }),
      ])
      expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
      expect(answers[4].status).toBe(200)
      expect(accountId).toBeTruthy()
      // whichever came first, no record is left naming the deleted account as its operator (the agency keeps
      // the records, under the account's pseudonym)
      const operated = await readDb((db) =>
        db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM assessments WHERE operator_account_id = ?`, [accountId]),
      )
      expect(Number(operated[0].n)).toBe(0)
      if (accountId) {
        const named = await readDb((db) =>
          db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM audit_log WHERE actor_account_id = ?`, [accountId]),
        )
        expect(Number(named[0].n)).toBe(0)
      }
    }
  })

  it('the decisions on one consent request racing (code, approve, decline, withdraw) → exactly one taken; one binding at most', async () => {
    const admin = 'test-admin-token-0123456789'
    const outcomes: string[] = []
    for (let i = 0; i < 8; i++) {
      const parentId = makeId('640104', '1972-03-03', String(91 + 2 * i).padStart(3, '0'))
      const parent = await signUp(call, `race-consent-p-${i}`, '孙同意', parentId)
      const mobile = `1390000${String(1100 + i)}`
      expect((await call('POST', '/api/registration/contact', { token: parent, body: { mobile } })).status).toBe(200)
      const child = await signUp(
        call,
        `race-consent-c-${i}`,
        '孙子女',
        makeId('640104', '1990-04-04', String(91 + 2 * i).padStart(3, '0')),
      )
      const asked = await call('POST', '/api/agents/people', {
        token: child,
        body: { name: '孙同意', idNumber: parentId, relationship: 'PARENT' },
      })
      expect(asked.status).toBe(201)
      const ref: string = asked.body.ref
      expect((await call('POST', `/api/agents/requests/${ref}/sms`, { token: child, body: {} })).status).toBe(200)
      const sms = await call('GET', `/api/sim/sms?phone=${mobile}`, { token: admin })
      const code: string = sms.body.items[0].code
      const acts = [
        () => call('POST', `/api/agents/requests/${ref}/confirm`, { token: child, body: { code } }),
        () => call('POST', `/api/me/agent-requests/${ref}/approve`, { token: parent, body: {} }),
        () => call('POST', `/api/me/agent-requests/${ref}/decline`, { token: parent, body: {} }),
        () => call('DELETE', `/api/agents/requests/${ref}`, { token: child }),
      ]
      // all four, or two of them (the withdrawal, the shortest path, would win most races), in a different order
      // each round (the first sent is the likeliest winner)
      const racing = [
        [0, 1, 2, 3],
        [0, 1],
        [1, 2],
        [2, 0],
      ][i % 4]
      const order = racing.map((_, k) => racing[(k + Math.floor(i / 4)) % racing.length])
      const sent = await Promise.all(order.map((k) => acts[k]()))
      const answers = order.map((_, k) => sent[order.indexOf(racing[k])])
      expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
      const won = answers.map((a, k) =>
        a.status === 200 ? ['code', 'approve', 'decline', 'withdraw'][racing[k]] : null,
      )
      expect(won.filter(Boolean)).toHaveLength(1)
      for (const a of answers.filter((x) => x.status !== 200)) expect(a.body.error).toBe('PROXY_REQUEST_CLOSED')
      const winner = won.find(Boolean) as string
      outcomes.push(winner)
      const people = (await call('GET', '/api/agents/people', { token: child })).body.items
      expect(people).toHaveLength(winner === 'code' || winner === 'approve' ? 1 : 0)
      const request = (await call('GET', '/api/agents/requests', { token: child })).body.items.find(
        (r: { ref: string }) => r.ref === ref,
      )
      expect(request.status).toBe(
        { code: 'APPROVED', approve: 'APPROVED', decline: 'DECLINED', withdraw: 'CANCELLED' }[winner],
      )
      const bound = (await call('GET', '/api/me/messages', { token: parent })).body.items.filter(
        (m: { kind: string }) => m.kind === 'AGENT_BOUND',
      )
      expect(bound).toHaveLength(people.length)
    }
    console.info(`consent decision races won by: ${outcomes.join(' ')}`)
  })

  it('注销 of the agent racing the person’s approval → no 5xx; no binding, request or audit row left naming the account', async () => {
    const outcomes: string[] = []
    for (let i = 0; i < 6; i++) {
      const parentId = makeId('640104', '1973-05-05', String(131 + 2 * i).padStart(3, '0'))
      const parent = await signUp(call, `race-consent-del-p-${i}`, '周同意', parentId)
      const child = await signUp(
        call,
        `race-consent-del-c-${i}`,
        '周子女',
        makeId('640104', '1991-06-06', String(131 + 2 * i).padStart(3, '0')),
      )
      const me = await call('GET', '/api/me', { token: child })
      const accountId = me.body.account?.id ?? me.body.id
      expect(accountId).toBeTruthy()
      const asked = await call('POST', '/api/agents/people', {
        token: child,
        body: { name: '周同意', idNumber: parentId, relationship: 'PARENT' },
      })
      expect(asked.status).toBe(201)
      const acts = [
        () => call('POST', `/api/me/agent-requests/${asked.body.ref}/approve`, { token: parent, body: {} }),
        () => call('DELETE', '/api/me', { token: child, body: { confirm: '注销' } }),
      ]
      const answers =
        i % 2 ? (await Promise.all([acts[1](), acts[0]()])).reverse() : await Promise.all(acts.map((a) => a()))
      expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([])
      expect(answers[1].status).toBe(200)
      outcomes.push(`${answers[0].status}${answers[0].body.error ? ` ${answers[0].body.error}` : ''}`)
      const named = await readDb((db) =>
        db.all<{ n: number }>(
          `SELECT (SELECT COUNT(*) FROM agent_bindings WHERE agent_account_id = ?)
                + (SELECT COUNT(*) FROM agent_requests WHERE agent_account_id = ?)
                + (SELECT COUNT(*) FROM audit_log WHERE actor_account_id = ?) AS n`,
          [accountId, accountId, accountId],
        ),
      )
      expect(Number(named[0].n)).toBe(0)
      // the parent sees nobody who may act for them
      expect((await call('GET', '/api/me/agents', { token: parent })).body.items).toEqual([])
    }
    console.info(`approval vs the agent's 注销: ${outcomes.join(', ')}`)
  })
})
