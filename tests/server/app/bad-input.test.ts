/**
 * Bad input on every route never becomes a 500: unknown fields, malformed JSON, wrong content type, huge
 * bodies, and random bodies on every POST route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auth, type TestApp } from '../helpers'
import { expectNoUnmaskedIds, ID_SELF, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]
let self: string

beforeAll(async () => {
  ;({ app, logs, self } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post, get } = requests(() => app)

describe('bad input never becomes a 500', () => {
  it('unknown fields → 400 VALIDATION_FAILED with the field', async () => {
    const r = await post('/api/assessments/quote', self, { start: '2026-01', end: '2026-01', base: '60', evil: 1 })
    expect(r.statusCode).toBe(400)
    expect(r.json()).toMatchObject({ ok: false, error: 'VALIDATION_FAILED' })
    expect(r.json().message).toContain('evil')
    expect(r.json().detail.fields[0]).toMatchObject({ field: 'evil', rule: 'additionalProperties' })
    expect((await get('/api/assessments?foo=1', self)).statusCode).toBe(400)
  })
  it('malformed JSON → 400 BAD_JSON; wrong content type → 415; huge → 413/400', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/auth/wechat',
      headers: { 'content-type': 'application/json' },
      payload: '{"code":',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toBe('BAD_JSON')
    const proto = await app.inject({
      method: 'POST',
      url: '/api/auth/wechat',
      headers: { 'content-type': 'application/json' },
      payload: '{"code":"a","__proto__":{"x":1}}',
    })
    expect(proto.statusCode).toBe(400)
    const xml = await app.inject({
      method: 'POST',
      url: '/api/auth/wechat',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    })
    expect(xml.statusCode).toBe(415)
    expect(xml.json().error).toBe('UNSUPPORTED_MEDIA_TYPE')
    const huge = await post('/api/auth/wechat', null, { code: 'x'.repeat(200_000) })
    expect(huge.statusCode).toBe(413)
    const long = await post('/api/me/identity/mobile', self, {
      name: '王'.repeat(31),
      idNumber: ID_SELF,
      mobile: '13900000000',
    })
    expect(long.statusCode).toBe(400)
    expect(long.json().message).toMatch(/过长/)
  })
  it('fuzz: random bodies on every POST route answer 4xx or 2xx, never 5xx', async () => {
    const urls = [
      '/api/auth/wechat',
      '/api/auth/alipay',
      '/api/auth/sms/send',
      '/api/auth/sms/verify',
      '/api/me/identity/mobile',
      '/api/me/identity/mobile/confirm',
      '/api/me/identity/platform',
      '/api/registration',
      '/api/assessments/quote',
      '/api/assessments',
      '/api/agents/people',
      '/api/agents/requests/x/sms',
      '/api/agents/requests/x/confirm',
      '/api/me/agent-requests/x/approve',
      '/api/suspension',
      '/api/suspension/resume',
      '/api/assessments/x/transmit',
      '/api/assessments/x/revoke',
    ]
    const bodies: unknown[] = [
      null,
      1,
      'x',
      [],
      {},
      { start: 1 },
      { start: '2026-13', end: '2026-01', base: 'abc' },
      { base: '1e400', start: '0000-00', end: '9999-99' },
      { reason: 'DEATH', stopDate: '2026-02-30' },
      { name: '', idNumber: '' },
      { personRef: '../../etc' },
      { region: null },
    ]
    for (const url of urls) {
      for (const b of bodies) {
        const r = await app.inject({
          method: 'POST',
          url,
          headers: { ...auth(self), 'content-type': 'application/json' },
          payload: JSON.stringify(b),
        })
        expect(r.statusCode, `${url} ${JSON.stringify(b)} → ${r.body}`).toBeLessThan(500)
        if (r.statusCode >= 400) expect(r.json().ok).toBe(false)
      }
    }
  })
})
