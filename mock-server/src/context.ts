import type { Clock } from './clock'
import type { ServerConfig } from './config'

/** What every route and service gets: the clock, the config and the storage. */
export interface AppContext {
  clock: Clock
  config: ServerConfig
  version: string
  databaseDescription: string
}
