/**
 * PostgreSQL: the batched statements of a create (storage/creates.ts) find every row through its primary key,
 * also in the plan PostgreSQL keeps for a prepared statement (the generic plan, made without knowing how many
 * items a batch has). Written as plain joins, that plan hashed the batch and scanned the whole sessions table,
 * and the write scanned the whole persons table, at every batch: a cost that grows with the number of people.
 * The tables here hold 3,000 sessions, accounts and people, not yet analysed (as after a rush of sign-ups), where
 * that plan was the one chosen.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onPostgres } from '../../support/database'
import { makeApp, type TestApp } from '../helpers'
import type { AppContext } from '../../../mock-server/src/context'
import { batchedStatements } from '../../../mock-server/src/storage/creates'
import { BLANK_AUDIT } from '../../../mock-server/src/storage/audit'
import { signedInMany } from '../../../mock-server/src/storage/accounts'
import type { Executor } from '../../../mock-server/src/storage'

let app: TestApp
let ctx: AppContext
const ROWS = 3000

beforeAll(async () => {
  if (!onPostgres) return
  const made = await makeApp()
  app = made.app
  ctx = made.ctx
  const at = new Date().toISOString()
  await sql`
    insert into persons (id, id_number, name, sex, birth_date, created_at)
    select 'per-plan-' || g, 'plan-id-' || g, '测试', 'M', '1980-01-01', ${at} from generate_series(1, ${ROWS}) g`.execute(
    ctx.db,
  )
  await sql`
    insert into accounts (id, channel, channel_uid, person_id, created_at)
    select 'acc-plan-' || g, 'wechat', 'plan-uid-' || g, 'per-plan-' || g, ${at} from generate_series(1, ${ROWS}) g`.execute(
    ctx.db,
  )
  await sql`
    insert into sessions (token_hash, account_id, created_at, expires_at)
    select 'plan-hash-' || g, 'acc-plan-' || g, ${at}, '2999-01-01T00:00:00.000Z' from generate_series(1, ${ROWS}) g`.execute(
    ctx.db,
  )
})
afterAll(async () => {
  await app?.close()
})

/**
 * The generic plan of the statement that `run` prepares on one connection (its text matched by `like`),
 * executed with `args` (SQL literals).
 */
async function genericPlan(run: (conn: Executor) => Promise<unknown>, like: string, args: string): Promise<string> {
  return ctx.db.connection().execute(async (conn) => {
    await sql`set plan_cache_mode = force_generic_plan`.execute(conn)
    try {
      await run(conn)
      const { rows } = await sql<{ name: string }>`
        select name from pg_prepared_statements where statement like ${like}`.execute(conn)
      expect(rows, 'the statement ran as a prepared statement').toHaveLength(1)
      const plan = await sql.raw(`explain (format json) execute ${rows[0].name}(${args})`).execute(conn)
      return JSON.stringify(plan.rows)
    } finally {
      await sql`reset plan_cache_mode`.execute(conn)
    }
  })
}

const seqScans = (plan: string) =>
  [...plan.matchAll(/"Node Type":"Seq Scan"[^}]*?"Relation Name":"([a-z_]+)"/g)].map((m) => m[1])

describe.skipIf(!onPostgres)('the batched statements of a create: rows found by primary key (PostgreSQL)', () => {
  it.each([
    ['create', 'the snapshot', '%nextval%with ordinality as y(token_hash, key, ord)%'],
    ['quote', 'what a quote decides on', '%null::bigint as number%with ordinality as y(token_hash, key, ord)%'],
  ] as const)('the session look-up of a %s with %s read ahead', async (purpose, _what, pattern) => {
    const asks = [1, 2, 3].map((i) => ({ tokenHash: `plan-hash-${i}`, key: null }))
    const plan = await genericPlan(
      async (conn) => expect(await batchedStatements.signedInWithSnapshots(conn, asks, purpose)).toHaveLength(3),
      pattern,
      `'{plan-hash-1,plan-hash-2}', '{NULL,NULL}'`,
    )
    expect(seqScans(plan)).toEqual([])
    expect(plan).toContain('sessions_pkey')
  })

  it('the session look-up of other requests', async () => {
    const plan = await genericPlan(
      async (conn) => expect(await signedInMany(conn, ['plan-hash-1', 'plan-hash-2'])).toHaveLength(2),
      '%with ordinality as y(token_hash, ord)%',
      `'{plan-hash-1,plan-hash-2}'`,
    )
    expect(seqScans(plan)).toEqual([])
    expect(plan).toContain('sessions_pkey')
  })

  it('the snapshot', async () => {
    const asks = [1, 2].map((i) => ({ personId: `per-plan-${i}`, accountId: `acc-plan-${i}`, key: null }))
    const plan = await genericPlan(
      async (conn) => expect(await batchedStatements.snapshots(conn, asks)).toHaveLength(2),
      '%with ordinality as x(person_id, account_id, key, ord)%',
      `'{per-plan-1,per-plan-2}', '{acc-plan-1,acc-plan-2}', '{NULL,NULL}'`,
    )
    expect(seqScans(plan)).toEqual([])
  })

  it('the write (its version check on the people)', async () => {
    // a write whose version no longer holds: planned and run, nothing stored
    const write = (conn: Executor) =>
      batchedStatements.writes(conn, [
        {
          personId: 'per-plan-1',
          version: 999,
          record: { id: 'HDPLAN000001', person_id: 'per-plan-1' } as never,
          audit: BLANK_AUDIT,
        },
      ])
    const plan = await genericPlan(
      async (conn) => expect(await write(conn)).toEqual(['changed']),
      '%with x as (%jsonb_to_recordset%',
      `'[{"ord":0,"person_id":"per-plan-2","version":999,"idem":null,"record":{},"audit":{}}]'`,
    )
    expect(seqScans(plan)).toEqual([])
    expect(plan).toContain('persons_pkey')
  })
})
