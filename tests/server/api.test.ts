/**
 * The mock agency + tax backend through fastify.inject: success and refusal paths of every
 * endpoint, authorisation matrix, idempotency, concurrency, restart, bad input, log privacy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, NX, PERSON_DATA, TJ, WH, auth, login, makeApp, makeId, person, TODAY, type TestApp } from './helpers'
import { seedDemo } from '../../mock-server/src/demo/seed'

const ID_SELF = makeId('640104', '1985-03-15', '002') // F, Ningxia
const ID_AGENT = makeId('640106', '1995-05-05', '019')
const ID_PARENT = makeId('640106', '1968-03-01', '031') // M
const ID_STRANGER = makeId('640105', '1980-02-02', '017')
const ID_UNREG = makeId('640104', '1990-01-01', '001')

let app: TestApp
let self: string, agent: string, stranger: string, unreg: string, parent: string
let parentRef: string
const logs: string[] = []

beforeAll(async () => {
  ;({ app } = await makeApp({ logLines: logs }))
  self = await person(app, 'self', '王某某', ID_SELF, NX)
  parent = await person(app, 'parent', '吴父', ID_PARENT, NX)
  agent = await person(app, 'agent', '吴六', ID_AGENT, NX)
  stranger = await person(app, 'stranger', '周五', ID_STRANGER, NX)
  unreg = await person(app, 'unreg', '赵一', ID_UNREG)
})
afterAll(async () => {
  await app?.close()
})

const post = (url: string, token: string | null, payload?: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, headers: token ? auth(token, headers) : headers, payload: payload as any })
const get = (url: string, token: string | null) => app.inject({ method: 'GET', url, headers: token ? auth(token) : {} })

describe('system and OpenAPI', () => {
  it('health and docs', async () => {
    expect((await get('/api/health', null)).json()).toMatchObject({ status: 'ok', today: TODAY })
    expect((await get('/api/docs', null)).statusCode).toBeLessThan(400)
  })
  it('OpenAPI lists every route', async () => {
    const spec = (await get('/api/openapi.json', null)).json()
    const paths = Object.keys(spec.paths)
    for (const p of [
      '/api/auth/wechat',
      '/api/auth/alipay',
      '/api/auth/sms/send',
      '/api/auth/sms/verify',
      '/api/auth/logout',
      '/api/me',
      '/api/me/identity',
      '/api/me/activity',
      '/api/regions',
      '/api/registration',
      '/api/assessments/quote',
      '/api/assessments',
      '/api/assessments/{id}',
      '/api/assessments/{id}/transmit',
      '/api/assessments/{id}/revoke',
      '/api/agents/people',
      '/api/agents/people/{ref}',
      '/api/suspension',
      '/api/suspension/resume',
      '/api/tax/assessments',
      '/api/tax/assessments/{id}/paid',
      '/api/tax/assessments/{id}/tax-revoke',
    ])
      expect(paths).toContain(p)
    expect(spec.paths['/api/assessments'].post.responses['201']).toBeTruthy()
  })
  it('unknown route → 404 NOT_FOUND', async () => {
    const r = await get('/api/nope', null)
    expect(r.statusCode).toBe(404)
    expect(r.json().error).toBe('NOT_FOUND')
  })
})

describe('auth', () => {
  it('wechat code → stable account', async () => {
    const a = await post('/api/auth/wechat', null, { code: 'same-code' })
    const b = await post('/api/auth/wechat', null, { code: 'same-code' })
    expect(a.statusCode).toBe(200)
    expect(a.json().account.id).toBe(b.json().account.id)
    expect(a.json().token).not.toBe(b.json().token)
  })
  it('alipay authCode', async () => {
    const r = await post('/api/auth/alipay', null, { authCode: 'ali-1' })
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
})

describe('identity', () => {
  it('GET /api/me masks the ID', async () => {
    const me = (await get('/api/me', self)).json()
    expect(me.identity.idNumberMasked).toBe('640104********' + ID_SELF.slice(14))
    expect(JSON.stringify(me)).not.toContain(ID_SELF)
    expect(me.registered).toBe(true)
  })
  it('invalid ID → engine code; mismatched name → NAME_ID_MISMATCH; one account per channel', async () => {
    const t = await login(app, 'idtest')
    const bad = await post('/api/me/identity', t, {
      name: '某',
      idNumber: ID_SELF.slice(0, 17) + (ID_SELF[17] === '1' ? '2' : '1'),
    })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().error).toBe('ID_INVALID_CHECKSUM')
    expect(bad.json().message).toMatch(/校验位/)
    expect((await post('/api/me/identity', t, { name: '某', idNumber: '123456789012345' })).json().error).toBe(
      'ID_LEGACY_15_DIGIT',
    )
    expect((await post('/api/me/identity', t, { name: '别人', idNumber: ID_SELF })).json().error).toBe(
      'NAME_ID_MISMATCH',
    )
    const dup = await post('/api/me/identity', t, { name: '王某某', idNumber: ID_SELF })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().error).toBe('ID_BOUND_ELSEWHERE')
    // another channel may bind the same person
    const ali = (await post('/api/auth/alipay', null, { authCode: 'self-ali' })).json().token
    expect((await post('/api/me/identity', ali, { name: '王某某', idNumber: ID_SELF })).statusCode).toBe(200)
    expect((await post('/api/me/identity', ali, { name: '赵一', idNumber: ID_UNREG })).json().error).toBe(
      'ACCOUNT_ALREADY_BOUND',
    )
  })
  it('without identity: IDENTITY_REQUIRED', async () => {
    const t = await login(app, 'anon')
    const r = await get('/api/registration', t)
    expect(r.statusCode).toBe(403)
    expect(r.json().error).toBe('IDENTITY_REQUIRED')
  })
})

describe('regions', () => {
  it('lists the 2026 regions with parameters', async () => {
    const r = (await get('/api/regions', null)).json()
    const nx = r.regions.find((x: any) => x.code === '640000')
    expect(nx).toMatchObject({
      inputMode: 'ningxia',
      yearKind: 'calendar',
      provisional: true,
      allowedMonths: { earliest: '2026-01', latest: '2026-12' },
    })
    expect(nx.provisionalNotice).toMatch(/暂按/)
    const wh = r.regions.find((x: any) => x.code === '420100')
    expect(wh.inputMode).toBe('tier')
    expect(wh.tiers[0]).toMatchObject({ percent: 60, baseMonthly: '4493.00', contributionMonthly: '898.60' })
    const tj = r.regions.find((x: any) => x.code === '120000')
    expect(tj.frequencyOptions).toEqual(['monthly', 'quarterly', 'yearly'])
    expect(tj.declarationWindow).toEqual({ fromDayPrev: 21, toDay: 19 })
  })
})

describe('registration', () => {
  it('status of an unregistered person', async () => {
    expect((await get('/api/registration', unreg)).json()).toMatchObject({ registered: false, status: null })
  })
  it('all eligibility problems in one answer', async () => {
    const r = await post('/api/registration', unreg, {
      region: '640000',
      category: 'EMPLOYER_WITH_STAFF',
      employeeInsuranceStatus: 'ACTIVE',
      ...PERSON_DATA,
    })
    expect(r.statusCode).toBe(422)
    const codes = r.json().errors.map((e: any) => e.code)
    expect(codes).toEqual(['REGION_REQUIRED', 'CATEGORY_NOT_ELIGIBLE', 'EMPLOYEE_INSURANCE_ACTIVE'])
    expect(r.json().error).toBe('REGION_REQUIRED')
    expect(
      (await post('/api/registration', unreg, { region: '999999', category: 'OTHER_FLEXIBLE' })).json().error,
    ).toBe('REGION_REQUIRED')
  })
  it('Ningxia re-registration changes region; Tianjin refuses duplicates', async () => {
    const r = await post('/api/registration', self, {
      region: '640000',
      district: '640105',
      category: 'OTHER_FLEXIBLE',
    })
    expect(r.statusCode).toBe(200)
    expect(r.json()).toMatchObject({
      action: 'REGION_CHANGED',
      registration: { district: '640105', retirementMonth: expect.any(String) },
    })
    const t = await person(app, 'tj', '李四津', makeId('120101', '1992-09-09', '015'), TJ)
    const again = await post('/api/registration', t, { ...TJ, category: 'OTHER_FLEXIBLE' })
    expect(again.json().error).toBe('ALREADY_REGISTERED')
  })
  it('above retirement age is refused', async () => {
    const t = await person(app, 'old', '老人', makeId('640104', '1960-01-01', '011'))
    const r = await post('/api/registration', t, { ...NX, category: 'OTHER_FLEXIBLE' })
    expect(r.json().error).toBe('AGE_AT_OR_ABOVE_RETIREMENT')
  })
})

describe('assessments', () => {
  it('quote writes nothing; refusals carry engine codes', async () => {
    const q = await post('/api/assessments/quote', self, { start: '2026-01', end: '2026-12', base: '60' })
    expect(q.statusCode).toBe(200)
    expect(q.json()).toMatchObject({ months: 12, base_monthly: '4853.00', total: '11647.20', provisional: true })
    expect((await get('/api/assessments', self)).json().items).toHaveLength(0)
    const bad = await post('/api/assessments/quote', self, { start: '2025-12', end: '2026-01', base: '50' })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().errors.map((e: any) => e.code)).toEqual(['PERIOD_CROSSES_YEAR', 'BASE_PERCENT_BELOW_MIN'])
    expect(
      (await post('/api/assessments/quote', self, { start: '2027-01', end: '2027-02', base: '60' })).json().error,
    ).toBe('PREPAY_NOT_ALLOWED')
    expect(
      (await post('/api/assessments/quote', unreg, { start: '2026-01', end: '2026-02', base: '60' })).json().error,
    ).toBe('NOT_REGISTERED')
  })
  it('create → list → detail → transmit → tax paid; revocation states', async () => {
    const c = await post('/api/assessments', self, { start: '2026-01', end: '2026-03', base: '60' })
    expect(c.statusCode).toBe(201)
    const a = c.json()
    expect(a.id).toMatch(/^HD640000\d{8}\d{6}$/)
    expect(a).toMatchObject({
      status: 'CREATED',
      months: 3,
      total: '2911.80',
      owner: { self: true },
      operator: { self: true, byAgent: false },
    })
    expect((await get('/api/assessments?status=CREATED', self)).json().items.map((x: any) => x.id)).toContain(a.id)
    expect((await get(`/api/assessments/${a.id}`, self)).json().id).toBe(a.id)
    expect((await get('/api/assessments/HD000', self)).statusCode).toBe(404)
    const overlap = await post('/api/assessments', self, { start: '2026-03', end: '2026-04', base: '60' })
    expect(overlap.statusCode).toBe(409)
    expect(overlap.json()).toMatchObject({ error: 'PERIOD_OVERLAP', detail: { conflicting: a.id } })

    const tr = await post(`/api/assessments/${a.id}/transmit`, self, {})
    expect(tr.json().status).toBe('TRANSMITTED')
    expect((await post(`/api/assessments/${a.id}/transmit`, self, {})).json().error).toBe('TRANSITION_NOT_ALLOWED')
    expect((await post(`/api/assessments/${a.id}/revoke`, self, {})).json().error).toBe(
      'REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE',
    )

    const adm = { authorization: `Bearer ${ADMIN}` }
    expect(
      (await app.inject({ method: 'GET', url: '/api/tax/assessments?status=TRANSMITTED', headers: adm }))
        .json()
        .items.map((x: any) => x.id),
    ).toContain(a.id)
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/tax/assessments/${a.id}/paid`,
          headers: { authorization: 'Bearer wrong-token-000000000' },
        })
      ).statusCode,
    ).toBe(403)
    expect(
      (await app.inject({ method: 'POST', url: `/api/tax/assessments/${a.id}/paid`, headers: auth(self) })).statusCode,
    ).toBe(403)
    const paid = await app.inject({ method: 'POST', url: `/api/tax/assessments/${a.id}/paid`, headers: adm })
    expect(paid.json().status).toBe('PAID')
    expect((await post(`/api/assessments/${a.id}/revoke`, self, {})).json().error).toBe('REVOKE_ALREADY_PAID')
    expect(
      (await app.inject({ method: 'POST', url: `/api/tax/assessments/${a.id}/tax-revoke`, headers: adm })).json().error,
    ).toBe('TRANSITION_NOT_ALLOWED')
    expect((await app.inject({ method: 'POST', url: `/api/tax/assessments/HDX/paid`, headers: adm })).statusCode).toBe(
      404,
    )

    // TRANSMITTED + tax-revoked → revocable; then already revoked; months free again
    const b = (await post('/api/assessments', self, { start: '2026-04', end: '2026-05', base: '100' })).json()
    await post(`/api/assessments/${b.id}/transmit`, self, {})
    const tx = await app.inject({ method: 'POST', url: `/api/tax/assessments/${b.id}/tax-revoke`, headers: adm })
    expect(tx.json()).toMatchObject({ status: 'TRANSMITTED', taxRevoked: true })
    expect((await post(`/api/assessments/${b.id}/revoke`, self, {})).json().status).toBe('REVOKED')
    expect((await post(`/api/assessments/${b.id}/revoke`, self, {})).json().error).toBe('REVOKE_ALREADY_REVOKED')
    expect((await post('/api/assessments', self, { start: '2026-04', end: '2026-05', base: '100' })).statusCode).toBe(
      201,
    )
    // CREATED → revoke directly
    const c2 = (await post('/api/assessments', self, { start: '2026-06', end: '2026-06', base: '100' })).json()
    expect((await post(`/api/assessments/${c2.id}/revoke`, self, {})).json().status).toBe('REVOKED')
    // status shows covered months
    const st = (await get('/api/registration', self)).json()
    expect(st.monthsCoveredThisYear).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'])
    expect(st.nextDueMonth).toBe('2026-11')
  })
  it('Wuhan tier and Tianjin amount/frequency come from the engine', async () => {
    const w = await person(app, 'wh', '孙三汉', makeId('420102', '1988-06-20', '013'), WH)
    expect(
      (await post('/api/assessments/quote', w, { start: '2026-07', end: '2027-06', base: '100' })).json().months,
    ).toBe(12)
    expect(
      (await post('/api/assessments/quote', w, { start: '2026-07', end: '2026-08', base: '65' })).json().error,
    ).toBe('TIER_INVALID')
    const t = (await post('/api/auth/wechat', null, { code: 'tj' })).json().token
    expect(
      (
        await post('/api/assessments/quote', t, {
          start: '2026-12',
          end: '2026-12',
          base: '1000',
          frequency: 'monthly',
        })
      ).json().error,
    ).toBe('BASE_OUT_OF_BAND')
    expect(
      (
        await post('/api/assessments/quote', t, {
          start: '2026-11',
          end: '2026-12',
          base: '6000',
          frequency: 'quarterly',
        })
      ).json().error,
    ).toBe('FREQUENCY_PERIOD_MISMATCH')
  })
})

describe('proxy and the authorisation matrix', () => {
  it('agent adds a person: ID check → not registered → name mismatch; rate-limited look-ups', async () => {
    expect((await post('/api/agents/people', agent, { name: 'x', idNumber: '1234' })).json().error).toBe(
      'ID_INVALID_FORMAT',
    )
    expect((await post('/api/agents/people', agent, { name: '赵一', idNumber: ID_UNREG })).json().error).toBe(
      'TARGET_NOT_REGISTERED',
    )
    expect((await post('/api/agents/people', agent, { name: '吴母', idNumber: ID_PARENT })).json().error).toBe(
      'NAME_ID_MISMATCH',
    )
    const never = makeId('110105', '1970-01-01', '051')
    expect((await post('/api/agents/people', agent, { name: '某', idNumber: never })).json().error).toBe(
      'TARGET_NOT_REGISTERED',
    )
    expect((await post('/api/agents/people', agent, { name: '吴六', idNumber: ID_AGENT })).json().error).toBe(
      'AGENT_SELF',
    )
    const r = await post('/api/agents/people', agent, { name: '吴父', idNumber: ID_PARENT })
    expect(r.statusCode).toBe(201)
    expect(r.json().idNumberMasked).toBe(`640106********${ID_PARENT.slice(14)}`)
    expect(JSON.stringify(r.json())).not.toContain(ID_PARENT)
    parentRef = r.json().ref
    expect((await post('/api/agents/people', agent, { name: '吴父', idNumber: ID_PARENT })).statusCode).toBe(200)
    const list = (await get('/api/agents/people', agent)).json()
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({
      ref: parentRef,
      nameMasked: '吴*',
      registration: { region: '640000', status: 'ACTIVE' },
    })
  })
  it('agent acts for the bound person; record keeps operator and owner; person sees who acted', async () => {
    const c = await post('/api/assessments', agent, {
      start: '2026-01',
      end: '2026-02',
      base: '60',
      personRef: parentRef,
    })
    expect(c.statusCode).toBe(201)
    const a = c.json()
    expect(a).toMatchObject({ owner: { self: false, personRef: parentRef }, operator: { self: true, byAgent: true } })
    // owner sees it, with the agent as operator
    const mine = (await get(`/api/assessments/${a.id}`, parent)).json()
    expect(mine).toMatchObject({
      owner: { self: true },
      operator: { self: false, byAgent: true, label: '微信用户 吴*' },
    })
    const act = (await get('/api/me/activity', parent)).json()
    expect(
      act.items.some((x: any) => x.action === 'ASSESSMENT_CREATED_BY_AGENT' && x.byAgent && x.actor === '微信用户 吴*'),
    ).toBe(true)
    expect(JSON.stringify(act)).not.toContain(ID_PARENT)
    // the matrix: self, bound agent, stranger
    for (const [who, token, status] of [
      ['self', parent, 200],
      ['agent', agent, 200],
      ['stranger', stranger, 404],
    ] as const) {
      expect((await get(`/api/assessments/${a.id}`, token)).statusCode, who).toBe(status)
    }
    expect((await post(`/api/assessments/${a.id}/transmit`, stranger, {})).statusCode).toBe(404)
    expect((await post(`/api/assessments/${a.id}/revoke`, stranger, {})).statusCode).toBe(404)
    expect((await get(`/api/assessments?personRef=${parentRef}`, stranger)).statusCode).toBe(404)
    expect(
      (
        await post('/api/assessments/quote', stranger, {
          start: '2026-03',
          end: '2026-03',
          base: '60',
          personRef: parentRef,
        })
      ).statusCode,
    ).toBe(404)
    expect((await get(`/api/assessments?personRef=${parentRef}`, agent)).json().items.map((x: any) => x.id)).toEqual([
      a.id,
    ])
    expect((await get(`/api/registration?personRef=${parentRef}`, agent)).json().registered).toBe(true)
    // agent revokes for the parent
    const rv = await post(`/api/assessments/${a.id}/revoke`, agent, {})
    expect(rv.json().status).toBe('REVOKED')
    // unbind: the agent loses access
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/agents/people/${parentRef}`, headers: auth(stranger) }))
        .statusCode,
    ).toBe(404)
    const del = await app.inject({ method: 'DELETE', url: `/api/agents/people/${parentRef}`, headers: auth(agent) })
    expect(del.json()).toEqual({ ok: true })
    expect((await get(`/api/assessments/${a.id}`, agent)).statusCode).toBe(404)
    expect((await get(`/api/assessments?personRef=${parentRef}`, agent)).statusCode).toBe(404)
  })
  it('proxy look-ups are rate limited', async () => {
    const { app: a2 } = await makeApp({ env: { RATE_LOOKUP_MAX: '3' } })
    const t = await person(a2, 'rl', '吴六', ID_AGENT)
    const codes: number[] = []
    for (let i = 0; i < 5; i++) {
      const r = await a2.inject({
        method: 'POST',
        url: '/api/agents/people',
        headers: auth(t),
        payload: { name: '某', idNumber: makeId('110105', '1970-01-01', String(100 + i)) },
      })
      codes.push(r.statusCode)
      if (r.statusCode === 429)
        expect(r.json()).toMatchObject({ error: 'RATE_LIMITED', message: expect.stringMatching(/频繁/) })
    }
    expect(codes.slice(3)).toEqual([429, 429])
    await a2.close()
  })
  it('login is rate limited', async () => {
    const { app: a2 } = await makeApp({ env: { RATE_LOGIN_MAX: '2' } })
    const codes = []
    for (let i = 0; i < 3; i++)
      codes.push((await a2.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: `c${i}` } })).statusCode)
    expect(codes).toEqual([200, 200, 429])
    await a2.close()
  })
})

describe('suspension and resumption', () => {
  it('suspend refusals, suspend, assessments blocked, resume', async () => {
    const t = stranger
    const open = (await post('/api/assessments', t, { start: '2026-10', end: '2026-12', base: '60' })).json()
    const bad = await post('/api/suspension', t, { reason: 'BORED', stopDate: '2026-11-01' })
    expect(bad.json().errors.map((e: any) => e.code)).toEqual(['SUSPEND_REASON_INVALID', 'SUSPEND_OPEN_ASSESSMENTS'])
    await post(`/api/assessments/${open.id}/revoke`, t, {})
    const s = await post(
      '/api/suspension',
      t,
      { reason: 'VOLUNTARY', stopDate: '2026-11-01' },
      { 'idempotency-key': 'susp-1' },
    )
    expect(s.statusCode).toBe(200)
    expect(s.json()).toMatchObject({ status: 'SUSPENDED', suspendedFrom: '2026-11', suspendReason: 'VOLUNTARY' })
    const s2 = await post(
      '/api/suspension',
      t,
      { reason: 'VOLUNTARY', stopDate: '2026-11-01' },
      { 'idempotency-key': 'susp-1' },
    )
    expect(s2.json()).toEqual(s.json())
    expect((await post('/api/suspension', t, { reason: 'VOLUNTARY', stopDate: '2026-11-01' })).json().error).toBe(
      'TRANSITION_NOT_ALLOWED',
    )
    expect(
      (await post('/api/assessments/quote', t, { start: '2026-11', end: '2026-12', base: '60' })).json().error,
    ).toBe('INSURANCE_SUSPENDED')
    const r = await post('/api/suspension/resume', t, {})
    expect(r.json()).toMatchObject({ status: 'ACTIVE', resumedFrom: '2026-11' })
    expect((await post('/api/suspension/resume', t, {})).json().error).toBe('TRANSITION_NOT_ALLOWED')
    expect((await post('/api/suspension', unreg, { reason: 'VOLUNTARY', stopDate: '2026-11-01' })).json().error).toBe(
      'NOT_REGISTERED',
    )
  })
  it('no resumption after emigration', async () => {
    const t = await person(app, 'emig', '出境', makeId('640104', '1982-04-04', '041'), NX)
    await post('/api/suspension', t, { reason: 'EMIGRATION', stopDate: '2026-11-01' })
    const r = await post('/api/suspension/resume', t, {})
    expect(r.json()).toMatchObject({ error: 'RESUME_NOT_ALLOWED', detail: { reason: 'EMIGRATION' } })
  })
})

describe('idempotency and concurrency', () => {
  it('same key twice → one record, same body; different body → IDEMPOTENCY_KEY_REUSED', async () => {
    const t = await person(app, 'idem', '幂等', makeId('640104', '1983-05-05', '051'), NX)
    const h = { 'idempotency-key': 'create-1' }
    const a = await post('/api/assessments', t, { start: '2026-01', end: '2026-02', base: '60' }, h)
    const b = await post('/api/assessments', t, { start: '2026-01', end: '2026-02', base: '60' }, h)
    expect(a.statusCode).toBe(201)
    expect(b.statusCode).toBe(201)
    expect(b.body).toBe(a.body)
    expect(b.headers['idempotent-replayed']).toBe('true')
    expect((await get('/api/assessments', t)).json().items).toHaveLength(1)
    const c = await post('/api/assessments', t, { start: '2026-03', end: '2026-04', base: '60' }, h)
    expect(c.statusCode).toBe(422)
    expect(c.json().error).toBe('IDEMPOTENCY_KEY_REUSED')
    const id = a.json().id
    const t1 = await post(`/api/assessments/${id}/transmit`, t, {}, { 'idempotency-key': 'tx-1' })
    const t2 = await post(`/api/assessments/${id}/transmit`, t, {}, { 'idempotency-key': 'tx-1' })
    expect(t2.statusCode).toBe(200)
    expect(t2.body).toBe(t1.body)
    expect((await post(`/api/assessments/${id}/transmit`, t, {}, { 'idempotency-key': 'bad key!' })).statusCode).toBe(
      400,
    )
  })
  it('20 concurrent overlapping creates → exactly one succeeds', async () => {
    const t = await person(app, 'conc', '并发', makeId('640104', '1984-06-06', '061'), NX)
    const rs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post('/api/assessments', t, {
          start: '2026-01',
          end: `2026-${String(2 + (i % 10)).padStart(2, '0')}`,
          base: '60',
        }),
      ),
    )
    const codes = rs.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 201)).toHaveLength(1)
    expect(
      rs.filter((r) => r.statusCode !== 201).every((r) => r.statusCode === 409 && r.json().error === 'PERIOD_OVERLAP'),
    ).toBe(true)
    expect((await get('/api/assessments', t)).json().items).toHaveLength(1)
  })
})

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
    const long = await post('/api/me/identity', self, { name: '王'.repeat(31), idNumber: ID_SELF })
    expect(long.statusCode).toBe(400)
    expect(long.json().message).toMatch(/过长/)
  })
  it('fuzz: random bodies on every POST route answer 4xx or 2xx, never 5xx', async () => {
    const urls = [
      '/api/auth/wechat',
      '/api/auth/alipay',
      '/api/auth/sms/send',
      '/api/auth/sms/verify',
      '/api/me/identity',
      '/api/registration',
      '/api/assessments/quote',
      '/api/assessments',
      '/api/agents/people',
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

describe('privacy of logs', () => {
  it('no unmasked ID number appears in any log line', async () => {
    // put IDs where they would be logged: URL, and a refused request
    await app.inject({ method: 'GET', url: `/api/assessments/${ID_SELF}`, headers: auth(self) })
    await post('/api/agents/people', agent, { name: '错', idNumber: ID_SELF })
    const all = logs.join('')
    expect(all.length).toBeGreaterThan(1000)
    for (const id of [ID_SELF, ID_AGENT, ID_PARENT, ID_STRANGER, ID_UNREG]) expect(all).not.toContain(id)
    expect(all).toMatch(/\d{6}\*{8}\d{3}[\dX]/)
    expect(all).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/)
  })
})

describe('restart keeps data', () => {
  it('build on a dir, write, close, rebuild, read', async () => {
    const first = await makeApp()
    const t = await person(first.app, 'persist', '持久', makeId('640104', '1986-07-07', '071'), NX)
    const a = (
      await first.app.inject({
        method: 'POST',
        url: '/api/assessments',
        headers: auth(t),
        payload: { start: '2026-01', end: '2026-01', base: '60' },
      })
    ).json()
    await first.app.close()
    const second = await makeApp({ dir: first.dir })
    const r = await second.app.inject({ method: 'GET', url: `/api/assessments/${a.id}`, headers: auth(t) })
    expect(r.statusCode).toBe(200)
    expect(r.json().total).toBe(a.total)
    await second.app.close()
  })
})

describe('demo data', () => {
  it('seed creates every state once and is idempotent', async () => {
    const { app: a2, ctx } = await makeApp()
    expect(await seedDemo(ctx)).toBe(true)
    expect(await seedDemo(ctx)).toBe(false)
    const items = (
      await a2.inject({ method: 'GET', url: '/api/tax/assessments', headers: { authorization: `Bearer ${ADMIN}` } })
    ).json().items
    expect(new Set(items.map((x: any) => x.status))).toEqual(new Set(['CREATED', 'TRANSMITTED', 'PAID', 'REVOKED']))
    const agentTok = (await a2.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'demo-6' } })).json()
      .token
    expect(
      (await a2.inject({ method: 'GET', url: '/api/agents/people', headers: auth(agentTok) })).json().items,
    ).toHaveLength(2)
    const susp = (await a2.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'demo-5' } })).json()
      .token
    expect((await a2.inject({ method: 'GET', url: '/api/registration', headers: auth(susp) })).json().status).toBe(
      'SUSPENDED',
    )
    await a2.close()
  })
})
