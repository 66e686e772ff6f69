/**
 * Attacks on the limits (issue 11 "Limits that hold"), each now defeated:
 *   - extra spaces after "Bearer" (or a second login of the same account) for a fresh look-up bucket;
 *   - a fresh login bucket per channel (WeChat, Alipay, SMS) — and per server instance;
 *   - guessing SMS codes across resends (each resend used to give 5 fresh guesses);
 *   - flooding one phone with codes (no per-phone limit), from one IP or many.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { auth, login, makeApp, makeId, person, tempDir, type TestApp } from '../server/helpers'
import { caller, movableClock } from './helpers'

const apps: TestApp[] = []
afterEach(async () => {
  while (apps.length) await apps.pop()!.close()
})
async function app(env: Record<string, string>, opts: Parameters<typeof makeApp>[0] = {}) {
  const made = await makeApp({ ...opts, env })
  apps.push(made.app)
  return made
}

const STRANGER_ID = makeId('640104', '1970-01-01', '011')

describe('look-ups are limited per signed-in account, not per header text', () => {
  it('Bearer with 1, 2, 3 spaces, a tab, padding, or a second token of the same account share one bucket', async () => {
    const { app: a } = await app({ RATE_LOOKUP_MAX: '4' })
    const call = caller(a)
    // the real-name bind takes 1 of the account's 4 per minute
    const token = await person(a, 'agent-rl', '吴六', makeId('640104', '1985-03-15', '013'))
    const again = await login(a, 'agent-rl') // a second session of the same account
    const variants = [
      `Bearer ${token}`,
      `Bearer  ${token}`,
      `Bearer   ${token}`,
      `Bearer\t${token}`,
      ` Bearer ${token} `,
      `Bearer ${again}`,
    ]
    const statuses: number[] = []
    for (const authorization of variants) {
      const r = await call('POST', '/api/agents/people', {
        headers: { authorization },
        payload: { name: '某某', idNumber: STRANGER_ID },
      })
      statuses.push(r.statusCode)
      if (r.statusCode === 429) {
        expect(r.json().error).toBe('RATE_LIMITED')
        expect(r.json().message).toMatch(/频繁/)
      }
    }
    expect(statuses.slice(0, 3).every((s) => s !== 429 && s !== 401)).toBe(true)
    expect(statuses.slice(3)).toEqual([429, 429, 429])
    // identity binds draw on the same budget of the account
    const bind = await call('POST', '/api/me/identity', {
      headers: { authorization: `Bearer    ${token}` },
      payload: { name: '吴六', idNumber: makeId('640104', '1985-03-15', '013') },
    })
    expect(bind.statusCode).toBe(429)
    // another account has its own budget
    const other = await person(a, 'agent-rl-2', '郑七', makeId('640104', '1986-04-16', '024'))
    const r = await call('POST', '/api/agents/people', {
      headers: auth(other),
      payload: { name: '某某', idNumber: STRANGER_ID },
    })
    expect(r.statusCode).not.toBe(429)
  })
})

describe('one login bucket per IP across channels', () => {
  it('WeChat, Alipay, SMS send and SMS verify draw on the same budget', async () => {
    const { app: a } = await app({ RATE_LOGIN_MAX: '4' })
    const call = caller(a)
    const codes = [
      (await call('POST', '/api/auth/wechat', { payload: { code: 'ip-1' } })).statusCode,
      (await call('POST', '/api/auth/alipay', { payload: { authCode: 'ip-2' } })).statusCode,
      (await call('POST', '/api/auth/sms/send', { payload: { phone: '13911110001' } })).statusCode,
      (await call('POST', '/api/auth/sms/verify', { payload: { phone: '13911110001', code: '000000' } })).statusCode,
    ]
    expect(codes.includes(429)).toBe(false)
    for (const [url, payload] of [
      ['/api/auth/wechat', { code: 'ip-5' }],
      ['/api/auth/alipay', { authCode: 'ip-6' }],
      ['/api/auth/sms/send', { phone: '13911110002' }],
    ] as const) {
      const r = await call('POST', url, { payload })
      expect(r.statusCode).toBe(429)
      expect(r.json().error).toBe('RATE_LIMITED')
    }
    // another IP has its own bucket
    expect((await call('POST', '/api/auth/wechat', { payload: { code: 'ip-7' }, ip: '10.0.0.7' })).statusCode).toBe(200)
  })

  it('the counters live in the database: two server instances on one database share them', async () => {
    const dir = tempDir()
    const { app: a } = await app({ RATE_LOGIN_MAX: '3' }, { dir })
    const { app: b } = await app({ RATE_LOGIN_MAX: '3' }, { dir })
    expect((await caller(a)('POST', '/api/auth/wechat', { payload: { code: 'x1' } })).statusCode).toBe(200)
    expect((await caller(b)('POST', '/api/auth/wechat', { payload: { code: 'x2' } })).statusCode).toBe(200)
    expect((await caller(a)('POST', '/api/auth/wechat', { payload: { code: 'x3' } })).statusCode).toBe(200)
    expect((await caller(b)('POST', '/api/auth/wechat', { payload: { code: 'x4' } })).statusCode).toBe(429)
  })
})

describe('SMS codes: a resend keeps the attempt count', () => {
  it('3 wrong, resend, 2 wrong → locked; even the right new code is refused; sending is refused too', async () => {
    const clock = movableClock()
    const { app: a } = await app({ SMS_COOLDOWN_SECONDS: '60', SMS_LOCK_MINUTES: '30' }, { clock })
    const call = caller(a)
    const phone = '13922220001'
    const send = () => call('POST', '/api/auth/sms/send', { payload: { phone } })
    const verify = (code: string) => call('POST', '/api/auth/sms/verify', { payload: { phone, code } })
    const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000')

    const first = (await send()).json().devCode as string
    for (let i = 0; i < 3; i++) expect((await verify(wrongFor(first))).json().error).toBe('SMS_CODE_INVALID')
    clock.advance(61_000)
    const second = (await send()).json().devCode as string
    const left = await verify(wrongFor(second))
    expect(left.json()).toMatchObject({ error: 'SMS_CODE_INVALID', detail: { attemptsLeft: 1 } })
    const fifth = await verify(wrongFor(second))
    expect(fifth.json().error).toBe('SMS_TOO_MANY_ATTEMPTS')
    expect(fifth.json().message).toMatch(/次数过多/)
    // the right code no longer opens the account
    expect((await verify(second)).json().error).toBe('SMS_TOO_MANY_ATTEMPTS')
    // and a resend gives no fresh guesses: the phone is locked
    clock.advance(61_000)
    const locked = await send()
    expect(locked.statusCode).toBe(429)
    expect(locked.json().error).toBe('SMS_LOCKED')
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60)
    // after the lock the owner signs in normally
    clock.advance(30 * 60_000)
    const third = (await send()).json().devCode as string
    expect((await verify(third)).statusCode).toBe(200)
  })

  it('parallel guesses are counted one by one (at most 5 tries per lock)', async () => {
    const { app: a } = await app({ SMS_COOLDOWN_SECONDS: '0' })
    const call = caller(a)
    const phone = '13922220002'
    const code = (await call('POST', '/api/auth/sms/send', { payload: { phone } })).json().devCode as string
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'))
    const answers = await Promise.all(
      guesses.map((g) => call('POST', '/api/auth/sms/verify', { payload: { phone, code: g } })),
    )
    const invalid = answers.filter((r) => r.json().error === 'SMS_CODE_INVALID').length
    expect(invalid).toBe(4)
    expect(answers.filter((r) => r.json().error === 'SMS_TOO_MANY_ATTEMPTS')).toHaveLength(16)
  })
})

describe('SMS send flood per phone', () => {
  it('a cooldown per phone (Retry-After), whatever the IP; other phones unaffected', async () => {
    const clock = movableClock()
    const { app: a } = await app({ SMS_COOLDOWN_SECONDS: '60', RATE_LOGIN_MAX: '1000' }, { clock })
    const call = caller(a)
    const phone = '13933330001'
    expect((await call('POST', '/api/auth/sms/send', { payload: { phone } })).statusCode).toBe(200)
    for (const ip of ['127.0.0.1', '10.1.1.1', '10.2.2.2']) {
      const r = await call('POST', '/api/auth/sms/send', { payload: { phone }, ip })
      expect(r.statusCode).toBe(429)
      expect(r.json().error).toBe('SMS_COOLDOWN')
      expect(r.json().message).toMatch(/[\u4e00-\u9fff]/)
      const wait = Number(r.headers['retry-after'])
      expect(wait).toBeGreaterThan(0)
      expect(wait).toBeLessThanOrEqual(60)
    }
    expect((await call('POST', '/api/auth/sms/send', { payload: { phone: '13933330002' } })).statusCode).toBe(200)
    clock.advance(61_000)
    expect((await call('POST', '/api/auth/sms/send', { payload: { phone } })).statusCode).toBe(200)
  })

  it('a daily cap per phone; the next day sends again', async () => {
    const clock = movableClock()
    const { app: a } = await app({ SMS_COOLDOWN_SECONDS: '60', SMS_DAILY_MAX: '3' }, { clock })
    const call = caller(a)
    const phone = '13933330003'
    // start just after midnight China time, so the day does not roll over within the test
    const now = clock.now()
    const cstMidnight = Date.parse(
      `${new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)}T00:00:00+08:00`,
    )
    clock.advance(cstMidnight + 86_400_000 + 60_000 - now.getTime())
    for (let i = 0; i < 3; i++) {
      expect((await call('POST', '/api/auth/sms/send', { payload: { phone } })).statusCode).toBe(200)
      clock.advance(61_000)
    }
    const capped = await call('POST', '/api/auth/sms/send', { payload: { phone } })
    expect(capped.statusCode).toBe(429)
    expect(capped.json()).toMatchObject({ error: 'SMS_DAILY_LIMIT', detail: { max: 3 } })
    expect(capped.json().message).toMatch(/明天/)
    clock.advance(86_400_000)
    expect((await call('POST', '/api/auth/sms/send', { payload: { phone } })).statusCode).toBe(200)
  })

  it('development: the code is returned as devCode but never written to the log', async () => {
    const lines: string[] = []
    const { app: a } = await app({ SMS_COOLDOWN_SECONDS: '0' }, { logLines: lines })
    const r = await caller(a)('POST', '/api/auth/sms/send', { payload: { phone: '13944440001' } })
    const code = r.json().devCode as string
    expect(code).toMatch(/^\d{6}$/)
    const log = lines.join('')
    expect(log).toContain('[mock SMS]')
    expect(log).toContain('139****0001')
    expect(log).not.toContain(code)
    expect(log).not.toContain('13944440001')
  })
})
