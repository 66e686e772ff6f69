/**
 * The database under faults (issue 11): another connection or process holding the write lock used to turn
 * every transactional write into an immediate 500 (transactions began DEFERRED, so busy_timeout never
 * applied), and a plain write froze the whole server, /api/health included, for seconds. Now writes begin
 * IMMEDIATE, wait a bounded time without blocking the event loop, then answer 503 + Retry-After in Chinese.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { DB_FILE_NAME } from '../../mock-server/src/storage/db'
import { auth, login, makeApp, type TestApp } from '../server/helpers'

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

describe('a write lock held by another connection', () => {
  it('a transactional write answers 503 DB_BUSY with Retry-After after the bounded wait, never 500', async () => {
    const { app, file } = await appOn(400)
    const release = holdLock(file)
    const { value: r, ms } = await timed(
      app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'busy' } }),
    )
    expectBusy(r)
    expect(ms).toBeGreaterThanOrEqual(350)
    expect(ms).toBeLessThan(5000)
    release()
    expect((await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'busy' } })).statusCode).toBe(
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
    const release = holdLock(file)
    setTimeout(release, 300)
    const r = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'waits' } })
    expect(r.statusCode).toBe(200)
  })
})

describe('a write lock held by another process', () => {
  it('/api/health and reads answer at once while writes wait; the writes then end 503, not 500', async () => {
    const { app, file } = await appOn(2000)
    const token = await login(app, 'proc')
    await holdLockInChild(file, 6000)
    const writes = Promise.all(
      ['w1', 'w2', 'w3'].map((code) => app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })),
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
    const holder = await holdLockInChild(file, 500)
    const r = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'after' } })
    expect(r.statusCode).toBe(200)
    await new Promise((res) => (holder.exitCode === null ? holder.once('exit', res) : res(null)))
  }, 30_000)
})
