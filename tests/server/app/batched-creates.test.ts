/**
 * Creates of many people at once (storage/batch.ts, storage/creates.ts). On both engines: every create is
 * stored once, with its own 核定流水号, for its own person. On PostgreSQL they go batched — the session look-ups
 * with the creates' snapshots as one statement, the writes as one — and a write batch broken by ONE of its
 * creates (a foreign key that no longer holds: the operator's account deleted meanwhile) still stores the others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auth, makeApp, makeId, NX, person, type TestApp } from '../helpers'
import { onPostgres } from '../../support/database'
import type { AppContext } from '../../../mock-server/src/context'
import { batchStats } from '../../../mock-server/src/storage/batch'
import { createsRepo } from '../../../mock-server/src/storage'

let app: TestApp
let ctx: AppContext
const tokens: string[] = []
const PEOPLE = 12

beforeAll(async () => {
  const made = await makeApp({ env: { RATE_LOGIN_MAX: '100000', RATE_LOOKUP_MAX: '100000' } })
  app = made.app
  ctx = made.ctx
  for (let i = 0; i < PEOPLE; i++)
    tokens.push(
      await person(
        app,
        `batch-${i}`,
        `批量${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`,
        makeId('640104', '1985-03-03', String(101 + 2 * i)),
        NX,
      ),
    )
})
afterAll(async () => {
  await app?.close()
})

const create = (token: string, month: string, key: string) =>
  app.inject({
    method: 'POST',
    url: '/api/assessments',
    headers: auth(token, { 'idempotency-key': key }),
    payload: { start: month, end: month, base: '60' },
  })

const stats = () => batchStats(ctx.db.getExecutor())

describe('creates of many people at once', () => {
  it('every one is stored once, for its own person, with its own number (batched on PostgreSQL)', async () => {
    const before = stats()
    const answers = await Promise.all(tokens.map((t, i) => create(t, '2026-03', `batch-a-${i}`)))
    expect(answers.map((r) => r.statusCode)).toEqual(tokens.map(() => 201))
    const bodies = answers.map((r) => r.json() as { id: string; owner: { nameMasked: string } })
    expect(new Set(bodies.map((b) => b.id)).size).toBe(PEOPLE)
    // each answer is the asking person's own record
    for (const b of bodies) expect(b.owner.nameMasked.startsWith('批')).toBe(true)
    for (const [i, t] of tokens.entries()) {
      const list = await app.inject({ method: 'GET', url: '/api/assessments', headers: auth(t) })
      const items = (list.json() as { items: { id: string }[] }).items
      expect(items.map((r) => r.id)).toEqual([bodies[i].id])
    }
    // the same keys again: the stored answers, nothing new
    const again = await Promise.all(tokens.map((t, i) => create(t, '2026-03', `batch-a-${i}`)))
    expect(again.map((r) => r.statusCode)).toEqual(tokens.map(() => 201))
    expect(again.map((r) => (r.json() as { id: string }).id)).toEqual(bodies.map((b) => b.id))
    if (onPostgres) {
      const after = stats()
      const grew = (name: string) => ({
        batches: after[name].batches - (before[name]?.batches ?? 0),
        items: after[name].items - (before[name]?.items ?? 0),
      })
      // fewer statements than creates: they went together
      for (const name of ['creates.signedInWithSnapshot', 'creates.write']) {
        const g = grew(name)
        expect(g.items, name).toBeGreaterThanOrEqual(PEOPLE)
        expect(g.batches, name).toBeLessThan(g.items)
      }
    }
  })

  it('the creates of ONE person at once never share a write: one per month, each stored once', async () => {
    const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']
    const answers = await Promise.all(months.map((m, i) => create(tokens[0], m, `batch-b-${i}`)))
    expect(answers.map((r) => r.statusCode)).toEqual(months.map(() => 201))
    const list = await app.inject({ method: 'GET', url: '/api/assessments', headers: auth(tokens[0]) })
    const items = (list.json() as { items: { start: string }[] }).items
    expect(items.map((r) => r.start).sort()).toEqual(['2026-03', ...months])
  })

  it.skipIf(!onPostgres)(
    'a write batch broken by one create (its operator deleted meanwhile) stores the others; that one is gone',
    async () => {
      // three people with no record yet in 2027-01: their current versions and a template record
      const rows = await ctx.db
        .selectFrom('assessments as a')
        .innerJoin('persons as p', 'p.id', 'a.person_id')
        .select(['a.id', 'p.id as person', 'p.version', 'a.operator_account_id'])
        .where('a.start', '=', '2026-03')
        .orderBy('a.id')
        .limit(3)
        .execute()
      expect(rows).toHaveLength(3)
      const template = await ctx.db
        .selectFrom('assessments')
        .selectAll()
        .where('id', '=', rows[0].id)
        .executeTakeFirstOrThrow()
      const writes = rows.map((r, i) => ({
        version: r.version ?? 0,
        record: {
          ...template,
          id: `HDBATCHTEST00000${i}`,
          person_id: r.person,
          start: '2027-01',
          end: '2027-01',
          // the middle one's operator account no longer exists
          operator_account_id: i === 1 ? 'acc-deleted-meanwhile' : r.operator_account_id,
        },
        audit: {
          at: new Date().toISOString(),
          actorAccountId: null,
          actorLabel: 'test',
          subjectPersonId: r.person,
          action: 'ASSESSMENT_CREATED',
          entity: 'assessment',
          entityId: `HDBATCHTEST00000${i}`,
          before: null,
          after: null,
        },
      }))
      const before = stats()['creates.write'] ?? { batches: 0, items: 0 }
      const results = await Promise.all(rows.map((r, i) => createsRepo.commit(ctx.db, r.person, writes[i])))
      expect(results).toEqual(['created', 'gone', 'created'])
      // the three went as ONE batch (which failed, and then each was written alone)
      const after = stats()['creates.write']
      expect([after.batches - before.batches, after.items - before.items]).toEqual([1, 3])
      const stored = await ctx.db
        .selectFrom('assessments')
        .select('id')
        .where('id', 'like', 'HDBATCHTEST%')
        .orderBy('id')
        .execute()
      expect(stored.map((s) => s.id)).toEqual(['HDBATCHTEST000000', 'HDBATCHTEST000002'])
      // the versions of the two stored rose; the third's did not
      const versions = await ctx.db
        .selectFrom('persons')
        .select(['id', 'version'])
        .where(
          'id',
          'in',
          rows.map((r) => r.person),
        )
        .execute()
      const v = new Map(versions.map((p) => [p.id, p.version]))
      expect(rows.map((r) => (v.get(r.person) ?? 0) - (r.version ?? 0))).toEqual([1, 0, 1])
    },
  )
})
