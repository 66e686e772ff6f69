/**
 * Attacks on identity and consent (issue 11, items 1–2), each tried as a stranger would, each defeated:
 *   takeover    a new account binding someone's name + ID number does not become them
 *   login codes a WeChat/Alipay code the platform did not issue, or one already used, signs nobody in
 *   squatting   a wrong-name early claim does not lock the verified owner out; an unverified claim is ended
 *   consent     asking to act for someone gives no access; the SMS code cannot be guessed across resends
 *   counter     an agent cannot suspend someone for DEATH or EMIGRATION online
 *   look-ups    the refusals do not tell whether a stranger is insured
 *   notices     every act done for someone is in their 消息 list (agent masked) and in an SMS to them
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADMIN,
  NX,
  auth,
  bindAgent,
  bindMobileIdentity,
  bindPlatformIdentity,
  lastSms,
  login,
  makeApp,
  makeId,
  person,
  platformCode,
  type TestApp,
} from '../server/helpers'

const VICTIM = { name: '韩梅梅', idNumber: makeId('640104', '1976-05-05', '021'), mobile: '13911110001' }
const ATTACKER = { name: '黑客甲', idNumber: makeId('640105', '1990-01-01', '011'), mobile: '13922220002' }

let app: TestApp
let ctx: Awaited<ReturnType<typeof makeApp>>['ctx']
let victim: string
let attacker: string

const post = (url: string, token: string | null, payload: unknown = {}) =>
  app.inject({ method: 'POST', url, headers: token ? auth(token) : {}, payload: payload as object })
const get = (url: string, token: string) => app.inject({ method: 'GET', url, headers: auth(token) })

beforeAll(async () => {
  ;({ app, ctx } = await makeApp())
  victim = await person(app, 'victim', VICTIM.name, VICTIM.idNumber, NX, { mobile: VICTIM.mobile })
  attacker = await person(app, 'attacker', ATTACKER.name, ATTACKER.idNumber, NX, { mobile: ATTACKER.mobile })
  await app.inject({ method: 'POST', url: '/api/sim/identity/people', headers: auth(ADMIN), payload: VICTIM })
  await post('/api/assessments', victim, { start: '2026-01', end: '2026-03', base: '60' })
})
afterAll(async () => {
  await app?.close()
})

describe('takeover: knowing a name and an ID number is not enough', () => {
  it('the old typed binding is gone; 三要素 with the attacker’s own mobile is refused', async () => {
    const fresh = await login(app, 'takeover-wx')
    expect((await post('/api/me/identity', fresh, { name: VICTIM.name, idNumber: VICTIM.idNumber })).statusCode).toBe(
      404,
    )
    const r = await post('/api/me/identity/mobile', fresh, { ...VICTIM, mobile: ATTACKER.mobile })
    expect(r.statusCode).toBe(422)
    expect(r.json().error).toBe('IDENTITY_NOT_VERIFIED')
    // the platform path binds only the platform's own real name of this user (none here)
    expect((await bindPlatformIdentity(app, fresh)).json().error).toBe('PLATFORM_IDENTITY_MISSING')
    expect((await get('/api/me', fresh)).json().identity).toBeNull()
    expect((await get('/api/assessments', fresh)).statusCode).toBe(403)
  })

  it('with the victim’s own mobile the code goes to the victim; guessing stops after 5, a new check keeps the count', async () => {
    const fresh = await login(app, 'takeover-guess')
    const start = await post('/api/me/identity/mobile', fresh, VICTIM)
    expect(start.statusCode).toBe(200)
    expect(start.json()).not.toHaveProperty('devCode') // never in the answer, even in development
    expect(start.json().mobileMasked).toBe('139****0001')
    const sms = await lastSms(app, VICTIM.mobile)
    expect(sms.purpose).toBe('IDENTITY_CHECK')
    const wrong = sms.code === '000000' ? '111111' : '000000'
    const codes: string[] = []
    for (let i = 0; i < 5; i++)
      codes.push(
        (await post('/api/me/identity/mobile/confirm', fresh, { checkId: start.json().checkId, code: wrong })).json()
          .error,
      )
    expect(codes).toEqual([...Array(4).fill('SMS_CODE_INVALID'), 'SMS_TOO_MANY_ATTEMPTS'])
    expect(
      (await post('/api/me/identity/mobile/confirm', fresh, { checkId: start.json().checkId, code: sms.code })).json()
        .error,
    ).toBe('SMS_TOO_MANY_ATTEMPTS')
    // asking for a new code at once is refused; the account is still nobody
    expect((await post('/api/me/identity/mobile', fresh, VICTIM)).json().error).toBe('SMS_RESEND_TOO_SOON')
    expect((await get('/api/me', fresh)).json().identity).toBeNull()
  })
})

describe('parallel guessing: every guess is counted, however many are sent at once', () => {
  const wrongFor = (code: string | null) => (code === '000000' ? '111111' : '000000')
  const errorsOf = (answers: { json: () => { error?: string } }[]) => answers.map((a) => a.json().error ?? 'OK').sort()

  it('10 guesses of a 三要素 SMS code at once → 4 SMS_CODE_INVALID, the rest SMS_TOO_MANY_ATTEMPTS; the right code then fails', async () => {
    const who = { name: '韩并发', idNumber: makeId('640104', '1977-07-07', '031'), mobile: '13911110031' }
    await app.inject({ method: 'POST', url: '/api/sim/identity/people', headers: auth(ADMIN), payload: who })
    const fresh = await login(app, 'parallel-guess-idv')
    const start = await post('/api/me/identity/mobile', fresh, who)
    expect(start.statusCode).toBe(200)
    const sms = await lastSms(app, who.mobile)
    const checkId = start.json().checkId
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/api/me/identity/mobile/confirm', fresh, { checkId, code: wrongFor(sms.code) }),
      ),
    )
    expect(errorsOf(answers)).toEqual([...Array(4).fill('SMS_CODE_INVALID'), ...Array(6).fill('SMS_TOO_MANY_ATTEMPTS')])
    expect((await post('/api/me/identity/mobile/confirm', fresh, { checkId, code: sms.code })).json().error).toBe(
      'SMS_TOO_MANY_ATTEMPTS',
    )
    expect((await get('/api/me', fresh)).json().identity).toBeNull()
  })

  it('8 guesses of a consent code at once → 4 CONSENT_CODE_INVALID, the rest CONSENT_TOO_MANY_ATTEMPTS; no binding', async () => {
    const elder = { name: '韩并母', idNumber: makeId('640104', '1968-08-08', '041'), mobile: '13911110042' }
    await person(app, 'parallel-elder', elder.name, elder.idNumber, NX, { mobile: elder.mobile })
    const asker = await person(app, 'parallel-asker', '黑客丙', makeId('640105', '1991-02-02', '031'), NX)
    const asked = await post('/api/agents/people', asker, {
      name: elder.name,
      idNumber: elder.idNumber,
      relationship: 'PARENT',
    })
    expect(asked.statusCode).toBe(201)
    expect((await post(`/api/agents/requests/${asked.json().ref}/sms`, asker)).statusCode).toBe(200)
    const sms = await lastSms(app, elder.mobile)
    expect(sms.purpose).toBe('AGENT_CONSENT')
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(`/api/agents/requests/${asked.json().ref}/confirm`, asker, { code: wrongFor(sms.code) }),
      ),
    )
    expect(errorsOf(answers)).toEqual([
      ...Array(4).fill('CONSENT_CODE_INVALID'),
      ...Array(4).fill('CONSENT_TOO_MANY_ATTEMPTS'),
    ])
    expect(
      (await post(`/api/agents/requests/${asked.json().ref}/confirm`, asker, { code: sms.code })).json().error,
    ).toBe('CONSENT_TOO_MANY_ATTEMPTS')
    expect((await get('/api/agents/people', asker)).json().items).toEqual([])
  })
})

describe('guessing at one person’s 三要素 codes: the limits are the ID number’s and the mobile’s, not the account’s', () => {
  const who = { name: '韩三要', idNumber: makeId('640104', '1978-08-08', '061'), mobile: '13911110061' }

  beforeAll(async () => {
    await app.inject({ method: 'POST', url: '/api/sim/identity/people', headers: auth(ADMIN), payload: who })
  })

  const start = async (label: string) => {
    const token = await login(app, label)
    const r = await post('/api/me/identity/mobile', token, who)
    return { token, r }
  }
  const guess = async (token: string, checkId: string) => {
    const { code } = await lastSms(app, who.mobile)
    return (
      await post('/api/me/identity/mobile/confirm', token, { checkId, code: code === '000000' ? '111111' : '000000' })
    ).json().error as string
  }

  it('check after check from new accounts: 10 guesses a day for one ID number, then IDENTITY_GUESS_DAILY_LIMIT; 5 SMS a day to one mobile', async () => {
    const answers: string[] = []
    for (let i = 0; i < 3; i++) {
      const { token, r } = await start(`idv-limit-${i}`)
      expect(r.statusCode, r.body).toBe(200)
      for (let k = 0; k < 5; k++) answers.push(await guess(token, r.json().checkId))
    }
    const round = [...Array(4).fill('SMS_CODE_INVALID'), 'SMS_TOO_MANY_ATTEMPTS']
    expect(answers).toEqual([...round, ...round, ...Array(5).fill('IDENTITY_GUESS_DAILY_LIMIT')])
    const refused = await start('idv-limit-3')
    expect(refused.r.statusCode).toBe(200) // the 4th SMS of the day
    expect(await guess(refused.token, refused.r.json().checkId)).toBe('IDENTITY_GUESS_DAILY_LIMIT')
    expect((await start('idv-limit-4')).r.statusCode).toBe(200) // the 5th
    const sixth = (await start('idv-limit-5')).r
    expect(sixth.statusCode).toBe(429)
    expect(sixth.json().error).toBe('SMS_DAILY_LIMIT')
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(3600)
    // the counters are keyed on hashes: neither the ID number nor the mobile is stored in clear
    const keys = (await ctx.db.selectFrom('rate_limits').select('key').execute()).map((k) => k.key).join(' ')
    expect(keys).toContain('idv-guess:')
    expect(keys).not.toContain(who.idNumber)
    expect(keys).not.toContain(who.mobile)
  })
})

describe('the carrier check is no oracle: 10 三要素 checks a day for one ID number, matched or not, from any account', () => {
  it('10 checks with other mobiles (refused), then the 11th is refused by the limit even with the right mobile', async () => {
    const who = { name: '韩查号', idNumber: makeId('640104', '1979-09-09', '071'), mobile: '13911110071' }
    await app.inject({ method: 'POST', url: '/api/sim/identity/people', headers: auth(ADMIN), payload: who })
    const answers: string[] = []
    for (let i = 0; i < 10; i++) {
      const token = await login(app, `oracle-${i}`)
      answers.push(
        (await post('/api/me/identity/mobile', token, { ...who, mobile: `1391111${String(1000 + i)}` })).json().error,
      )
    }
    expect(answers).toEqual(Array(10).fill('IDENTITY_NOT_VERIFIED'))
    const last = await post('/api/me/identity/mobile', await login(app, 'oracle-10'), who)
    expect(last.statusCode).toBe(429)
    expect(last.json().error).toBe('IDENTITY_CHECK_DAILY_LIMIT')
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(3600)
  })
})

describe('guessing at one person’s consent codes: the limits are the person’s, not the request’s or the asker’s', () => {
  const elder = { name: '韩限母', idNumber: makeId('640104', '1969-09-09', '051'), mobile: '13911110051' }
  const other = { name: '韩另人', idNumber: makeId('640104', '1970-10-10', '051'), mobile: '13911110052' }
  let askers: string[]
  let waiting: string

  beforeAll(async () => {
    await person(app, 'limit-elder', elder.name, elder.idNumber, NX, { mobile: elder.mobile })
    await person(app, 'limit-other', other.name, other.idNumber, NX, { mobile: other.mobile })
    askers = [
      await person(app, 'limit-asker-1', '黑客丁', makeId('640105', '1992-03-03', '031'), NX),
      await person(app, 'limit-asker-2', '黑客戊', makeId('640105', '1993-04-04', '031'), NX),
    ]
  })

  const ask = async (asker: string, who = elder) => {
    const r = await post('/api/agents/people', asker, {
      name: who.name,
      idNumber: who.idNumber,
      relationship: 'PARENT',
    })
    expect(r.statusCode, r.body).toBe(201)
    return r.json().ref as string
  }
  const sendSms = (asker: string, ref: string) => post(`/api/agents/requests/${ref}/sms`, asker)
  const withdraw = (asker: string, ref: string) =>
    app.inject({ method: 'DELETE', url: `/api/agents/requests/${ref}`, headers: auth(asker) })
  const wrong = (code: string | null) => (code === '000000' ? '111111' : '000000')
  const guess = async (asker: string, ref: string, who = elder) =>
    (
      await post(`/api/agents/requests/${ref}/confirm`, asker, { code: wrong((await lastSms(app, who.mobile)).code) })
    ).json().error as string

  it('withdrawing and asking again, from two accounts: 10 guesses a day in all, then CONSENT_GUESS_DAILY_LIMIT', async () => {
    const answers: string[] = []
    for (const asker of [...askers, askers[0]]) {
      const ref = await ask(asker)
      expect((await sendSms(asker, ref)).statusCode).toBe(200)
      for (let i = 0; i < 5; i++) answers.push(await guess(asker, ref))
      expect((await withdraw(asker, ref)).statusCode).toBe(200)
    }
    expect(answers.slice(0, 10)).toEqual([
      ...[...Array(4).fill('CONSENT_CODE_INVALID'), 'CONSENT_TOO_MANY_ATTEMPTS'],
      ...[...Array(4).fill('CONSENT_CODE_INVALID'), 'CONSENT_TOO_MANY_ATTEMPTS'],
    ])
    expect(answers.slice(10)).toEqual(Array(5).fill('CONSENT_GUESS_DAILY_LIMIT'))
    // another person's budget is their own
    const theirs = await ask(askers[1], other)
    expect((await sendSms(askers[1], theirs)).statusCode).toBe(200)
    expect(await guess(askers[1], theirs, other)).toBe('CONSENT_CODE_INVALID')
  })

  it('5 consent SMS a day to one person, whoever asks; then CONSENT_SMS_DAILY_LIMIT with Retry-After', async () => {
    // 3 were sent in the test above
    for (let n = 3; n < 5; n++) {
      const ref = await ask(askers[n % 2])
      expect((await sendSms(askers[n % 2], ref)).statusCode).toBe(200)
      expect((await withdraw(askers[n % 2], ref)).statusCode).toBe(200)
    }
    waiting = await ask(askers[0])
    const sixth = await sendSms(askers[0], waiting)
    expect(sixth.statusCode).toBe(429)
    expect(sixth.json().error).toBe('CONSENT_SMS_DAILY_LIMIT')
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(3600)
    expect(sixth.json().message).toContain('本人登录本应用')
  })

  it('the next day both budgets start again', async () => {
    await ctx.db
      .updateTable('rate_limits')
      .set((eb) => ({ window_start: eb('window_start', '-', 86_400_000) }))
      .where('key', 'like', 'consent-%')
      .execute()
    expect((await sendSms(askers[0], waiting)).statusCode).toBe(200)
    expect(await guess(askers[0], waiting)).toBe('CONSENT_CODE_INVALID')
  })
})

describe('platform logins identify a platform user, not whoever sends a code', () => {
  it('a made-up code, a reused code and (outside development) a demo code sign nobody in', async () => {
    expect((await post('/api/auth/wechat', null, { code: 'victim' })).json().error).toBe('LOGIN_CODE_INVALID')
    const code = await platformCode(app, 'victim')
    expect((await post('/api/auth/wechat', null, { code })).statusCode).toBe(200)
    expect((await post('/api/auth/wechat', null, { code })).json().error).toBe('LOGIN_CODE_INVALID')
    // an Alipay code is not a WeChat code
    const ali = await platformCode(app, 'victim-ali', { channel: 'alipay' })
    expect((await post('/api/auth/wechat', null, { code: ali })).json().error).toBe('LOGIN_CODE_INVALID')
    const { app: prod } = await makeApp({ env: { DEV_SHOW_CODE: '0' } })
    const r = await prod.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'demo-2' } })
    expect(r.json().error).toBe('LOGIN_CODE_INVALID')
    // and the SMS outbox is not served
    expect((await prod.inject({ method: 'GET', url: '/api/sim/sms', headers: auth(ADMIN) })).statusCode).toBe(404)
    await prod.close()
  })
})

describe('squatting: an early claim does not lock out the verified owner', () => {
  const OWNER = { name: '李雷', idNumber: makeId('640106', '1975-07-07', '031'), mobile: '13933330003' }

  it('a wrong-name claim through the verifier stores nothing', async () => {
    const squatter = await login(app, 'squatter')
    const r = await post('/api/me/identity/mobile', squatter, { ...OWNER, name: '李雪' })
    expect(r.json().error).toBe('IDENTITY_NOT_VERIFIED')
    const rows = await ctx.db.selectFrom('persons').selectAll().where('id_number', '=', OWNER.idNumber).execute()
    expect(rows).toEqual([])
  })

  it('an unverified legacy claim (wrong name, same channel) is ended when the owner verifies', async () => {
    // the state an old database may hold: an account bound by typed name + ID, before verification existed
    const squatter = await login(app, 'legacy-squatter')
    const acc = (await get('/api/me', squatter)).json().id
    await ctx.db
      .insertInto('persons')
      .values({
        id: 'per_legacy',
        id_number: OWNER.idNumber,
        name: '李雪',
        sex: 'M',
        birth_date: '1975-07-07',
        created_at: new Date().toISOString(),
      })
      .execute()
    await ctx.db.updateTable('accounts').set({ person_id: 'per_legacy' }).where('id', '=', acc).execute()
    // the unverified claim gives nothing
    expect((await get('/api/me', squatter)).json().identity).toBeNull()
    expect((await get('/api/registration', squatter)).statusCode).toBe(403)

    const owner = await login(app, 'owner-h5')
    const ok = await bindMobileIdentity(app, owner, OWNER.name, OWNER.idNumber, OWNER.mobile)
    expect(ok.statusCode).toBe(200)
    expect(ok.json().identity).toMatchObject({ name: OWNER.name })
    const claim = await ctx.db.selectFrom('accounts').selectAll().where('id', '=', acc).executeTakeFirstOrThrow()
    expect(claim.person_id).toBeNull()
    const p = await ctx.db
      .selectFrom('persons')
      .selectAll()
      .where('id_number', '=', OWNER.idNumber)
      .executeTakeFirstOrThrow()
    expect(p.name).toBe(OWNER.name)
  })
})

describe('consent: acting for someone needs their yes', () => {
  let requestRef: string

  it('a request alone gives no access; the look-up refusals are one and the same', async () => {
    const ask = (name: string, idNumber: string) =>
      post('/api/agents/people', attacker, { name, idNumber, relationship: 'PARENT' })
    const unregistered = await login(app, 'unreg-sq', {
      realName: { name: '未参保', idNumber: makeId('640104', '1980-08-08', '044') },
    })
    await bindPlatformIdentity(app, unregistered)
    const answers = [
      await ask('未参保', makeId('640104', '1980-08-08', '044')), // has an account, not insured
      await ask('韩梅', VICTIM.idNumber), // insured, wrong name
      await ask('无此人', makeId('110105', '1950-01-01', '051')), // unknown
    ]
    for (const a of answers) expect(a.statusCode).toBe(422)
    expect(new Set(answers.map((a) => a.body)).size).toBe(1)
    expect(answers[0].json().error).toBe('PROXY_TARGET_UNAVAILABLE')
    for (const code of ['TARGET_NOT_REGISTERED', 'NAME_ID_MISMATCH', 'ID_BOUND_ELSEWHERE'])
      expect(answers.map((a) => a.body).join()).not.toContain(code)

    const r = await ask(VICTIM.name, VICTIM.idNumber)
    expect(r.statusCode).toBe(201)
    requestRef = r.json().ref
    expect((await get('/api/agents/people', attacker)).json().items).toEqual([])
    expect(
      (
        await post('/api/assessments/quote', attacker, {
          start: '2026-04',
          end: '2026-04',
          base: '60',
          personRef: requestRef,
        })
      ).statusCode,
    ).toBe(404)
    // the victim is told in their 消息 list
    const msgs = (await get('/api/me/messages', victim)).json().items
    expect(msgs[0]).toMatchObject({ kind: 'AGENT_REQUEST', actor: '微信用户 黑*甲' })
  })

  it('the SMS code goes to the mobile on file for the person; 5 wrong guesses end it, a resend keeps the count', async () => {
    const sent = await post(`/api/agents/requests/${requestRef}/sms`, attacker)
    expect(sent.statusCode).toBe(200)
    expect(sent.json()).toMatchObject({ mobileMasked: '139****0001', attemptsLeft: 5 })
    expect(JSON.stringify(sent.json())).not.toMatch(/\b\d{6}\b/)
    const sms = await lastSms(app, VICTIM.mobile)
    expect(sms.purpose).toBe('AGENT_CONSENT')
    expect(sms.text).toContain('黑*甲')
    const wrong = sms.code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 3; i++)
      expect((await post(`/api/agents/requests/${requestRef}/confirm`, attacker, { code: wrong })).json().error).toBe(
        'CONSENT_CODE_INVALID',
      )
    // a resend within a minute is refused; later it replaces the code but keeps the attempts
    expect((await post(`/api/agents/requests/${requestRef}/sms`, attacker)).json().error).toBe('SMS_RESEND_TOO_SOON')
    await ctx.db
      .updateTable('agent_requests')
      .set({ code_sent_at: '2000-01-01T00:00:00.000Z' })
      .where('ref', '=', requestRef)
      .execute()
    expect((await post(`/api/agents/requests/${requestRef}/sms`, attacker)).json().attemptsLeft).toBe(2)
    const wrong2 = (await lastSms(app, VICTIM.mobile)).code === '000000' ? '111111' : '000000'
    await post(`/api/agents/requests/${requestRef}/confirm`, attacker, { code: wrong2 })
    const last = await post(`/api/agents/requests/${requestRef}/confirm`, attacker, { code: wrong2 })
    expect(last.json().error).toBe('CONSENT_TOO_MANY_ATTEMPTS')
    const right = (await lastSms(app, VICTIM.mobile)).code
    expect((await post(`/api/agents/requests/${requestRef}/confirm`, attacker, { code: right })).json().error).toBe(
      'CONSENT_TOO_MANY_ATTEMPTS',
    )
    expect((await get('/api/agents/people', attacker)).json().items).toEqual([])
  })

  it('the person declines in their own account; the request is closed', async () => {
    const again = await post('/api/agents/people', attacker, {
      ...VICTIM,
      mobile: undefined,
      relationship: 'OTHER_RELATIVE',
    })
    expect(again.statusCode).toBe(200) // the pending request (not yet expired) is returned
    const incoming = (await get('/api/me/agent-requests', victim)).json().items
    expect(incoming.map((i: { ref: string }) => i.ref)).toContain(requestRef)
    expect((await post(`/api/me/agent-requests/${requestRef}/decline`, victim)).statusCode).toBe(200)
    expect((await post(`/api/me/agent-requests/${requestRef}/approve`, victim)).json().error).toBe(
      'PROXY_REQUEST_CLOSED',
    )
    expect((await get('/api/agents/people', attacker)).json().items).toEqual([])
  })
})

describe('a consented binding: scope, expiry, notices, the counter, the end', () => {
  const PARENT = { name: '韩老爹', idNumber: makeId('640104', '1968-02-02', '013'), mobile: '13944440004' }
  let parent: string
  let son: string
  let ref: string

  beforeAll(async () => {
    parent = await person(app, 'han-parent', PARENT.name, PARENT.idNumber, NX, { mobile: PARENT.mobile })
    son = await person(app, 'han-son', '韩小子', makeId('640104', '1980-03-03', '015'), NX)
  })

  it('approved by SMS code for a parent who does not use the app; one year', async () => {
    const r = (
      await post('/api/agents/people', son, { name: PARENT.name, idNumber: PARENT.idNumber, relationship: 'PARENT' })
    ).json()
    await post(`/api/agents/requests/${r.ref}/sms`, son)
    const { code } = await lastSms(app, PARENT.mobile)
    const b = await post(`/api/agents/requests/${r.ref}/confirm`, son, { code })
    expect(b.statusCode).toBe(200)
    expect(b.json()).toMatchObject({ approvedVia: 'SMS', relationship: 'PARENT', nameMasked: '韩*爹' })
    ref = b.json().ref
    expect(Math.round((Date.parse(b.json().expiresAt) - Date.now()) / 86400_000)).toBe(365)
    expect((await get('/api/me/agents', parent)).json().items[0]).toMatchObject({
      ref,
      approvedVia: 'SMS',
      agent: '微信用户 韩*子',
    })
  })

  it('DEATH and EMIGRATION are not done by an agent online; VOLUNTARY is, and leaves a notice', async () => {
    for (const reason of ['DEATH', 'EMIGRATION']) {
      const r = await post('/api/suspension', son, { reason, stopDate: '2026-11-01', personRef: ref })
      expect(r.statusCode).toBe(422)
      expect(r.json().error).toBe('AGENT_SUSPEND_AT_COUNTER')
      expect(r.json().message).toMatch(/柜台/)
    }
    expect((await get('/api/registration', parent)).json().status).toBe('ACTIVE')
    const a = (
      await post('/api/assessments', son, { start: '2026-01', end: '2026-02', base: '60', personRef: ref })
    ).json()
    await post(`/api/assessments/${a.id}/transmit`, son)
    const s = await post('/api/suspension', son, { reason: 'VOLUNTARY', stopDate: '2026-12-01', personRef: ref })
    expect(s.statusCode).toBe(200)
    await post('/api/suspension/resume', son, { personRef: ref })
    const acts = (await get('/api/me/messages', parent))
      .json()
      .items.filter((m: { kind: string }) => m.kind === 'AGENT_ACT')
    expect(acts.map((m: { title: string }) => m.title)).toEqual([
      '代办人为您办理了续保',
      '代办人为您办理了停保',
      '代办人为您办理了传输到税务',
      '代办人为您办理了缴费核定',
    ])
    for (const m of acts) {
      expect(m.actor).toBe('微信用户 韩*子')
      expect(m.body).not.toContain('韩小子')
    }
    const outbox = (
      await app.inject({ method: 'GET', url: `/api/sim/sms?phone=${PARENT.mobile}`, headers: auth(ADMIN) })
    ).json().items
    expect(outbox.filter((m: { purpose: string }) => m.purpose === 'NOTICE').length).toBeGreaterThanOrEqual(4)
  })

  it('an expired binding grants nothing', async () => {
    await ctx.db
      .updateTable('agent_bindings')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('ref', '=', ref)
      .execute()
    expect((await get(`/api/registration?personRef=${ref}`, son)).statusCode).toBe(404)
    expect((await get('/api/agents/people', son)).json().items).toEqual([])
    await ctx.db
      .updateTable('agent_bindings')
      .set({ expires_at: '2099-01-01T00:00:00.000Z' })
      .where('ref', '=', ref)
      .execute()
    expect((await get(`/api/registration?personRef=${ref}`, son)).statusCode).toBe(200)
  })

  it('the person ends it at any time; the agent loses access at once', async () => {
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/me/agents/${ref}`, headers: auth(attacker) })).statusCode,
    ).toBe(404)
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/me/agents/${ref}`, headers: auth(parent) })).statusCode,
    ).toBe(200)
    expect((await get(`/api/registration?personRef=${ref}`, son)).statusCode).toBe(404)
    expect((await get('/api/me/agents', parent)).json().items).toEqual([])
    expect((await get('/api/me/messages', parent)).json().items[0]).toMatchObject({ kind: 'AGENT_ENDED' })
  })

  it('no mobile on file: the agent is told what to do instead (no SMS can be sent)', async () => {
    const lone = await person(app, 'no-mobile', '孤老人', makeId('640104', '1967-06-06', '017'), NX)
    const pid = (await ctx.db.selectFrom('persons').select('id').where('name', '=', '孤老人').executeTakeFirstOrThrow())
      .id
    await ctx.db.updateTable('registrations').set({ mobile: null }).where('person_id', '=', pid).execute()
    const r = await post('/api/agents/people', son, {
      name: '孤老人',
      idNumber: makeId('640104', '1967-06-06', '017'),
      relationship: 'PARENT',
    })
    expect(r.json()).toMatchObject({ status: 'PENDING', mobileOnFile: false, mobileMasked: null })
    const sms = await post(`/api/agents/requests/${r.json().ref}/sms`, son)
    expect(sms.json().error).toBe('PROXY_NO_MOBILE')
    expect(sms.json().message).toContain('本人登录')
    // the person can still agree in their own account
    expect((await post(`/api/me/agent-requests/${r.json().ref}/approve`, lone)).statusCode).toBe(200)
  })

  it('approved in the person’s own account (the helper path) works too', async () => {
    const r = await bindAgent(app, son, parent, { name: PARENT.name, idNumber: PARENT.idNumber })
    expect((await get(`/api/registration?personRef=${r}`, son)).statusCode).toBe(200)
  })
})
