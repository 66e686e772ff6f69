/**
 * SQLite group commit (storage/sqlite-driver.ts): concurrent write transactions share ONE outer transaction and
 * ONE COMMIT, each inside its own savepoint. What must hold: a member that fails leaves its neighbours' work in
 * place; a member is answered only once its work is committed (another connection sees it); an error after which
 * SQLite ends the whole outer transaction fails every member of that batch and keeps none of it; reads outside a
 * transaction neither wait for a write transaction nor see its uncommitted work.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, sql, type Driver } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { GroupCommitDriver } from '../../../mock-server/src/storage/sqlite-driver'
import { SQLITE_ONLY } from '../../support/database'

interface Db {
  t: { id: number; v: string }
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-group-'))
  const file = path.join(dir, 'g.sqlite')
  const writer = new SQLite(file)
  writer.pragma('journal_mode = WAL')
  writer.pragma('synchronous = FULL')
  writer.exec('create table t (id integer primary key, v text not null unique)')
  const reader = new SQLite(file)
  reader.pragma('query_only = ON')
  const driver = new GroupCommitDriver(writer, reader, { waitMs: 1000 })
  class Dialect extends SqliteDialect {
    override createDriver(): Driver {
      return driver
    }
  }
  const db = new Kysely<Db>({ dialect: new Dialect({ database: writer }) })
  /** a connection of its own: it sees only what is committed */
  const other = new SQLite(file, { readonly: true })
  const committed = () => (other.prepare('select id from t order by id').all() as { id: number }[]).map((r) => r.id)
  cleanups.push(async () => {
    other.close()
    await db.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  return { db, driver, committed }
}

const tick = () => new Promise((r) => setImmediate(r))

describe(`group commit (${SQLITE_ONLY})`, () => {
  it('concurrent transactions share commits; a failing one is undone alone, its neighbours stay', async () => {
    const { db, driver, committed } = open()
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('t')
            .values({ id: i, v: `a${i}` })
            .execute()
          await tick() // the others queue meanwhile
          await trx
            .insertInto('t')
            .values({ id: 100 + i, v: `b${i}` })
            .execute()
          if (i % 3 === 1) throw new Error(`member ${i} fails`)
          return i
        }),
      ),
    )
    const kept = outcomes.map((o, i) => (o.status === 'fulfilled' ? i : -1)).filter((i) => i >= 0)
    expect(kept).toEqual(Array.from({ length: 20 }, (_, i) => i).filter((i) => i % 3 !== 1))
    expect(committed()).toEqual([...kept, ...kept.map((i) => 100 + i)])
    // they did share commits: fewer batches than kept members
    expect(driver.stats.members).toBe(kept.length)
    expect(driver.stats.batches).toBeLessThan(kept.length)
  })

  it('a member that fails on a constraint (statement-level) is undone alone too', async () => {
    const { db, committed } = open()
    const outcomes = await Promise.allSettled(
      ['x', 'y', 'x', 'z'].map((v, i) =>
        db.transaction().execute(async (trx) => {
          await tick()
          await trx.insertInto('t').values({ id: i, v }).execute()
        }),
      ),
    )
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled'])
    expect(committed()).toEqual([0, 1, 3])
  })

  it('a member is answered only after its commit: at that moment another connection sees its work', async () => {
    const { db, committed } = open()
    const seen: boolean[] = []
    await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('t')
            .values({ id: i, v: `v${i}` })
            .execute()
          await tick()
        })
        seen[i] = committed().includes(i)
      }),
    )
    expect(seen).toEqual(Array.from({ length: 30 }, () => true))
    // a plain (non-transaction) write too
    await db.insertInto('t').values({ id: 99, v: 'plain' }).execute()
    expect(committed()).toContain(99)
  })

  it('when SQLite ends the whole outer transaction, every member of that batch fails and none of it is kept', async () => {
    const { db, committed } = open()
    await db.insertInto('t').values({ id: 0, v: 'taken' }).execute()
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    // the first member holds the writer until the others are queued behind it (so they join its batch)
    const first = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 1, v: 'one' }).execute()
      await gate
    })
    await tick()
    const second = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 2, v: 'two' }).execute()
    })
    // OR ROLLBACK: the conflict rolls back the whole (outer) transaction, not just the statement
    const breaker = db.transaction().execute(async (trx) => {
      await sql`insert or rollback into t (id, v) values (3, 'taken')`.execute(trx)
    })
    const third = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 4, v: 'four' }).execute()
    })
    await tick()
    release()
    const outcomes = await Promise.allSettled([first, second, breaker, third])
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'fulfilled'])
    expect(committed()).toEqual([0, 4])
    // and the writer goes on: the next write is a batch of its own
    await db.insertInto('t').values({ id: 5, v: 'five' }).execute()
    expect(committed()).toEqual([0, 4, 5])
  })

  it('closing the database lets the open batch commit first', async () => {
    const { db, committed } = open()
    const writes = Array.from({ length: 5 }, (_, i) =>
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('t')
          .values({ id: i, v: `c${i}` })
          .execute()
        await tick()
      }),
    )
    await tick()
    await db.destroy()
    await Promise.all(writes)
    expect(committed()).toEqual([0, 1, 2, 3, 4])
  })

  it('reads outside a transaction do not wait for an open write transaction, nor see its work', async () => {
    const { db } = open()
    await db.insertInto('t').values({ id: 1, v: 'before' }).execute()
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const writing = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 2, v: 'inside' }).execute()
      // the transaction sees its own work
      expect((await trx.selectFrom('t').select('id').execute()).map((r) => r.id)).toEqual([1, 2])
      await gate
    })
    await tick()
    const readDuring = (await db.selectFrom('t').select('id').orderBy('id').execute()).map((r) => r.id)
    release()
    await writing
    expect(readDuring).toEqual([1])
    // answered = committed: the next read sees it
    expect((await db.selectFrom('t').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual([1, 2])
  })
})
