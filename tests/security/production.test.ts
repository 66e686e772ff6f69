/**
 * Production mode and configuration (issue 11 "A production mode"), as an operator or attacker meets them:
 *   - bad values stop the server at start with a message naming the variable and the accepted values
 *     (SESSION_TTL_HOURS=abc used to start, then every login answered 500 and left an account row);
 *   - NODE_ENV=production refuses simulated providers unless ALLOW_SIMULATED=1, needs ADMIN_TOKEN
 *     (never printed), never returns or logs SMS codes, seeds no demo data (demo-2 is nobody), and
 *     serves no /dev/tax or /api/docs.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, SIMULATED_COMPONENTS } from '../../mock-server/src/config'
import { DB_FILE_NAME } from '../../mock-server/src/storage/db'
import { tempDir } from '../server/helpers'
import { freePort, runServer, startServer, type ServerProcess } from '../support/server-process'

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env as unknown as NodeJS.ProcessEnv)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`)
}

describe('every environment variable is validated at start', () => {
  it.each([
    [{ SESSION_TTL_HOURS: 'abc' }, 'SESSION_TTL_HOURS', 'whole number from 1 to 8760'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS', 'whole number from 1 to 8760'],
    [{ PORT: 'http' }, 'PORT', 'from 0 to 65535'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV', 'development, production, test'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'fatal, error, warn, info, debug, trace, silent'],
    [{ TODAY: '2026-02-30' }, 'TODAY', 'YYYY-MM-DD'],
    [{ CORS_ORIGINS: 'javascript:alert(1)' }, 'CORS_ORIGINS', 'scheme + host'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN', '16–200 characters'],
    [{ DEV_SHOW_CODE: 'yes' }, 'DEV_SHOW_CODE', '0, 1'],
    [{ SEED_DEMO: 'true' }, 'SEED_DEMO', '0, 1'],
    [{ ENABLE_DEV_PAGES: 'on' }, 'ENABLE_DEV_PAGES', '0, 1'],
    [{ ALLOW_SIMULATED: '2' }, 'ALLOW_SIMULATED', '0, 1'],
    [{ RATE_LOGIN_MAX: '-1' }, 'RATE_LOGIN_MAX', 'whole number'],
    [{ RATE_LOOKUP_MAX: '1e3' }, 'RATE_LOOKUP_MAX', 'whole number'],
    [{ SMS_COOLDOWN_SECONDS: '9999' }, 'SMS_COOLDOWN_SECONDS', 'from 0 to 3600'],
    [{ SMS_DAILY_MAX: '0' }, 'SMS_DAILY_MAX', 'from 1 to 1000'],
    [{ SMS_LOCK_MINUTES: 'x' }, 'SMS_LOCK_MINUTES', 'from 1 to 1440'],
    [{ DB_BUSY_WAIT_MS: '1000000' }, 'DB_BUSY_WAIT_MS', 'from 0 to 60000'],
    [{ DATABASE_URL: 'mysql://u:p@h/db' }, 'DATABASE_URL', 'postgres://user:password@host:5432/database'],
    [{ DATABASE_URL: 'postgres://u:p@h' }, 'DATABASE_URL', 'leave it unset for the embedded SQLite'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL', 'postgres://'],
  ])('%o is refused, naming %s and what it accepts', (env, name, accepted) => {
    const msg = refusal(env)
    expect(msg).toContain(name)
    expect(msg).toContain(accepted)
  })

  it('DATABASE_URL: a good one selects PostgreSQL; a refusal never shows the password', () => {
    const url = 'postgresql://zjb:s3cret-pw@db.internal:5432/zjb?sslmode=require'
    expect(loadConfig({ DATABASE_URL: url } as unknown as NodeJS.ProcessEnv).databaseUrl).toBe(url)
    expect(loadConfig({} as NodeJS.ProcessEnv).databaseUrl).toBeUndefined()
    const msg = refusal({ DATABASE_URL: 'mysql://zjb:s3cret-pw@db.internal/zjb' })
    expect(msg).toContain('DATABASE_URL')
    expect(msg).not.toContain('s3cret-pw')
  })

  it('all problems are told at once', () => {
    const msg = refusal({ PORT: 'x', LOG_LEVEL: 'y' })
    expect(msg).toContain('PORT')
    expect(msg).toContain('LOG_LEVEL')
  })

  it('production: ADMIN_TOKEN required, no shown codes, no demo data, simulated providers only when allowed', () => {
    const prod = { NODE_ENV: 'production' }
    const msg = refusal(prod)
    expect(msg).toContain('ADMIN_TOKEN is required')
    expect(msg).toContain('ALLOW_SIMULATED=1')
    for (const c of SIMULATED_COMPONENTS.filter((s) => s.id !== 'clock')) expect(msg).toContain(c.id)
    const token = { ADMIN_TOKEN: 'prod-admin-token-0123456789' }
    expect(refusal({ ...prod, ...token, ALLOW_SIMULATED: '1', DEV_SHOW_CODE: '1' })).toContain('DEV_SHOW_CODE=1')
    expect(refusal({ ...prod, ...token, ALLOW_SIMULATED: '1', SEED_DEMO: '1' })).toContain('SEED_DEMO=1')
    const ok = loadConfig({ ...prod, ...token, ALLOW_SIMULATED: '1' } as unknown as NodeJS.ProcessEnv)
    expect(ok).toMatchObject({ production: true, devShowCode: false, seedDemo: false, enableDevPages: false })
  })
})

describe('the server refuses to start with a bad configuration (real process)', () => {
  it('SESSION_TTL_HOURS=abc: exit 2, a message naming it, and no database touched', async () => {
    const dir = tempDir()
    const r = await runServer({ DATA_DIR: dir, SESSION_TTL_HOURS: 'abc', SEED_DEMO: '0' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('SESSION_TTL_HOURS="abc"')
    expect(r.stderr).toContain('whole number from 1 to 8760')
    expect(r.stdout).not.toContain('backend is ready')
    expect(fs.existsSync(path.join(dir, DB_FILE_NAME))).toBe(false)
  }, 90_000)

  it('a DATA_DIR that cannot hold the database: exit 2 naming DATA_DIR, no stack trace', async () => {
    const file = path.join(tempDir(), 'a-file')
    fs.writeFileSync(file, '')
    const r = await runServer({ DATA_DIR: file, SEED_DEMO: '0' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('DATA_DIR=')
    expect(r.stderr).toContain('use a writable folder')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  }, 90_000)

  it('a DATABASE_URL where no PostgreSQL answers: exit 2 naming DATABASE_URL, no password, no stack trace', async () => {
    const port = await freePort()
    const r = await runServer({
      DATA_DIR: tempDir(),
      SEED_DEMO: '0',
      DATABASE_URL: `postgres://u:pw-xyz@127.0.0.1:${port}/db`,
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('DATABASE_URL=')
    expect(r.stderr).toContain('ECONNREFUSED')
    expect(r.stderr).not.toContain('pw-xyz')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  }, 90_000)

  it('NODE_ENV=production with simulated providers and no ADMIN_TOKEN: exit 2 with both reasons', async () => {
    const r = await runServer({ DATA_DIR: tempDir(), NODE_ENV: 'production' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('ADMIN_TOKEN is required')
    expect(r.stderr).toContain('simulated providers')
    expect(r.stderr).toContain('ALLOW_SIMULATED=1')
  }, 90_000)
})

describe('production (staging with ALLOW_SIMULATED=1), real process', () => {
  const ADMIN = `prod-${crypto.randomBytes(12).toString('hex')}`
  const dir = tempDir()
  let server: ServerProcess
  beforeAll(async () => {
    server = await startServer({
      DATA_DIR: dir,
      NODE_ENV: 'production',
      ALLOW_SIMULATED: '1',
      ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: 'info',
      H5_DIR: path.join(dir, 'no-h5'),
    })
  }, 90_000)
  afterAll(async () => {
    await server?.kill()
  })
  const post = (url: string, body: unknown, token?: string) =>
    fetch(server.base + url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })

  it('seeds no demo data: the database has no account, and WeChat code demo-2 signs nobody in', async () => {
    const db = new SQLite(path.join(dir, DB_FILE_NAME), { readonly: true })
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
    expect(count('persons')).toBe(0)
    // the demo platform codes exist in development only: here the platform never issued it
    const r = await post('/api/auth/wechat', { code: 'demo-2' })
    expect(r.status).toBe(422)
    expect((await r.json()).error).toBe('LOGIN_CODE_INVALID')
    expect(count('persons')).toBe(0)
    expect(count('accounts')).toBe(0)
    db.close()
  })

  it('never returns or logs an SMS code', async () => {
    const phone = '13955550001'
    const r = await post('/api/auth/sms/send', { phone })
    expect(r.status).toBe(200)
    const body = await r.json()
    expect(body.devCode).toBeUndefined()
    // recover the code from its stored hash (6 digits), to look for it in the output
    const db = new SQLite(path.join(dir, DB_FILE_NAME), { readonly: true })
    const { code_hash } = db.prepare('select code_hash from sms_codes where phone = ?').get(phone) as {
      code_hash: string
    }
    db.close()
    let code = ''
    for (let i = 0; i < 1_000_000 && !code; i++) {
      const c = String(i).padStart(6, '0')
      if (crypto.createHash('sha256').update(`${phone}:${c}`).digest('hex') === code_hash) code = c
    }
    expect(code).toMatch(/^\d{6}$/)
    await new Promise((res) => setTimeout(res, 300)) // let the log line arrive
    const output = server.stdout() + server.stderr()
    expect(output).toContain('[mock SMS]')
    expect(output).not.toContain(code)
    expect(output).not.toContain(phone)
  }, 60_000)

  it('never prints the ADMIN_TOKEN, which still works on the tax API', async () => {
    expect(server.stdout() + server.stderr()).not.toContain(ADMIN)
    expect(server.stdout()).toContain('ADMIN_TOKEN: set (not shown)')
    const r = await fetch(`${server.base}/api/tax/assessments`, { headers: { authorization: `Bearer ${ADMIN}` } })
    expect(r.status).toBe(200)
  })

  it('serves no development pages: /dev/tax, /api/docs and /api/openapi.json answer 404 in the API shape', async () => {
    for (const url of ['/dev/tax', '/api/docs', '/api/docs/static/index.html', '/api/openapi.json']) {
      const r = await fetch(server.base + url)
      expect(r.status, url).toBe(404)
      expect((await r.json()).error).toBe('NOT_FOUND')
    }
  })
})

describe('development pages when enabled', () => {
  it('ENABLE_DEV_PAGES=1 (the development default) serves /dev/tax with its own CSP', async () => {
    const { makeApp } = await import('../server/helpers')
    const { app } = await makeApp()
    const r = await app.inject({ method: 'GET', url: '/dev/tax' })
    expect(r.statusCode).toBe(200)
    expect(String(r.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200)
    await app.close()
    const off = await makeApp({ env: { ENABLE_DEV_PAGES: '0' } })
    expect((await off.app.inject({ method: 'GET', url: '/dev/tax' })).statusCode).toBe(404)
    expect((await off.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(404)
    await off.app.close()
  })
})
