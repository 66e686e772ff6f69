/** The real server as a child process (`node --import tsx mock-server/src/main.ts`), for kill -9 tests. */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
export const CRASH_TODAY = '2026-11-23'
export const CRASH_ADMIN = 'crash-admin-token-0123456789'

export interface Server {
  child: ChildProcess
  base: string
}

export function startServer(dir: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      H5_DIR: path.join(dir, 'no-h5'),
      TODAY: CRASH_TODAY,
      SEED_DEMO: '0',
      DEV_SHOW_CODE: '1',
      ADMIN_TOKEN: CRASH_ADMIN,
      RATE_LOGIN_MAX: '100000',
      RATE_LOOKUP_MAX: '100000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (d) => (err += d))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${err}`)), 45000)
    child.stdout!.on('data', (d) => {
      if (String(d).includes('backend is ready')) {
        clearTimeout(timer)
        resolve({ child, base: `http://127.0.0.1:${port}` })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited ${code}:\n${err}`))
    })
  })
}

export async function kill(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  const exited = new Promise((r) => server.child.once('exit', r))
  server.child.kill(signal)
  await exited
}
