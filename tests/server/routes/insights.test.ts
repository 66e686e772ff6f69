import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REGION_RULE_SETS } from '../../../src/domain'
import { compareFor, estimateFor, yearsFor } from '../../../src/domain/insights'
import { auth, bindAgent, login, makeApp, makeId, NX, person, TJ, TODAY, type TestApp } from '../helpers'

let app: TestApp
let close: () => Promise<void>
let me: string
let agent: string
let ref: string
const meId = makeId('640104', '1976-02-01', '011')
const relId = makeId('640104', '1970-06-01', '021')

const get = (token: string, url: string) => app.inject({ method: 'GET', url, headers: auth(token) })
const post = (token: string, url: string, payload: Record<string, unknown> = {}, key?: string) =>
  app.inject({ method: 'POST', url, headers: auth(token, key ? { 'idempotency-key': key } : {}), payload })

async function record(token: string, body: Record<string, string>) {
  const r = await post(token, '/api/assessments', body)
  expect(r.statusCode, r.body).toBe(201)
  return r.json().id as string
}

beforeAll(async () => {
  const made = await makeApp()
  app = made.app
  close = () => app.close()
  me = await person(app, 'ins-me', '张三', meId, NX)
  const paid = await record(me, { start: '2026-01', end: '2026-03', base: '60' })
  await post(me, `/api/assessments/${paid}/transmit`)
  await post(me, `/api/assessments/${paid}/pay`)
  await record(me, { start: '2026-07', end: '2026-09', base: '100' })
  const rel = await person(app, 'ins-rel', '李母', relId, NX)
  await record(rel, { start: '2026-01', end: '2026-06', base: '80' })
  agent = await person(app, 'ins-agent', '李子', makeId('640104', '1995-01-01', '031'))
  // 李母 agrees in her own account
  ref = await bindAgent(app, agent, rel, { name: '李母', idNumber: relId })
})
afterAll(async () => close())

const facts = (birthDate: string, records: Array<Record<string, string>>) => ({
  today: TODAY,
  birthDate,
  retirementCategory: 'M60',
  rules: REGION_RULE_SETS.NX2026,
  records: records.map((r) => ({ contributionMonthly: '', baseKind: 'percent', ...r })) as never,
})

