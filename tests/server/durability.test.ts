/** Acknowledged writes survive kill -9 (WAL + synchronous=FULL; commit before reply). Real HTTP on loopback. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeApp, makeId, tempDir, auth } from './helpers'

const ROOT = path.resolve(__dirname, '../..')

function startServer(dir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dir,
      PORT: String(port),
      TODAY: '2026-11-23',
      SEED_DEMO: '0',
      ADMIN_TOKEN: 'kill9-admin-token-000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise<typeof child>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 30000)
    child.stdout.on('data', (d) => {
      if (String(d).includes('backend is ready')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
}

describe('kill -9', () => {
  it('a 201 answered over HTTP is still there after SIGKILL', async () => {
    const dir = tempDir()
    const port = 39000 + Math.floor(Math.random() * 1000)
    const child = await startServer(dir, port)
    const base = `http://127.0.0.1:${port}`
    const json = { 'content-type': 'application/json' }
    const admin = { ...json, authorization: 'Bearer kill9-admin-token-000' }
    const user = await (
      await fetch(`${base}/api/sim/platform/users`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ channel: 'wechat', name: '杀九', idNumber: makeId('640104', '1987-08-08', '081') }),
      })
    ).json()
    const { token } = await (
      await fetch(`${base}/api/auth/wechat`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ code: user.code }),
      })
    ).json()
    const h = { ...json, authorization: `Bearer ${token}` }
    await fetch(`${base}/api/me/identity/platform`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ authorise: true }),
    })
    await fetch(`${base}/api/registration`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({
        region: '640000',
        district: '640104',
        category: 'OTHER_FLEXIBLE',
        ethnicity: '汉族',
        address: '宁夏银川市兴庆区解放东街1号',
        mobile: '13900000000',
      }),
    })
    const created = await fetch(`${base}/api/assessments`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ start: '2026-01', end: '2026-03', base: '60' }),
    })
    expect(created.status).toBe(201)
    const { id } = await created.json()
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    const { app } = await makeApp({ dir })
    const r = await app.inject({ method: 'GET', url: `/api/assessments/${id}`, headers: auth(token) })
    expect(r.statusCode).toBe(200)
    expect(r.json().status).toBe('CREATED')
    await app.close()
  }, 60000)
})
