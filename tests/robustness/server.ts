/** The real server as a child process (`node --import tsx mock-server/src/main.ts`), for kill -9 tests. */
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { databaseEnv } from '../support/database'
import { startServer as start } from '../support/server-process'
import { TODAY } from '../support/today'

export const CRASH_TODAY = TODAY
export const CRASH_ADMIN = 'crash-admin-token-0123456789'

export interface Server {
  child: ChildProcess
  base: string
}

/**
 * Ready when /api/health answers (polled, generous); an early exit rejects with the child's stderr. The database
 * is the SQLite file in `dir`, or (TEST_DATABASE_URL) the PostgreSQL test database of `dir`.
 */
export async function startServer(dir: string, port: number): Promise<Server> {
  const s = await start(
    {
      DATA_DIR: dir,
      ...(await databaseEnv(dir)),
      PORT: String(port),
      H5_DIR: path.join(dir, 'no-h5'),
      TODAY: CRASH_TODAY,
      SEED_DEMO: '0',
      DEV_SHOW_CODE: '1',
      ADMIN_TOKEN: CRASH_ADMIN,
      RATE_LOGIN_MAX: '100000',
      RATE_LOOKUP_MAX: '100000',
      SMS_COOLDOWN_SECONDS: '0',
      SMS_DAILY_MAX: '1000',
    },
    60_000,
  )
  return { child: s.child, base: s.base }
}

export async function kill(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  const exited = new Promise((r) => server.child.once('exit', r))
  server.child.kill(signal)
  await exited
}
