/**
 * The database under faults (issue 11): another connection or process holding the write lock used to turn
 * every transactional write into an immediate 500 (transactions began DEFERRED, so busy_timeout never
 * applied), and a plain write froze the whole server, /api/health included, for seconds. Now writes begin
 * IMMEDIATE, wait a bounded time without blocking the event loop, then answer 503 + Retry-After in Chinese.
 * On PostgreSQL (TEST_DATABASE_URL) the same promise with its own faults: a lock held by another connection
 * past DB_BUSY_WAIT_MS (lock_timeout, 55P03) and the server ending the connection (57P01) answer 503 too.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import pg from 'pg'
import { DB_FILE_NAME } from '../../mock-server/src/storage/db'
import { auth, login, makeApp, platformCode, type TestApp } from '../server/helpers'
import { databaseFor, onPostgres, SQLITE_ONLY } from '../support/database'

const ROOT = path.resolve(__dirname, '../..')
const CJK = /[\u4e00-\u9fff]/
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function appOn(waitMs: number) {
  const made = await makeApp({ env: { DB_BUSY_WAIT_MS: String(waitMs) } })
  cleanups.push(() => made.app.close())
  return { ...made, file: path.join(made.dir, DB_FILE_NAME) }
}

/** Another connection (same process) takes the write lock. */
function holdLock(file: string) {
  const other = new SQLite(file)
  other.exec('BEGIN IMMEDIATE')
  const release = () => {
    if (other.inTransaction) other.exec('ROLLBACK')
    if (other.open) other.close()
  }
  cleanups.push(release)
  return release
}

