/**
 * Opens the database behind Kysely and runs the migrations (every instance at its start; on PostgreSQL under
 * the Migrator's advisory lock, so instances starting together migrate once, one after the other):
 *   - the embedded SQLite database `${DATA_DIR}/zhijianban.sqlite` (the default);
 *   - PostgreSQL when DATABASE_URL=postgres://… is set (Kysely's PostgresDialect over a `pg` pool), for several
 *     stateless instances on one database.
 * Durability: SQLite in WAL + synchronous=FULL; PostgreSQL's own commit (fsync, synchronous_commit) — either
 * way an acknowledged (committed) write survives kill -9.
 *
 * Concurrency — every write goes through `inTransaction`, which makes check-then-write atomic on both:
 *   - SQLite (sqlite-driver.ts, our driver under Kysely's SQLite dialect): ONE writer connection; write
 *     transactions take it one at a time, in arrival order, so a transaction runs alone; another process is kept
 *     out by BEGIN IMMEDIATE (the write lock). Reads outside a transaction go to a second, read-only connection
 *     (WAL: the last committed state), so they never queue behind a write transaction and never see uncommitted
 *     work. GROUP COMMIT: transactions that arrive while one runs (or within the same turn of the event loop)
 *     join its outer transaction, each in its own SAVEPOINT (a failing one is rolled back alone), and ONE COMMIT
 *     — one WAL fsync — ends the batch (at most 64); only then are its transactions answered, so an answered
 *     write is durable. If that COMMIT fails (or SQLite rolls back the outer transaction itself), every
 *     transaction of the batch fails. Every statement is prepared once per SQL text (an LRU of 200 per
 *     connection). 核定流水号: one row per region and day in `sequences` (never contended: one writer).
 *   - PostgreSQL: by default the transaction runs SERIALIZABLE, so concurrent ones (from any instance) are
 *     equivalent to some one-at-a-time order; the one that would break that order fails with 40001 (or a
 *     deadlock, 40P01) and is run again from the start, until DB_BUSY_WAIT_MS is spent (then 503 DB_BUSY).
 *     THE PERSON'S LOCK:
 *     SSI's predicate locks are page-level on small indexes, so concurrent creates for DIFFERENT people (each
 *     reading "this person's records" and inserting one) failed each other ~1 time per create. Instead, every
 *     transaction that decides on or changes one person's records or registration takes that person's row lock
 *     first (personsRepo.lock: the person's row updated, its version raised): 停保/续保, registration and contact
 *     changes run READ COMMITTED after it (each later statement reads what the previous holder committed, so
 *     such transactions for one person queue on the lock, on any instance, instead of failing and retrying);
 *     transmit, revoke, pay and the tax side's acts stay SERIALIZABLE (a record's own state machine) and take
 *     the same lock. 确认核定 (create), the busiest write, takes no lock and no transaction: it is OPTIMISTIC
 *     (creates.ts, `optimistic` below) — one snapshot read, then one write statement that stores the record only
 *     while the person's version is still the one read (an UPDATE … WHERE version = …, which waits for a
 *     holder of the lock), else it runs again; so it never acts on a registration or records another
 *     transaction changed meanwhile. An agent's create runs the same way inside a READ COMMITTED transaction
 *     (its notice to the person is written with the record). The snapshot is read with the request's session
 *     (read ahead), and the snapshots and writes of concurrent creates go as one statement each (batch.ts).
 *     Idempotency keys: a transaction-level advisory lock per key (idempotency.ts) and the unique key; a READ
 *     COMMITTED run refused because the first request with its key committed meanwhile is answered with the
 *     stored answer (services/common.ts idempotent); a create's key is stored by its one write (ON CONFLICT DO
 *     NOTHING: a key stored meanwhile makes it store nothing and read again, then replay). 核定流水号 numbers come
 *     from the sequence `assessment_numbers` (nextval with the create's snapshot: never a conflict; unique across
 *     regions and days, not restarted daily, gaps allowed).
 *
 * SQLite busy: another process may hold the write lock (a backup, a second instance, the CLI). better-sqlite3 is
 * synchronous, so SQLite's own busy wait would freeze the whole server; instead:
 *   - a batch begins IMMEDIATE (takes the write lock first, so a busy database is found at BEGIN, before any
 *     work, and busy_timeout applies: DEFERRED ones failed at their first write);
 *   - busy_timeout is short (≤ 50 ms per try); between tries the event loop runs (other requests, reads,
 *     /api/health, go on) until DB_BUSY_WAIT_MS after the transaction started waiting is spent;
 *   - then the statement fails with SQLITE_BUSY, which the API answers 503 + Retry-After (plugins/errors.ts).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import {
  sql,
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  type Driver,
  type Transaction,
} from 'kysely'
import { migrationProvider } from './migrations'
import { GroupCommitDriver, isBusyError, type GroupCommitOptions } from './sqlite-driver'
import type { Database } from './schema'

export type DB = Kysely<Database>
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<Database> | Transaction<Database>
/** An open transaction. */
export type Trx = Transaction<Database>

