/**
 * Several stateless instances on ONE PostgreSQL database (issue 12), over real HTTP: two server processes
 * started at the same moment (both migrate at start, under the Migrator's lock) take overlapping work split
 * between them, then one is killed with SIGKILL under write load:
 *   - the same person's overlapping creates through both → exactly one 201, the rest 409 PERIOD_OVERLAP;
 *   - one Idempotency-Key sent to both → one record (a duplicate meeting the first in flight: 409
 *     IDEMPOTENCY_IN_FLIGHT, then the stored answer);
 *   - transmit on one and revoke on the other of the same record → one transition;
 *   - one registration, one consent request and one approval sent to both → one row each;
 *   - SIGKILL of one under write load: every acknowledged (2xx) write is in the database, ids unique, one
 *     record per key, and the survivor keeps serving (the dead one's unknown outcomes retried there).
 * PostgreSQL only (TEST_DATABASE_URL): two processes on one SQLite file are not a supported deployment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeId, tempDir } from '../server/helpers'
import { freePort } from '../support/server-process'
import { onPostgres, withDatabase } from '../support/database'
import { client, signUp, type Answer, type Call } from './http'
import { CRASH_ADMIN, kill, startServer, type Server } from './server'

const REG = {
  region: '640000',
  district: '640104',
  category: 'OTHER_FLEXIBLE',
  ethnicity: '汉族',
  address: '宁夏银川市兴庆区解放东街1号',
  mobile: '13900000000',
}
const month = (m: number) => `2026-${String(m).padStart(2, '0')}`

describe.skipIf(!onPostgres)('two instances on one PostgreSQL database (PostgreSQL only)', () => {
  const dir = tempDir()
  let a: Server
  let b: Server
  let callA: Call
  let callB: Call
  const both = () => [callA, callB]
  const sign = (c: Call, label: string, name: string, id: string, register = true) =>
    signUp(c, label, name, id, register, CRASH_ADMIN)

  beforeAll(async () => {
    // started together: both run the migrations against the empty database at once
    ;[a, b] = await Promise.all([startServer(dir, await freePort()), startServer(dir, await freePort())])
    callA = client(a.base)
    callB = client(b.base)
  }, 90_000)
  afterAll(async () => {
    for (const s of [a, b]) if (s) await kill(s, 'SIGKILL')
  })

  it('both migrated once, and an account made on one is signed in on the other', async () => {
    const token = await sign(callA, 'mi-hello', '甲乙', makeId('640104', '1985-05-05', '011'))
    expect((await callB('GET', '/api/me', { token })).status).toBe(200)
    const rows = await withDatabase(dir, (db) => db.all<{ name: string }>('SELECT name FROM kysely_migration'))
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length)
  })

  it("one person's overlapping creates split across the instances → exactly one 201", async () => {
    const token = await sign(callA, 'mi-race', '王竞争', makeId('640104', '1986-04-04', '031'))
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        both()[i % 2]('POST', '/api/assessments', {
          token,
          body: { start: month(1 + (i % 6)), end: month(6 + (i % 7)), base: String(60 + (i % 5) * 10) },
          key: i % 3 ? `mi-ov-${i}` : undefined,
        }),
      ),
    )
    const created = answers.filter((x) => x.status === 201)
    expect(created).toHaveLength(1)
    const refused = answers.filter((x) => x.status !== 201)
    expect(refused.map((x) => [x.status, x.body.error])).toEqual(refused.map(() => [409, 'PERIOD_OVERLAP']))
    const stored = await withDatabase(dir, (db) =>
      db.all('SELECT a.id FROM assessments a JOIN persons p ON p.id = a.person_id WHERE p.id_number = ?', [
        makeId('640104', '1986-04-04', '031'),
      ]),
    )
    expect(stored).toHaveLength(1)
  })

  it('a create and a 停保 of one person racing on the two instances → never both (no record in a suspended month)', async () => {
    // create runs READ COMMITTED under the person's lock, suspend too: whichever holds the lock first wins, the
    // other then sees its work (an open record refuses the suspension; a suspension refuses the create)
    const outcomes: string[] = []
    for (let i = 0; i < 6; i++) {
      const token = await sign(
        callA,
        `mi-skew-${i}`,
        '周停保',
        makeId('640104', '1987-07-07', String(41 + 2 * i).padStart(3, '0')),
      )
      const [created, suspended] = await Promise.all([
        both()[i % 2]('POST', '/api/assessments', { token, body: { start: '2026-11', end: '2026-11', base: '60' } }),
        both()[(i + 1) % 2]('POST', '/api/suspension', {
          token,
          body: { reason: 'VOLUNTARY', stopDate: '2026-11-01' },
        }),
      ])
      expect([created.status, suspended.status].filter((x) => x >= 500)).toEqual([])
      expect(created.status === 201 && suspended.status === 200, `${created.status} ${suspended.status}`).toBe(false)
      outcomes.push(created.status === 201 ? 'created' : suspended.status === 200 ? 'suspended' : 'neither')
      const stored = await withDatabase(dir, (db) =>
        db.all<{ n: number }>(
          `SELECT COUNT(*) AS n FROM assessments a JOIN registrations r ON r.person_id = a.person_id
            JOIN persons p ON p.id = a.person_id WHERE p.id_number = ? AND r.status = 'SUSPENDED'`,
          [makeId('640104', '1987-07-07', String(41 + 2 * i).padStart(3, '0'))],
        ),
      )
      expect(Number(stored[0].n)).toBe(0)
    }
    expect(outcomes).not.toContain('neither')
  })

  it('one Idempotency-Key sent to both → one record; duplicates in flight get 409, then the stored answer', async () => {
    const token = await sign(callA, 'mi-idem', '孙幂等', makeId('640104', '1990-10-10', '071'))
    const body = { start: '2026-03', end: '2026-05', base: '80' }
    const send = (c: Call) => c('POST', '/api/assessments', { token, body, key: 'mi-same-key' })
    let answers: Answer[] = await Promise.all(Array.from({ length: 16 }, (_, i) => send(both()[i % 2])))
    for (const x of answers.filter((y) => y.status === 409)) {
      expect(x.body.error).toBe('IDEMPOTENCY_IN_FLIGHT')
      expect(Number(x.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    }
    answers = await Promise.all(answers.map((x, i) => (x.status === 409 ? send(both()[i % 2]) : x)))
    expect(answers.map((x) => x.status)).toEqual(answers.map(() => 201))
    expect(new Set(answers.map((x) => x.body.id)).size).toBe(1)
    expect(answers.filter((x) => x.headers.get('idempotent-replayed') === 'false')).toHaveLength(1)
    const rows = await withDatabase(dir, (db) => db.all("SELECT * FROM idempotency WHERE key = 'mi-same-key'"))
    expect(rows).toHaveLength(1)
  })

  it('transmit on one instance and revoke on the other, 12 records → each ends in one state with one transition', async () => {
    const token = await sign(callA, 'mi-tr', '李传撤', makeId('640104', '1988-08-08', '051'))
    const ids: string[] = []
    for (let m = 1; m <= 12; m++) {
      const r = await callA('POST', '/api/assessments', { token, body: { start: month(m), end: month(m), base: '60' } })
      expect(r.status).toBe(201)
      ids.push(r.body.id)
    }
    await Promise.all(
      ids.flatMap((id, i) => [
        both()[i % 2]('POST', `/api/assessments/${id}/transmit`, { token, body: {} }),
        both()[(i + 1) % 2]('POST', `/api/assessments/${id}/revoke`, { token, body: {} }),
      ]),
    )
    await withDatabase(dir, async (db) => {
      for (const id of ids) {
        const [row] = await db.all<{ status: string }>('SELECT status FROM assessments WHERE id = ?', [id])
        expect(['TRANSMITTED', 'REVOKED']).toContain(row.status)
        const audit = await db.all<{ action: string }>('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY id', [
          id,
        ])
        expect(audit.map((x) => x.action)).toEqual([
          'ASSESSMENT_CREATED',
          row.status === 'TRANSMITTED' ? 'ASSESSMENT_TRANSMITTED' : 'ASSESSMENT_REVOKED',
        ])
      }
    })
  })

  it('one registration, one consent request and one approval sent to both → one row each, never a 5xx', async () => {
    const idNumber = makeId('640104', '1975-02-02', '013')
    const parent = await sign(callA, 'mi-parent', '赵父亲', idNumber, false)
    const regs = await Promise.all(both().map((c) => c('POST', '/api/registration', { token: parent, body: REG })))
    expect(regs.filter((x) => x.status >= 500)).toEqual([])
    expect(regs.filter((x) => x.status === 201).length).toBeGreaterThanOrEqual(1)
    const agent = await sign(callB, 'mi-agent', '赵儿子', makeId('640104', '1990-03-03', '015'), false)
    const asks = await Promise.all(
      both().map((c) =>
        c('POST', '/api/agents/people', { token: agent, body: { name: '赵父亲', idNumber, relationship: 'PARENT' } }),
      ),
    )
    expect(asks.map((x) => x.status).sort()).toEqual([200, 201])
    expect(asks[0].body.ref).toBe(asks[1].body.ref)
    const approvals = await Promise.all(
      both().map((c) => c('POST', `/api/me/agent-requests/${asks[0].body.ref}/approve`, { token: parent })),
    )
    expect(approvals.filter((x) => x.status >= 500)).toEqual([])
    expect(approvals.filter((x) => x.status === 200).length).toBeGreaterThanOrEqual(1)
    await withDatabase(dir, async (db) => {
      const n = async (q: string) => Number((await db.all<{ n: number }>(q, [idNumber]))[0].n)
      expect(
        await n('SELECT COUNT(*) AS n FROM registrations r JOIN persons p ON p.id = r.person_id WHERE p.id_number = ?'),
      ).toBe(1)
      expect(
        await n(
          'SELECT COUNT(*) AS n FROM agent_requests r JOIN persons p ON p.id = r.person_id WHERE p.id_number = ?',
        ),
      ).toBe(1)
      expect(
        await n(
          'SELECT COUNT(*) AS n FROM agent_bindings r JOIN persons p ON p.id = r.person_id WHERE p.id_number = ?',
        ),
      ).toBe(1)
    })
  })

  it('SIGKILL of one instance under write load: every acknowledged write is stored once; the survivor serves on', async () => {
    const USERS = 24
    const tokens: string[] = []
    for (let u = 0; u < USERS; u++)
      tokens.push(
        await sign(
          both()[u % 2],
          `mi-load-${u}`,
          '负载测',
          makeId('640104', `197${u % 10}-0${1 + (u % 9)}-1${u % 10}`, String(200 + u * 2 + 1)),
        ),
      )
    type Slot = { user: number; month: string; key: string }
    const slots: Slot[] = []
    for (let m = 1; m <= 12; m++)
      for (let u = 0; u < USERS; u++) slots.push({ user: u, month: month(m), key: `mi-load-${u}-${month(m)}` })
    const create = (c: Call, s: Slot) =>
      c('POST', '/api/assessments', {
        token: tokens[s.user],
        key: s.key,
        body: { start: s.month, end: s.month, base: '60' },
      })
    const acked = new Map<string, string>() // key → id
    const unknown = new Set<Slot>()
    let next = 0
    let aDead = false
    const worker = (w: number) => async () => {
      while (next < slots.length) {
        const s = slots[next++]
        const c = w % 2 === 0 && !aDead ? callA : callB
        try {
          const r = await create(c, s)
          if (r.status === 201) acked.set(s.key, r.body.id)
          else if (r.status === 409 && r.body.error === 'IDEMPOTENCY_IN_FLIGHT') unknown.add(s)
          else throw new Error(`create refused: ${r.status} ${JSON.stringify(r.body)}`)
        } catch (e) {
          if (c !== callA || !aDead) throw e
          unknown.add(s) // A died with it in flight: the outcome is unknown
        }
      }
    }
    const workers = Promise.all(Array.from({ length: 12 }, (_, w) => worker(w)()))
    while (acked.size < 40) await new Promise((r) => setTimeout(r, 10))
    aDead = true
    await kill(a, 'SIGKILL')
    await workers
    expect(next).toBe(slots.length)
    // the survivor answers, and the unknown outcomes retried on it with their keys: exactly one record each
    expect((await callB('GET', '/api/health')).status).toBe(200)
    for (const s of unknown) {
      const r = await create(callB, s)
      expect(r.status, JSON.stringify(r.body)).toBe(201)
      acked.set(s.key, r.body.id)
    }
    expect(acked.size).toBe(slots.length)
    await withDatabase(dir, async (db) => {
      const records = await db.all<{ id: string }>(
        'SELECT a.id FROM assessments a JOIN audit_log l ON l.entity_id = a.id AND l.action = \'ASSESSMENT_CREATED\' WHERE a.start = a."end"' +
          ' AND a.person_id IN (SELECT p.id FROM persons p WHERE p.name = ?)',
        ['负载测'],
      )
      const ids = records.map((r) => r.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(new Set(ids)).toEqual(new Set(acked.values()))
      const keys = await db.all<{ key: string; n: number }>(
        "SELECT key, COUNT(*) AS n FROM idempotency WHERE key LIKE 'mi-load-%' GROUP BY key",
      )
      expect(keys).toHaveLength(slots.length)
      expect(keys.every((k) => Number(k.n) === 1)).toBe(true)
    })
    // and it still takes new writes
    const late = await sign(callB, 'mi-late', '后来者', makeId('640104', '1984-04-14', '091'))
    const more = await callB('POST', '/api/assessments', {
      token: late,
      body: { start: '2026-01', end: '2026-02', base: '60' },
    })
    expect(more.status, JSON.stringify(more.body)).toBe(201)
  })
})