/** Another PROCESS takes the write lock and keeps it for `ms`. Resolves once it holds it. */
function holdLockInChild(file: string, ms: number): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.exec("insert into sequences(name, value) values ('lock-holder', 1) on conflict(name) do update set value = value + 1");
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0) }, ${ms});
  `
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL')
  })
  let err = ''
  child.stderr!.on('data', (d) => (err += d))
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('locked') && resolve(child))
    child.once('exit', (code) => reject(new Error(`lock holder exited ${code}: ${err}`)))
  })
}

const timed = async <T>(p: Promise<T>) => {
  const t0 = Date.now()
  const value = await p
  return { value, ms: Date.now() - t0 }
}

function expectBusy(r: Awaited<ReturnType<TestApp['inject']>>) {
  expect(r.statusCode).toBe(503)
  expect(r.json()).toMatchObject({ ok: false, error: 'DB_BUSY' })
  expect(r.json().message).toMatch(CJK)
  expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1)
}

describe.skipIf(onPostgres)(`a write lock held by another connection (${SQLITE_ONLY})`, () => {
  it('a transactional write answers 503 DB_BUSY with Retry-After after the bounded wait, never 500', async () => {
    const { app, file } = await appOn(400)
    const code = await platformCode(app, 'busy') // issued by the simulated platform before the lock
    const release = holdLock(file)
    const { value: r, ms } = await timed(app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } }))
    expectBusy(r)
    expect(ms).toBeGreaterThanOrEqual(350)
    expect(ms).toBeLessThan(5000)
    release()
    const again = await platformCode(app, 'busy')
    expect((await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: again } })).statusCode).toBe(
      200,
    )
  })

  it('a plain (non-transactional) write answers 503 too; reads still answer (WAL)', async () => {
    const { app, file } = await appOn(300)
    const token = await login(app, 'plain')
    const release = holdLock(file)
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: auth(token) })).statusCode).toBe(200)
    expectBusy(await app.inject({ method: 'POST', url: '/api/auth/logout', headers: auth(token), payload: {} }))
    release()
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/logout', headers: auth(token), payload: {} })).statusCode,
    ).toBe(200)
  })

  it('a lock released within the wait lets the write through', async () => {
    const { app, file } = await appOn(5000)
    const code = await platformCode(app, 'waits')
    const release = holdLock(file)
    setTimeout(release, 300)
    const r = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })
    expect(r.statusCode).toBe(200)
  })
})

describe.skipIf(onPostgres)(`a write lock held by another process (${SQLITE_ONLY})`, () => {
  it('/api/health and reads answer at once while writes wait; the writes then end 503, not 500', async () => {
    const { app, file } = await appOn(2000)
    const token = await login(app, 'proc')
    const codes = [await platformCode(app, 'w1'), await platformCode(app, 'w2'), await platformCode(app, 'w3')]
    await holdLockInChild(file, 6000)
    const writes = Promise.all(
      codes.map((code) => app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })),
    )
    await new Promise((r) => setTimeout(r, 100)) // the writes are now waiting for the lock
    const health = await timed(app.inject({ method: 'GET', url: '/api/health' }))
    expect(health.value.statusCode).toBe(200)
    expect(health.ms).toBeLessThan(500)
    const read = await timed(app.inject({ method: 'GET', url: '/api/me', headers: auth(token) }))
    expect(read.value.statusCode).toBe(200)
    expect(read.ms).toBeLessThan(1500)
    for (const r of await writes) expectBusy(r)
  }, 30_000)

  it('once the other process commits, writes succeed again', async () => {
    const { app, file } = await appOn(3000)
    const code = await platformCode(app, 'after')
    const holder = await holdLockInChild(file, 500)
    const r = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })
    expect(r.statusCode).toBe(200)
    await new Promise((res) => (holder.exitCode === null ? holder.once('exit', res) : res(null)))
  }, 30_000)
})

/** Another PostgreSQL connection that takes table locks in an open transaction. */
async function pgHolder(dir: string) {
  const client = new pg.Client({ connectionString: await databaseFor(dir) })
  await client.connect()
  cleanups.push(() => client.end())
  return client
}

/** Waits until a backend of the app waits for a lock (so the test acts while the request is stuck). */
async function untilAppWaits(client: pg.Client) {
  for (let i = 0; i < 200; i++) {
    const { rows } = await client.query(
      `select pid from pg_stat_activity where datname = current_database() and application_name = 'zhijianban'
         and wait_event_type = 'Lock'`,
    )
    if (rows.length) return rows.map((r) => r.pid as number)
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('the app never waited for the lock')
}

describe.skipIf(!onPostgres)('PostgreSQL busy or gone (PostgreSQL only)', () => {
  it('a lock held by another connection past DB_BUSY_WAIT_MS: 503 DB_BUSY, reads still answer; then writes pass', async () => {
    const { app, dir } = await appOn(400)
    const token = await login(app, 'pg-lock')
    const code = await platformCode(app, 'pg-busy')
    const other = await pgHolder(dir)
    await other.query('begin')
    await other.query('lock table accounts, sessions in exclusive mode')
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: auth(token) })).statusCode).toBe(200)
    const { value: r, ms } = await timed(app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } }))
    expectBusy(r)
    expect(ms).toBeGreaterThanOrEqual(350)
    expect(ms).toBeLessThan(5000)
    expectBusy(await app.inject({ method: 'POST', url: '/api/auth/logout', headers: auth(token), payload: {} }))
    await other.query('rollback')
    const again = await platformCode(app, 'pg-busy')
    expect((await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: again } })).statusCode).toBe(
      200,
    )
  })

  it('the connection ended by the server mid-request (57P01): 503 DB_BUSY, and the next request is served', async () => {
    const { app, dir } = await appOn(10_000)
    const code = await platformCode(app, 'pg-gone')
    const other = await pgHolder(dir)
    await other.query('begin')
    await other.query('lock table accounts in exclusive mode')
    const pending = app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })
    const pids = await untilAppWaits(other)
    const admin = await pgHolder(dir)
    for (const pid of pids) await admin.query('select pg_terminate_backend($1)', [pid])
    expectBusy(await pending)
    await other.query('rollback')
    const again = await platformCode(app, 'pg-gone')
    expect((await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: again } })).statusCode).toBe(
      200,
    )
  })
})