describe('GET /api/insights/*', () => {
  it('estimate of oneself is the engine’s, from the stored records', async () => {
    const r = await get(me, '/api/insights/estimate?base=100')
    expect(r.statusCode, r.body).toBe(200)
    const body = r.json()
    const engine = estimateFor(
      facts('1976-02-01', [
        {
          start: '2026-01',
          end: '2026-03',
          status: 'PAID',
          baseMonthly: '4853.00',
          contributionMonthly: '970.60',
          baseInput: '60',
        },
        {
          start: '2026-07',
          end: '2026-09',
          status: 'CREATED',
          baseMonthly: '8088.00',
          contributionMonthly: '1617.60',
          baseInput: '100',
        },
      ]),
      { base: '100' },
    )
    expect(engine.ok).toBe(true)
    if (!engine.ok) return
    expect(body.estimate).toEqual(engine.value.estimate)
    expect(body.explanation).toEqual(engine.value.explanation)
    expect(body.context).toMatchObject({
      counted_months: 6,
      paid_months: 3,
      default_base: '100',
      pension_base_default: '8088.00',
    })
    expect(body.person).toMatchObject({ self: true, regionName: expect.any(String) })
  })

  it('for a relative through personRef; an unknown ref is 404', async () => {
    const r = await get(agent, `/api/insights/estimate?personRef=${ref}`)
    expect(r.statusCode, r.body).toBe(200)
    const engine = estimateFor(
      facts('1970-06-01', [
        {
          start: '2026-01',
          end: '2026-06',
          status: 'CREATED',
          baseMonthly: '6470.00',
          contributionMonthly: '1294.00',
          baseInput: '80',
        },
      ]),
    )
    expect(engine.ok && r.json().estimate).toEqual(engine.ok && engine.value.estimate)
    expect(r.json().person).toMatchObject({ self: false, nameMasked: '李*' })
    expect((await get(agent, '/api/insights/estimate?personRef=nobody')).statusCode).toBe(404)
    // the agent is not registered: their own estimate is refused in words
    const own = await get(agent, '/api/insights/estimate')
    expect(own.statusCode).toBe(422)
    expect(own.json().error).toBe('NOT_REGISTERED')
  })

  it('refuses bad assumptions with the field and a Chinese message, never a 500', async () => {
    const r = await get(me, '/api/insights/estimate?interestRate=abc&pensionBase=-5')
    expect(r.statusCode).toBe(422)
    const codes = r.json().errors.map((e: { detail: { field: string } }) => e.detail.field)
    expect(codes).toContain('pensionBase')
    const i = await get(me, '/api/insights/estimate?interestRate=abc')
    expect(i.json()).toMatchObject({ error: 'INPUT_INVALID', detail: { field: 'interestRate' } })
    expect(i.json().message).toMatch(/记账利率/)
    expect((await get(me, '/api/insights/estimate?base=40')).json().error).toBe('BASE_PERCENT_BELOW_MIN')
    expect((await get(me, '/api/insights/estimate?foo=1')).statusCode).toBe(400)
  })

  it('compare: every row is the engine’s; years and history', async () => {
    const c = await get(me, '/api/insights/compare?declaredWage=9000&interestRate=1.5')
    expect(c.statusCode, c.body).toBe(200)
    expect(c.json().rows.map((x: { input: string }) => x.input)).toEqual([
      '60',
      '80',
      '100',
      '150',
      '200',
      '300',
      '9000',
    ])
    const engine = compareFor(
      facts('1976-02-01', [
        {
          start: '2026-01',
          end: '2026-03',
          status: 'PAID',
          baseMonthly: '4853.00',
          contributionMonthly: '970.60',
          baseInput: '60',
        },
        {
          start: '2026-07',
          end: '2026-09',
          status: 'CREATED',
          baseMonthly: '8088.00',
          contributionMonthly: '1617.60',
          baseInput: '100',
        },
      ]),
      { declaredWage: '9000', interestPercent: '1.5' },
    )
    expect(engine.ok && c.json().rows).toEqual(engine.ok && engine.value.rows)
    const y = await get(me, '/api/insights/years')
    expect(y.json()).toMatchObject({ counted_months: 6, paid_months: 3, assessed_months: 3 })
    const h = await get(me, '/api/insights/history')
    expect(h.json().gaps[0]).toMatchObject({
      start: '2026-04',
      end: '2026-06',
      payable: { start: '2026-04', end: '2026-06' },
    })
  })

  it('years: a person who cannot reach the minimum by the statutory month', async () => {
    const old = await person(app, 'ins-old', '王九', makeId('640104', '1966-11-15', '041'), NX)
    const y = await get(old, '/api/insights/years')
    expect(y.statusCode, y.body).toBe(200)
    const engine = yearsFor(facts('1966-11-15', []))
    expect(y.json()).toMatchObject(engine.ok ? { ...engine.value } : {})
    expect(y.json()).toMatchObject({ reachable: false, options: ['EXTEND', 'LUMP_SUM'] })
  })
})

describe('pay → receipt → public verification', () => {
  it('pays a transmitted record once, with a voucher; refuses the other states', async () => {
    const id = await record(me, { start: '2026-10', end: '2026-10', base: '60' })
    const early = await post(me, `/api/assessments/${id}/pay`)
    expect(early.json().error).toBe('PAY_NEEDS_TRANSMIT')
    await post(me, `/api/assessments/${id}/transmit`)
    const paid = await post(me, `/api/assessments/${id}/pay`, {}, 'pay-key-1')
    expect(paid.statusCode, paid.body).toBe(200)
    const { assessment, receipt } = paid.json()
    expect(assessment.status).toBe('PAID')
    expect(receipt).toMatchObject({ assessmentId: id, total: '970.60', start: '2026-10', nameMasked: '张*' })
    expect(receipt.idNumberMasked).not.toContain(meId.slice(6, 14))
    expect(receipt.paidDate).toBe(TODAY)
    expect(receipt.voucherNo).toMatch(new RegExp(`^PZ${TODAY.replace(/-/g, '')}[0-9A-Z]{10}$`))
    const replay = await post(me, `/api/assessments/${id}/pay`, {}, 'pay-key-1')
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.json().receipt.voucherNo).toBe(receipt.voucherNo)
    expect((await post(me, `/api/assessments/${id}/pay`)).json().error).toBe('ALREADY_PAID')
    const again = await get(me, `/api/assessments/${id}/receipt`)
    expect(again.json().voucherNo).toBe(receipt.voucherNo)
    // someone else's record: not found
    expect((await get(agent, `/api/assessments/${id}/receipt`)).statusCode).toBe(404)
    expect((await post(agent, `/api/assessments/${id}/pay`)).statusCode).toBe(404)
    // public check: masked name and period only
    const check = await app.inject({ method: 'GET', url: `/api/vouchers/${receipt.voucherNo}` })
    expect(check.statusCode).toBe(200)
    expect(check.json()).toEqual({
      valid: true,
      voucherNo: receipt.voucherNo,
      nameMasked: '张*',
      start: '2026-10',
      end: '2026-10',
      paidDate: receipt.paidDate,
    })
    expect(check.body).not.toMatch(/6401|970/)
    const unknown = await app.inject({ method: 'GET', url: '/api/vouchers/PZ20261123ABCDEFGHJK' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error).toBe('VOUCHER_NOT_FOUND')
    expect((await app.inject({ method: 'GET', url: '/api/vouchers/x' })).statusCode).toBe(400)
  })

  it('a record not yet paid has no receipt', async () => {
    const list = (await get(me, '/api/assessments?status=CREATED')).json().items
    const r = await get(me, `/api/assessments/${list[0].id}/receipt`)
    expect(r.statusCode).toBe(422)
    expect(r.json().error).toBe('RECEIPT_NOT_PAID')
  })
})

