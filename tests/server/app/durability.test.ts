/**
 * Acknowledged writes survive kill -9 (SQLite: WAL + synchronous=FULL; PostgreSQL: its commit; commit before reply).
 * Real HTTP on loopback.
 */
import { describe, expect, it } from 'vitest'
import { databaseEnv } from '../../support/database'
import { startServer } from '../../support/server-process'
import { makeApp, makeId, tempDir, auth, TODAY } from '../helpers'

describe('kill -9', () => {
  it('a 201 answered over HTTP is still there after SIGKILL', async () => {
    const dir = tempDir()
    // ready when /api/health answers; an early exit reports the child's stderr
    const server = await startServer({
      DATA_DIR: dir,
      ...(await databaseEnv(dir)),
      TODAY,
      SEED_DEMO: '0',
      ADMIN_TOKEN: 'kill9-admin-token-000',
    })
    const base = server.base
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
    expect(created.status, `${await created.clone().text()}\n${server.stderr()}`).toBe(201)
    const { id } = await created.json()
    await server.kill('SIGKILL')
    const { app } = await makeApp({ dir })
    const r = await app.inject({ method: 'GET', url: `/api/assessments/${id}`, headers: auth(token) })
    expect(r.statusCode).toBe(200)
    expect(r.json().status).toBe('CREATED')
    await app.close()
  }, 120000)
})
