/**
 * PostgreSQL: the statements Kysely sends run as named (prepared) statements of their connection, parsed and
 * planned once per connection (storage/db.ts prepareStatements); at most 200 per connection, later texts unnamed.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onPostgres } from '../../support/database'
import { makeApp, type TestApp } from '../helpers'
import type { AppContext } from '../../../mock-server/src/context'

let app: TestApp
let ctx: AppContext

beforeAll(async () => {
  if (!onPostgres) return
  const made = await makeApp()
  app = made.app
  ctx = made.ctx
})
afterAll(async () => {
  await app?.close()
})

describe.skipIf(!onPostgres)('prepared statements (PostgreSQL only)', () => {
  it('a query run again on one connection is prepared once and gives the same answers', async () => {
    await ctx.db.connection().execute(async (conn) => {
      const find = (id: string) => conn.selectFrom('persons').select('id').where('id', '=', id).execute()
      for (const id of ['per-x', 'per-y', 'per-z']) expect(await find(id)).toEqual([])
      const { rows } = await sql<{ n: number; statement: string }>`
        select count(*)::int as n, max(statement) as statement from pg_prepared_statements
        where statement like 'select "id" from "persons"%'`.execute(conn)
      expect(rows[0].n).toBe(1)
    })
  })

  it('at most 200 named statements per connection; beyond, every query still runs (unnamed)', async () => {
    await ctx.db.connection().execute(async (conn) => {
      for (let i = 0; i < 230; i++) {
        const { rows } = await sql<{ v: number }>`select ${sql.lit(i)}::int + ${1}::int as v`.execute(conn)
        expect(rows[0].v).toBe(i + 1)
      }
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(conn)
      expect(rows[0].n).toBeLessThanOrEqual(200)
      expect(rows[0].n).toBeGreaterThan(100)
    })
  })

  it('a statement that fails (inside a failed transaction) does not break its name on the connection', async () => {
    await ctx.db.connection().execute(async (conn) => {
      const probe = () => sql<{ v: number }>`select ${2}::int as v`.execute(conn)
      await sql`begin`.execute(conn)
      await expect(sql`select 1 / ${0}::int`.execute(conn)).rejects.toThrow()
      // aborted transaction: the first Parse of this name fails
      await expect(probe()).rejects.toThrow()
      await sql`rollback`.execute(conn)
      expect((await probe()).rows[0].v).toBe(2)
      expect((await probe()).rows[0].v).toBe(2)
    })
  })

  it("a migration meanwhile (another instance's) that changes a prepared `select *`: its next run has the new columns", async () => {
    await ctx.db.connection().execute(async (conn) => {
      await sql`create table stale_probe (id text primary key)`.execute(conn)
      await sql`insert into stale_probe values (${'a'})`.execute(conn)
      const all = () =>
        conn
          .selectFrom('stale_probe' as never)
          .selectAll()
          .execute()
      expect(await all()).toEqual([{ id: 'a' }])
      expect(await all()).toEqual([{ id: 'a' }])
      await sql`alter table stale_probe add column note text`.execute(conn)
      expect(await all()).toEqual([{ id: 'a', note: null }])
      await sql`drop table stale_probe`.execute(conn)
    })
  })
})
