/**
 * routes/auth.ts (/api/auth/*): WeChat / Alipay codes, SMS codes, logout, session expiry, login rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auth, login, makeApp, platformCode, type TestApp, TODAY } from '../helpers'
import { expectNoUnmaskedIds, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]

beforeAll(async () => {
  ;({ app, logs } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post, get } = requests(() => app)

describe('auth', () => {
  it('wechat: codes the platform issued to one user → that user’s account; a code is single use', async () => {
    const c1 = await platformCode(app, 'same-user')
    const a = await post('/api/auth/wechat', null, { code: c1 })
    const b = await post('/api/auth/wechat', null, { code: await platformCode(app, 'same-user') })
    expect(a.statusCode).toBe(200)
    expect(a.json().account.id).toBe(b.json().account.id)
    expect(a.json().token).not.toBe(b.json().token)
    expect((await post('/api/auth/wechat', null, { code: c1 })).json().error).toBe('LOGIN_CODE_INVALID')
    expect((await post('/api/auth/wechat', null, { code: 'same-code' })).json().error).toBe('LOGIN_CODE_INVALID')
  })
  it('alipay authCode', async () => {
    const r = await post('/api/auth/alipay', null, {
      authCode: await platformCode(app, 'ali-1', { channel: 'alipay' }),
    })
    expect(r.statusCode).toBe(200)
    expect(r.json().account.channel).toBe('alipay')
    expect((await post('/api/auth/alipay', null, { authCode: 'bad code!' })).json().error).toBe('LOGIN_CODE_INVALID')
  })
  it('sms send → verify; wrong code counted; expired', async () => {
    const s = await post('/api/auth/sms/send', null, { phone: '13900000001' })
    expect(s.statusCode).toBe(200)
    const code = s.json().devCode as string
    expect(code).toMatch(/^\d{6}$/)
    expect(logs.join('')).toContain('[mock SMS]') // the simulated SMS is logged …
    expect(logs.join('')).not.toContain(code) // … without the code (issue 11)
    const wrong = code === '000000' ? '111111' : '000000'
    const w = await post('/api/auth/sms/verify', null, { phone: '13900000001', code: wrong })
    expect(w.statusCode).toBe(422)
    expect(w.json().error).toBe('SMS_CODE_INVALID')
    const ok = await post('/api/auth/sms/verify', null, { phone: '13900000001', code })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().account.channel).toBe('h5')
    const again = await post('/api/auth/sms/verify', null, { phone: '13900000001', code })
    expect(again.json().error).toBe('SMS_CODE_EXPIRED')
    expect((await post('/api/auth/sms/send', null, { phone: '12345' })).statusCode).toBe(400)
  })
  it('sms: 5 wrong attempts lock the code', async () => {
    const code = (await post('/api/auth/sms/send', null, { phone: '13900000002' })).json().devCode
    const wrong = code === '000000' ? '111111' : '000000'
    let last
    for (let i = 0; i < 5; i++) last = await post('/api/auth/sms/verify', null, { phone: '13900000002', code: wrong })
    expect(last!.json().error).toBe('SMS_TOO_MANY_ATTEMPTS')
    expect((await post('/api/auth/sms/verify', null, { phone: '13900000002', code })).json().error).toBe(
      'SMS_TOO_MANY_ATTEMPTS',
    )
  })
  it('no / bad token → 401; logout kills the token', async () => {
    expect((await get('/api/me', null)).statusCode).toBe(401)
    expect((await get('/api/me', 'x'.repeat(40))).json().error).toBe('UNAUTHORIZED')
    const t = await login(app, 'logout-me')
    expect((await get('/api/me', t)).statusCode).toBe(200)
    expect((await post('/api/auth/logout', t, {})).statusCode).toBe(200)
    expect((await get('/api/me', t)).statusCode).toBe(401)
  })
  it('token expiry', async () => {
    let offset = 0
    const clock = { today: () => TODAY, now: () => new Date(Date.now() + offset) }
    const { app: a2 } = await makeApp({ env: { SESSION_TTL_HOURS: '1' }, clock })
    const t = await login(a2, 'x')
    expect((await a2.inject({ method: 'GET', url: '/api/me', headers: auth(t) })).statusCode).toBe(200)
    offset = 3600_000
    expect((await a2.inject({ method: 'GET', url: '/api/me', headers: auth(t) })).statusCode).toBe(401)
    await a2.close()
  })
  it('login is rate limited', async () => {
    const { app: a2 } = await makeApp({ env: { RATE_LOGIN_MAX: '2' } })
    const codes = []
    for (let i = 0; i < 3; i++)
      codes.push(
        (
          await a2.inject({
            method: 'POST',
            url: '/api/auth/wechat',
            payload: { code: await platformCode(a2, `c${i}`) },
          })
        ).statusCode,
      )
    expect(codes).toEqual([200, 200, 429])
    await a2.close()
  })
})