export { isBusyError }

export const DB_FILE_NAME = 'zhijianban.sqlite'

export interface TransactionOptions {
  /**
   * PostgreSQL's isolation level (SQLite: always serializable, one writer). READ COMMITTED only for a
   * transaction that takes the person's lock (personsRepo.lock) before it reads anything it decides on, and only
   * while every transaction that changes what it reads takes that lock too (storage comment above).
   */
  isolation?: 'serializable' | 'read committed'
}

/**
 * The one way to open a transaction: runs `run` in ONE transaction (committed when it returns, rolled back
 * when it throws). Given an open transaction, `run` joins it.
 */
export async function inTransaction<T>(
  db: Executor,
  run: (trx: Transaction<Database>) => Promise<T>,
  opts: TransactionOptions = {},
): Promise<T> {
  if (db.isTransaction) return run(db as Transaction<Database>)
  const adapter = db.getExecutor().adapter
  if (!(adapter instanceof RetryingPostgresAdapter)) return db.transaction().execute(run)
  const isolation = opts.isolation ?? 'serializable'
  // PostgreSQL: SERIALIZABLE, run again from the start when it lost a race (nothing of it was committed). The
  // first try runs side by side with the others; a retry waits for the RETRY lane (a session advisory lock taken
  // before BEGIN, so its snapshot is taken after the wait): retries run one at a time, so a busy moment (many
  // creates in one region and day share one sequence row) drains instead of retrying in circles.
  const started = Date.now()
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt === 1) return await db.transaction().setIsolationLevel(isolation).execute(run)
      return await db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(${RETRY_LANE})`.execute(conn)
        try {
          return await conn.transaction().setIsolationLevel(isolation).execute(run)
        } finally {
          await sql`select pg_advisory_unlock(${RETRY_LANE})`.execute(conn)
        }
      })
    } catch (err) {
      if (!isRetryable(err, attempt) || Date.now() - started >= adapter.waitMs) throw err
      await sleep(Math.random() * 5)
    }
  }
}

/** What an optimistic attempt returns when the person changed between its read and its write: run it again. */
export const CHANGED = Symbol('changed')

/**
 * Runs an optimistic read–decide–write `attempt` (storage/creates.ts) until it is not CHANGED:
 *   - SQLite, or `transaction: true` (an attempt that also writes rows outside its one conditional write, e.g.
 *     an agent's notice): each attempt in ONE transaction (PostgreSQL: READ COMMITTED), rolled back when CHANGED;
 *   - PostgreSQL otherwise: no transaction — each statement of the attempt is its own, and the attempt's one
 *     write statement checks the person's version.
 * Runs again until DB_BUSY_WAIT_MS is spent; then a serialization failure (40001 → 503 DB_BUSY).
 */
export async function optimistic<T>(
  db: DB,
  attempt: (db: Executor) => Promise<T | typeof CHANGED>,
  opts: { transaction?: boolean } = {},
): Promise<T> {
  const adapter = db.getExecutor().adapter
  const pg = adapter instanceof RetryingPostgresAdapter
  const started = Date.now()
  for (;;) {
    let out: T | typeof CHANGED
    if (pg && !opts.transaction) out = await attempt(db)
    else {
      try {
        out = await inTransaction(
          db,
          async (trx) => {
            const r = await attempt(trx)
            if (r === CHANGED) throw new Changed()
            return r
          },
          { isolation: 'read committed' },
        )
      } catch (err) {
        if (!(err instanceof Changed)) throw err
        out = CHANGED
      }
    }
    if (out !== CHANGED) return out
    if (Date.now() - started >= (pg ? adapter.waitMs : 3000))
      throw Object.assign(new Error('the person kept changing'), { code: '40001' })
    await sleep(Math.random() * 3)
  }
}

class Changed extends Error {}

/** The advisory lock key of the retry lane (any constant of our own). */
const RETRY_LANE = 0x7a6a_6272 // 'zjbr'

const pgCode = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown })?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * A transaction that lost a race on PostgreSQL: serialization failure, deadlock, and (a few times) a unique
 * violation — a concurrent insert of the same key that SERIALIZABLE did not see as a read conflict.
 */
function isRetryable(err: unknown, attempt: number): boolean {
  const code = pgCode(err)
  return code === '40001' || code === '40P01' || (code === '23505' && attempt <= 3)
}

/**
 * PostgreSQL busy or out of reach — answered 503 DB_BUSY like SQLite's busy, never a 500: a race lost more
 * often than DB_BUSY_WAIT_MS allows (40001, 40P01), a lock held too long (55P03 lock_timeout), a statement
 * cancelled (57014), the server shutting down or starting (57P01–57P03), too many connections (53300),
 * out of resources (53xxx), a lost or refused connection (08xxx, ECONNREFUSED/ECONNRESET…), or no free
 * connection in the pool within DB_BUSY_WAIT_MS.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = pgCode(err)
  if (code && /^(40001|40P01|55P03|57014|57P0[1-4]|53\d{3}|08\w{3})$/.test(code)) return true
  if (code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)$/.test(code)) return true
  const message = (err as { message?: unknown })?.message
  return (
    typeof message === 'string' &&
    /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Cannot use a pool after calling end)/.test(
      message,
    )
  )
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Kysely's SQLite dialect (adapter, query compiler) on our driver (sqlite-driver.ts). */
class GroupCommitDialect extends SqliteDialect {
  constructor(
    private readonly writer: SQLite.Database,
    private readonly reader: SQLite.Database,
    private readonly opts: GroupCommitOptions,
  ) {
    super({ database: writer })
  }
  override createDriver(): Driver {
    return new GroupCommitDriver(this.writer, this.reader, this.opts)
  }
}

/** PostgreSQL's adapter, carrying how long a transaction may be retried (DB_BUSY_WAIT_MS). */
class RetryingPostgresAdapter extends PostgresAdapter {
  constructor(readonly waitMs: number) {
    super()
  }
}

class RetryingPostgresDialect extends PostgresDialect {
  constructor(
    pool: pg.Pool,
    private readonly waitMs: number,
  ) {
    super({ pool })
  }
  override createAdapter() {
    return new RetryingPostgresAdapter(this.waitMs)
  }
}

/** The database engine behind a Kysely instance (or a transaction of it). */
export function engineOf(db: Executor): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** A database URL with its password hidden (for the start banner and logs). */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://…'
  }
}

// bigint (COUNT(*), bigint columns) as a JS number, like SQLite's integers; every value here is far below 2^53
const int8 = (v: string) => Number(v)
const typeParser = ((oid: number, format?: string) =>
  oid === 20 ? int8 : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser

/** Named (prepared) statements per connection at most; later new SQL texts run unnamed. */
const PREPARED_PER_CONNECTION = 200
const statementNames = new Map<string, string>()

/**
 * Every SELECT / INSERT / UPDATE / DELETE / WITH that Kysely sends runs as a NAMED statement of its connection:
 * PostgreSQL parses and plans it once per connection (after five runs a generic plan is kept), not at every
 * run — for a create's three statements the planning alone was ≈ 1 ms of the database's CPU. At most
 * PREPARED_PER_CONNECTION texts per connection (a statement with a list of varying length is a new text each
 * time); beyond that, unnamed as before. Transaction control and DDL stay unnamed.
 */
function prepareStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  let prepared = 0
  const named = new Set<string>()
  ;(client as { query: unknown }).query = (text: unknown, values?: unknown, callback?: unknown) => {
    if (typeof text !== 'string' || !Array.isArray(values) || !/^\s*(select|insert|update|delete|with)\b/i.test(text))
      return query(text, values, callback)
    let name = statementNames.get(text)
    if (!name) {
      name = `zjb_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 16)}`
      if (statementNames.size < 10_000) statementNames.set(text, name)
    }
    if (!named.has(name)) {
      if (prepared >= PREPARED_PER_CONNECTION) return query(text, values, callback)
      named.add(name)
      prepared++
    }
    return query({ name, text, values }, callback)
  }
}

async function openPostgres(url: string, waitMs: number): Promise<DB> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // no free connection (or no answer from the server) within DB_BUSY_WAIT_MS: 503, not a queue without end
    connectionTimeoutMillis: Math.max(100, waitMs),
    idleTimeoutMillis: 30_000,
    // a row lock held longer than DB_BUSY_WAIT_MS fails the statement (55P03 → 503) instead of waiting on
    options: `-c lock_timeout=${Math.max(1, waitMs)}`,
    application_name: 'zhijianban',
    types: { getTypeParser: typeParser },
  })
  // a connection lost (server restart, 57P01, network): never an uncaught 'error' event that ends the process.
  // Idle: the pool drops it and opens a new one when needed; in use: its query fails (→ 503) and the
  // broken connection is discarded when released.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => {
    client.on('error', () => undefined)
    prepareStatements(client)
  })
  return new Kysely<Database>({ dialect: new RetryingPostgresDialect(pool, waitMs) })
}

async function migrate(db: DB): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    throw new Error(`database migration failed: ${(error as Error).message ?? String(error)}`)
  }
}

export interface OpenedDatabase {
  db: DB
  /** where the data is: the SQLite file, or the PostgreSQL URL without its password */
  file: string
  engine: 'sqlite' | 'postgres'
  /** for /api/health */
  description: string
}

export async function openDatabase(
  dataDir: string,
  opts: { busyWaitMs?: number; databaseUrl?: string } = {},
): Promise<OpenedDatabase> {
  const waitMs = opts.busyWaitMs ?? 3000
  if (opts.databaseUrl) {
    const db = await openPostgres(opts.databaseUrl, waitMs)
    await migrate(db)
    return {
      db,
      file: describeDatabaseUrl(opts.databaseUrl),
      engine: 'postgres',
      description: 'postgresql (serializable transactions)',
    }
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, DB_FILE_NAME)
  const sqlite = new SQLite(file)
  sqlite.pragma(`busy_timeout = ${Math.min(50, waitMs)}`)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  // the reader: same file, WAL; it never writes
  const reader = new SQLite(file)
  reader.pragma(`busy_timeout = ${Math.min(50, waitMs)}`)
  reader.pragma('query_only = ON')
  const db = new Kysely<Database>({ dialect: new GroupCommitDialect(sqlite, reader, { waitMs }) })
  await migrate(db)
  return { db, file, engine: 'sqlite', description: 'sqlite (WAL, synchronous=FULL)' }
}