describe('reminders and subscriptions', () => {
  it('天津: next due month and the declaration window; subscriptions recorded', async () => {
    const tj = await person(app, 'ins-tj', '赵津', makeId('120101', '1988-03-03', '051'), TJ)
    const r = await get(tj, '/api/reminders')
    expect(r.statusCode, r.body).toBe(200)
    const kinds = r.json().items.map((x: { kind: string }) => x.kind)
    expect(kinds).toContain('DECLARATION_WINDOW')
    expect(kinds).toContain('NEXT_DUE')
    expect(r.json().templateIds).toEqual(['zjb-due-reminder'])
    const s = await post(tj, '/api/reminders/subscriptions', {
      channel: 'weapp',
      results: [{ templateId: 'zjb-due-reminder', status: 'accept' }],
    })
    expect(s.statusCode, s.body).toBe(200)
    expect(s.json().subscribed).toEqual(['zjb-due-reminder'])
    expect((await get(tj, '/api/reminders')).json().subscribed).toEqual(['zjb-due-reminder'])
    const bad = await post(tj, '/api/reminders/subscriptions', {
      channel: 'weapp',
      results: [{ templateId: 'other', status: 'accept' }],
    })
    expect(bad.json().error).toBe('TEMPLATE_UNKNOWN')
  })
})

describe('acting for a relative and guessing voucher numbers', () => {
  it('an agent pays a relative’s record; the relative sees who paid', async () => {
    const list = await get(agent, `/api/assessments?personRef=${ref}`)
    const id = list.json().items[0].id as string
    await post(agent, `/api/assessments/${id}/transmit`)
    const paid = await post(agent, `/api/assessments/${id}/pay`)
    expect(paid.statusCode, paid.body).toBe(200)
    expect(paid.json().receipt.nameMasked).toBe('李*')
    const rel = await login(app, 'ins-rel')
    const activity = await get(rel, '/api/me/activity')
    const entry = activity.json().items.find((i: { action: string }) => i.action === 'ASSESSMENT_PAID_BY_AGENT')
    expect(entry).toMatchObject({ entityId: id, byAgent: true })
    // and a notice in her 消息 list, like every act done for her
    const messages = await get(rel, '/api/me/messages')
    expect(JSON.stringify(messages.json())).toContain('代办人为您办理了缴费')
  })

  it('the public voucher check is limited per IP', async () => {
    const limited = await makeApp({ env: { RATE_LOOKUP_MAX: '2' } })
    try {
      const codes: number[] = []
      for (let i = 0; i < 6; i++) {
        const r = await limited.app.inject({ method: 'GET', url: `/api/vouchers/PZ20261123AAAAAAAA${i}A` })
        codes.push(r.statusCode)
      }
      expect(codes.slice(0, 4)).toEqual([404, 404, 404, 404])
      expect(codes.slice(4)).toEqual([429, 429])
    } finally {
      await limited.app.close()
    }
  })
})
