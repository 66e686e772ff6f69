/**
 * Opens the embedded SQLite database (`${DATA_DIR}/zhijianban.sqlite`) behind Kysely and runs the
 * migrations. Durability: WAL + synchronous=FULL, so an acknowledged (committed) write survives
 * kill -9. All SQL goes through Kysely so that a PostgreSQL dialect can be added here later.
 *
 * Concurrency: Kysely's SqliteDialect uses ONE connection guarded by a mutex, so a transaction
 * (`db.transaction().execute(...)`) runs alone: check-then-insert inside it is atomic.
 */
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, type Transaction } from 'kysely'
import { migrationProvider } from './migrations'
import type { Database } from './schema'

export type DB = Kysely<Database>
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<Database> | Transaction<Database>

export const DB_FILE_NAME = 'zhijianban.sqlite'

export async function openDatabase(dataDir: string): Promise<{ db: DB; file: string }> {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, DB_FILE_NAME)
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    throw new Error(`database migration failed: ${(error as Error).message ?? String(error)}`)
  }
  void results
  return { db, file }
}
