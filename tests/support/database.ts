/**
 * Which database engine the backend tests run on.
 *   - SQLite (default): each app gets a temp DATA_DIR with its own file;
 *   - PostgreSQL when TEST_DATABASE_URL is a cluster URL (`node scripts/postgres.mjs run -- …` sets it): each
 *     app (each DATA_DIR) gets a fresh database, CREATE DATABASE with a random name, dropped after the test file.
 * `readDatabase` reads what was stored, on either engine, for checks that look past the API.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { afterAll } from 'vitest'

/** The PostgreSQL cluster the tests run on, or undefined (SQLite). */
export const testClusterUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined
export const onPostgres = !!testClusterUrl
/** For `it.skipIf(onPostgres)` of tests about the SQLite file itself; the reason is in the test's name. */
export const SQLITE_ONLY = 'SQLite only: about the SQLite file and its write lock'

const created = new Map<string, string>()
const making = new Map<string, Promise<string>>()

const withUrlDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testClusterUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/**
 * The PostgreSQL database of a DATA_DIR (made on first use: one per app, and the same one when a test
 * reopens the same DATA_DIR, as a restart would). Undefined on SQLite.
 */
export async function databaseFor(dataDir: string): Promise<string | undefined> {
  if (!testClusterUrl) return undefined
  // one promise per DATA_DIR: two servers started together on one DATA_DIR share one database
  let url = making.get(dataDir)
  if (!url) {
    url = (async () => {
      const name = `zjb_t_${crypto.randomBytes(6).toString('hex')}`
      await admin((c) => c.query(`CREATE DATABASE ${name}`))
      const made = withUrlDatabase(testClusterUrl, name)
      created.set(dataDir, made)
      return made
    })()
    making.set(dataDir, url)
  }
  return url
}

/** Drops every database this test file made (registered once per file, when the helpers are imported). */
async function dropAll() {
  if (!testClusterUrl || created.size === 0) return
  const names = [...created.values()].map((u) => new URL(u).pathname.slice(1))
  created.clear()
  making.clear()
  await admin(async (c) => {
    for (const n of names) await c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`)
  })
}
if (onPostgres) afterAll(dropAll, 60_000)

/** The environment that points a server process at the test database of `dataDir` (DATABASE_URL on PG). */
export async function databaseEnv(dataDir: string): Promise<Record<string, string>> {
  const url = await databaseFor(dataDir)
  return url ? { DATABASE_URL: url } : {}
}

export interface Reader {
  /** rows of a query with `?` placeholders (turned into $1, $2… on PostgreSQL) */
  all<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>
  close(): Promise<void>
}

/** Reads the stored data of `dataDir` (SQLite file read-only, or the PostgreSQL test database). */
export async function readDatabase(dataDir: string): Promise<Reader> {
  const url = await databaseFor(dataDir)
  if (!url) {
    const db = new SQLite(path.join(dataDir, 'zhijianban.sqlite'), { readonly: true })
    return {
      all: async <T>(query: string, params: unknown[] = []) => db.prepare(query).all(...params) as T[],
      close: async () => void db.close(),
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    all: async <T>(query: string, params: unknown[] = []) => {
      let i = 0
      const text = query.replace(/\?/g, () => `$${++i}`)
      return (await client.query(text, params)).rows as T[]
    },
    close: () => client.end(),
  }
}

/** Runs `fn` with a reader of `dataDir`'s data, closed afterwards. */
export async function withDatabase<T>(dataDir: string, fn: (db: Reader) => Promise<T>): Promise<T> {
  const db = await readDatabase(dataDir)
  try {
    return await fn(db)
  } finally {
    await db.close()
  }
}
