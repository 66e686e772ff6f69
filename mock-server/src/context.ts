import type { Clock } from './clock'
import type { ServerConfig } from './config'
import type { DB } from './storage'

/** What every route and service gets: the clock, the config and the storage. */
export interface AppContext {
  clock: Clock
  config: ServerConfig
  version: string
  databaseDescription: string
  db: DB
  /** the database file (SQLite), or the PostgreSQL URL without its password */
  dbFile: string
  /** the server's log (pino, ID numbers masked) */
  log: { info(obj: unknown, msg?: string): void; warn(obj: unknown, msg?: string): void }
}
