/**
 * The real server as a child process (`node --import tsx mock-server/src/main.ts`) on a free port, for
 * tests that need a real process: kill -9, production mode, refusal to start.
 *   - ready = /api/health answers (polled; generous time for a busy machine), not a log line;
 *   - an unexpected exit rejects with the exit code and the child's stderr and stdout;
 *   - `runServer` waits for a server that is expected to stop (bad configuration) and returns its output.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')

export interface ServerProcess {
  child: ChildProcess
  base: string
  port: number
  stdout: () => string
  stderr: () => string
  kill: (signal?: NodeJS.Signals) => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

function spawnMain(env: Record<string, string>) {
  // only what the server needs from the parent: PATH etc., never a NODE_ENV of the test runner, nor a
  // DATABASE_URL (`scripts/postgres.mjs run` sets one): a test names its database (tests/support/database.ts)
  const { NODE_ENV: _drop, DATABASE_URL: _url, ...parent } = process.env
  void _drop
  void _url
  return spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/main.ts'], {
    cwd: ROOT,
    env: { ...parent, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const child = spawnMain({ ...env, PORT: String(port) })
  let out = ''
  let err = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (err += d))
  const base = `http://127.0.0.1:${port}`
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before it was ready.\nstderr:\n${err}\nstdout:\n${out}`)),
    ),
  )
  exited.catch(() => undefined)
  const deadline = Date.now() + timeoutMs
  const ready = (async () => {
    while (Date.now() < deadline) {
      try {
        const r = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })
        if (r.ok) return
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200))
    }
    child.kill('SIGKILL')
    throw new Error(`server did not answer /api/health within ${timeoutMs} ms.\nstderr:\n${err}\nstdout:\n${out}`)
  })()
  await Promise.race([ready, exited])
  return {
    child,
    base,
    port,
    stdout: () => out,
    stderr: () => err,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const gone = new Promise((r) => child.once('exit', r))
      child.kill(signal)
      await gone
    },
  }
}

/** Runs the server expecting it to stop by itself (e.g. refused configuration): exit code and output. */
export async function runServer(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnMain({ PORT: String(await freePort()), ...env })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => (stdout += d))
  child.stderr!.on('data', (d) => (stderr += d))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server kept running (expected it to refuse to start).\nstdout:\n${stdout}\nstderr:\n${stderr}`))
    }, timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}
