/**
 * HTTP and data hygiene (issue 11): security headers on H5 and API, no-store on personal data, error
 * answers in the API's shape and Chinese (404, 413, 431), masked contact data in audit rows, real names
 * free of control/bidi/zero-width/markup characters and lone surrogates, every enum validated.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normaliseName } from '../../src/domain'
import { auth, makeApp, makeId, NX, PERSON_DATA, person, tempDir, type TestApp } from '../server/helpers'

const CJK = /[\u4e00-\u9fff]/
const INLINE = 'window.__zjb=1'

let app: TestApp
let ctx: Awaited<ReturnType<typeof makeApp>>['ctx']
let base = ''
let me: string

beforeAll(async () => {
  // a stand-in H5 build with an inline script, to see its hash in the CSP
  const h5 = tempDir()
  fs.writeFileSync(
    path.join(h5, 'index.html'),
    `<!doctype html><html><head><script>${INLINE}</script></head><body><div id="app"></div></body></html>`,
  )
  const made = await makeApp({ env: { H5_DIR: h5 } })
  app = made.app
  ctx = made.ctx
  await app.listen({ port: 0, host: '127.0.0.1' })
  const addr = app.server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  me = await person(app, 'hyg-me', '韩梅', makeId('640104', '1980-05-05', '024'), NX)
})
afterAll(async () => {
  await app.close()
})

describe('security headers', () => {
  const expectHeaders = (h: Record<string, unknown>, where: string) => {
    const csp = String(h['content-security-policy'] ?? '')
    expect(csp, where).toContain("default-src 'self'")
    expect(csp, where).toContain("frame-ancestors 'none'")
    expect(csp, where).toContain("object-src 'none'")
    expect(csp, where).toContain("script-src 'self'")
    expect(csp, where).not.toContain('unsafe-eval')
    expect(h['x-content-type-options'], where).toBe('nosniff')
    expect(h['referrer-policy'], where).toBe('no-referrer')
    expect(h['x-frame-options'], where).toBe('DENY')
    expect(h['strict-transport-security'], where).toBeTruthy()
  }

  it('on the H5 page, the API, refusals and 404s', async () => {
    for (const [url, headers] of [
      ['/', {}],
      ['/index.html', {}],
      ['/api/health', {}],
      ['/api/me', auth(me)],
      ['/api/me', {}], // 401
      ['/api/nothing-here', {}], // 404
    ] as const) {
      const r = await app.inject({ method: 'GET', url, headers })
      expectHeaders(r.headers, url)
    }
  })

  it("the H5 page's inline script runs by its hash, no 'unsafe-inline' for scripts", async () => {
    const r = await app.inject({ method: 'GET', url: '/' })
    const hash = crypto.createHash('sha256').update(INLINE).digest('base64')
    const csp = String(r.headers['content-security-policy'])
    expect(csp).toContain(`'sha256-${hash}'`)
    expect(/script-src [^;]*unsafe-inline/.test(csp)).toBe(false)
  })

  it('personal data is never cached: Cache-Control no-store on every API answer', async () => {
    for (const url of ['/api/me', '/api/registration', '/api/assessments', '/api/me/activity']) {
      const r = await app.inject({ method: 'GET', url, headers: auth(me) })
      expect(r.statusCode, url).toBe(200)
      expect(r.headers['cache-control'], url).toBe('no-store')
    }
  })
})

describe('errors in the API shape, in Chinese', () => {
  it('404 for an unknown path', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/no-such-thing' })
    expect(r.statusCode).toBe(404)
    expect(r.json()).toMatchObject({ ok: false, error: 'NOT_FOUND' })
    expect(r.json().message).toMatch(CJK)
  })

  it('413 for a body over 64 KB', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/wechat',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ code: 'x'.repeat(70 * 1024) }),
    })
    expect(r.statusCode).toBe(413)
    expect(r.json()).toMatchObject({ ok: false, error: 'PAYLOAD_TOO_LARGE' })
    expect(r.json().message).toMatch(CJK)
  })

  it('431 for headers over 16 KB (real HTTP: Node refuses them before Fastify)', async () => {
    const res = await new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
      const req = http.request(`${base}/api/health`, { headers: { 'x-big': 'a'.repeat(20 * 1024) } }, (r) => {
        let body = ''
        r.on('data', (d) => (body += d))
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body, type: String(r.headers['content-type']) }))
      })
      req.on('error', reject)
      req.end()
    })
    expect(res.status).toBe(431)
    expect(res.type).toContain('application/json')
    const body = JSON.parse(res.body)
    expect(body).toMatchObject({ ok: false, error: 'HEADERS_TOO_LARGE' })
    expect(body.message).toMatch(CJK)
  })
})

describe('audit rows keep contact data masked', () => {
  it('SUSPENDED and RESUMED rows carry neither the full mobile nor the address', async () => {
    const t = await person(app, 'hyg-susp', '林森', makeId('640104', '1979-09-09', '013'), NX)
    const s = await app.inject({
      method: 'POST',
      url: '/api/suspension',
      headers: auth(t),
      payload: { reason: 'VOLUNTARY', stopDate: '2026-11-01' },
    })
    expect(s.statusCode).toBe(200)
    await app.inject({ method: 'POST', url: '/api/suspension/resume', headers: auth(t), payload: {} })
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'before_json', 'after_json'])
      .where('action', 'in', ['SUSPENDED', 'RESUMED'])
      .execute()
    expect(rows.length).toBeGreaterThanOrEqual(1)
    for (const row of rows) {
      const text = `${row.before_json}${row.after_json}`
      expect(text).not.toContain(PERSON_DATA.mobile)
      expect(text).not.toContain(PERSON_DATA.address)
      expect(text).toContain('139****0000')
    }
    const all = (await ctx.db.selectFrom('audit_log').select(['before_json', 'after_json']).execute())
      .map((r) => `${r.before_json}${r.after_json}`)
      .join('\n')
    expect(all).not.toContain(PERSON_DATA.mobile)
    expect(all).not.toContain(PERSON_DATA.address)
  })
})

describe('real names (src/domain/names.ts, shared with the app)', () => {
  it.each([
    ['王\u202Eabc', 'bidi'],
    ['王\u2066五', 'bidi'],
    ['王\u0000五', 'control'],
    ['王\n五', 'control'],
    ['王\u200B五', 'invisible'],
    ['王\u200D五', 'invisible'],
    ['王\uFEFF五', 'invisible'],
    ['王\u00AD五', 'invisible'],
    ['王\uD800五', 'surrogate'],
    ['王\uDC00', 'surrogate'],
    ['<b>王五</b>', 'markup'],
    ['王五&amp;', 'markup'],
    ['王 五', 'space'],
    ['·买买提', 'dot'],
    ['买买提··艾力', 'dot'],
    ['王五1', 'char'],
    ['😀王', 'char'],
    ['王'.repeat(31), 'length'],
  ])('%j is refused (%s)', (name, reason) => {
    const r = normaliseName(name)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors[0]).toMatchObject({ code: 'NAME_INVALID', detail: { reason } })
    expect(r.errors[0].message).toMatch(CJK)
  })

  it.each([
    ['王五', '王五'],
    ['  欧阳娜娜 ', '欧阳娜娜'],
    ['买买提·艾力', '买买提·艾力'],
    ['买买提•艾力', '买买提·艾力'], // look-alike dots normalised
    ['买买提 · 艾力', '买买提·艾力'],
    ['王𠮷', '王𠮷'], // extension B, a surrogate pair
    ['李〇', '李〇'],
    ['MARIA JOSE  GARCIA-LOPEZ', 'MARIA JOSE GARCIA-LOPEZ'],
    ['Jose\u0301', 'José'], // NFC
  ])('%j is accepted as %j', (name, stored) => {
    expect(normaliseName(name)).toEqual({ ok: true, value: stored })
  })

  it('empty → NAME_REQUIRED', () => {
    const r = normaliseName('   ')
    expect(!r.ok && r.errors[0].code).toBe('NAME_REQUIRED')
  })

  it('the API refuses them at real-name binding and stores names NFC-normalised', async () => {
    const t = await (async () => {
      const r = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'hyg-name' } })
      return r.json().token as string
    })()
    const id = makeId('640104', '1990-01-01', '035')
    for (const name of ['王\u202E五', '王\u0000五', '王\u200B五', '<i>王五</i>', '王\uD800五']) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/me/identity',
        headers: auth(t, { 'content-type': 'application/json' }),
        payload: JSON.stringify({ name, idNumber: id }), // a lone surrogate travels as \ud800
      })
      expect(r.statusCode, JSON.stringify(name)).toBe(422)
      expect(r.json().error).toBe('NAME_INVALID')
      expect(r.json().message).toMatch(CJK)
    }
    expect(
      await ctx.db.selectFrom('persons').select('id').where('id_number', '=', id).executeTakeFirst(),
    ).toBeUndefined()
    const ok = await app.inject({
      method: 'POST',
      url: '/api/me/identity',
      headers: auth(t),
      payload: { name: 'Jose\u0301 GARCI\u0301A', idNumber: id },
    })
    expect(ok.statusCode).toBe(200)
    const row = await ctx.db.selectFrom('persons').select('name').where('id_number', '=', id).executeTakeFirstOrThrow()
    expect(row.name).toBe('José GARCÍA')
  })

  it('a proxy look-up refuses them too, before anything is looked up', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/agents/people',
      headers: auth(me),
      payload: { name: '吴\u202E父', idNumber: makeId('640106', '1955-02-02', '015') },
    })
    expect(r.statusCode).toBe(422)
    expect(r.json().error).toBe('NAME_INVALID')
  })
})

describe('every enum validated', () => {
  it('frequency is monthly | quarterly | yearly even where the region has no frequencies (Ningxia)', async () => {
    const body = { start: '2026-01', end: '2026-02', base: '60' }
    const bad = await app.inject({
      method: 'POST',
      url: '/api/assessments/quote',
      headers: auth(me),
      payload: { ...body, frequency: '<script>' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toBe('VALIDATION_FAILED')
    expect(bad.json().detail.fields[0]).toMatchObject({ field: 'frequency' })
    const good = await app.inject({
      method: 'POST',
      url: '/api/assessments/quote',
      headers: auth(me),
      payload: { ...body, frequency: 'monthly' },
    })
    expect(good.statusCode).toBe(200)
  })
})
