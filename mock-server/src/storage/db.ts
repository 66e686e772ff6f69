/**
 * Opens the embedded SQLite database (`${DATA_DIR}/zhijianban.sqlite`) behind Kysely and runs the
 * migrations. Durability: WAL + synchronous=FULL, so an acknowledged (committed) write survives
 * kill -9. All SQL goes through Kysely so that a PostgreSQL dialect can be added here later.
 *
 * Concurrency: Kysely's SqliteDialect uses ONE connection guarded by a mutex, so a transaction
 * (`db.transaction().execute(...)`) runs alone: check-then-insert inside it is atomic.
 *
 * Another process may hold the write lock (a backup, a second instance, the CLI). better-sqlite3 is
 * synchronous, so SQLite's own busy wait would freeze the whole server; instead:
 *   - write transactions begin IMMEDIATE (take the write lock first, so a busy database is found at
 *     BEGIN, before any work, and busy_timeout applies: DEFERRED ones failed at their first write);
 *   - busy_timeout is short (≤ 50 ms per try); between tries the connection is released and the
 *     event loop runs (other requests, /api/health, go on) until DB_BUSY_WAIT_MS is spent;
 *   - then the statement fails with SQLITE_BUSY, which the API answers 503 + Retry-After (plugins/errors.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type Transaction,
} from 'kysely'
import { migrationProvider } from './migrations'
import type { Database } from './schema'

export type DB = Kysely<Database>
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<Database> | Transaction<Database>
/** An open transaction. */
export type Trx = Transaction<Database>

export const DB_FILE_NAME = 'zhijianban.sqlite'

/**
 * The one way to open a transaction: runs `run` in ONE transaction (committed when it returns, rolled back
 * when it throws). Given an open transaction, `run` joins it.
 */
export function inTransaction<T>(db: Executor, run: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? run(db as Transaction<Database>) : db.transaction().execute(run)
}

/** SQLITE_BUSY / SQLITE_LOCKED (and their extended codes): another connection holds a lock. */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

class BusyAwareDriver extends SqliteDriver {
  private wrapped?: DatabaseConnection

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly waitMs: number,
  ) {
    super({ database: sqlite })
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection()
    this.wrapped ??= {
      executeQuery: <R>(q: CompiledQuery) => this.retrying(() => inner.executeQuery<R>(q)),
      streamQuery: <R>(q: CompiledQuery, chunk?: number) => inner.streamQuery<R>(q, chunk),
    }
    return this.wrapped
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  /** Retries a statement that met a lock, outside a transaction only, releasing the connection between tries. */
  private async retrying<R>(run: () => Promise<QueryResult<R>>): Promise<QueryResult<R>> {
    const started = Date.now()
    for (let attempt = 1; ; attempt++) {
      try {
        return await run()
      } catch (err) {
        if (!isBusyError(err) || this.sqlite.inTransaction || Date.now() - started >= this.waitMs) throw err
        await super.releaseConnection()
        await sleep(Math.min(200, 20 * attempt) + Math.random() * 20)
        await super.acquireConnection()
      }
    }
  }
}

class BusyAwareDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly waitMs: number,
  ) {
    super({ database: sqlite })
  }
  override createDriver(): Driver {
    return new BusyAwareDriver(this.sqlite, this.waitMs)
  }
}

export async function openDatabase(
  dataDir: string,
  opts: { busyWaitMs?: number } = {},
): Promise<{ db: DB; file: string }> {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, DB_FILE_NAME)
  const waitMs = opts.busyWaitMs ?? 3000
  const sqlite = new SQLite(file)
  sqlite.pragma(`busy_timeout = ${Math.min(50, waitMs)}`)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<Database>({ dialect: new BusyAwareDialect(sqlite, waitMs) })
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    throw new Error(`database migration failed: ${(error as Error).message ?? String(error)}`)
  }
  void results
  return { db, file }
}
