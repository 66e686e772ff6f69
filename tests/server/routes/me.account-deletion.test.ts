/**
 * 注销账号 (DELETE /api/me): the account's personal data goes, the agency's records stay (pseudonymised
 * audit, records re-pointed to a tombstone), all in one transaction; the person can sign up again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import {
  NX,
  auth,
  bindAgent,
  bindMobileIdentity,
  bindPlatformIdentity,
  login,
  makeApp,
  makeId,
  person,
  type TestApp,
} from '../helpers'
import { pseudonymOf } from '../../../mock-server/src/services/account-deletion'
import { maskId } from '../../../src/domain/privacy'
import { onPostgres } from '../../support/database'

const ID_AGENT = makeId('640106', '1994-04-04', '013') // the son, agent
const ID_PARENT = makeId('640106', '1968-06-06', '021') // the father, registered
const ID_SIBLING = makeId('640104', '1990-09-09', '035') // another relative acting for the father
const ID_LONER = makeId('640105', '1991-01-01', '047') // identity only, never registered

let app: TestApp
let ctx: Awaited<ReturnType<typeof makeApp>>['ctx']
let agent: string, parent: string, sibling: string
let agentRef: string, siblingRef: string, recordId: string

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string | null, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: token ? auth(token) : {},
    ...(payload === undefined ? {} : { payload: payload as any }),
  })
const del = (token: string | null, payload: unknown = { confirm: '注销' }) => call('DELETE', '/api/me', token, payload)

async function auditText(): Promise<string> {
  const rows = await ctx.db.selectFrom('audit_log').selectAll().execute()
  return JSON.stringify(rows)
}

beforeAll(async () => {
  ;({ app, ctx } = await makeApp())
  parent = await person(app, 'del-parent', '吴老父', ID_PARENT, NX)
  agent = await person(app, 'del-agent', '吴小六', ID_AGENT, NX)
  sibling = await person(app, 'del-sibling', '吴小妹', ID_SIBLING)
  agentRef = await bindAgent(app, agent, parent, { name: '吴老父', idNumber: ID_PARENT, relationship: 'PARENT' })
  siblingRef = await bindAgent(app, sibling, parent, { name: '吴老父', idNumber: ID_PARENT, relationship: 'PARENT' })
  const c = await call('POST', '/api/assessments', agent, {
    start: '2026-01',
    end: '2026-02',
    base: '60',
    personRef: agentRef,
  })
  expect(c.statusCode).toBe(201)
  recordId = c.json().id
})
afterAll(async () => {
  await app?.close()
})

describe('DELETE /api/me: request checks', () => {
  it('needs a token', async () => {
    expect((await del(null)).statusCode).toBe(401)
  })
  it('needs the explicit confirmation, and refuses unknown fields', async () => {
    for (const body of [{}, { confirm: 'yes' }, { confirm: '注销', extra: 1 }, { confirm: '注销 ' }]) {
      const r = await del(agent, body)
      expect(r.statusCode, JSON.stringify(body)).toBe(400)
      expect(r.json().error).toBe('VALIDATION_FAILED')
    }
    // nothing was deleted by the refusals
    expect((await call('GET', '/api/me', agent)).statusCode).toBe(200)
  })
})

describe('an agent deletes their account', () => {
  const pseudo = () => pseudonymOf(agentAccountId)
  let agentAccountId: string

  it('answers ok; the token stops working at once', async () => {
    agentAccountId = (await call('GET', '/api/me', agent)).json().id
    const r = await del(agent)
    expect(r.statusCode).toBe(200)
    expect(r.json()).toMatchObject({ ok: true, agencyRecordsKept: true })
    expect((await call('GET', '/api/me', agent)).statusCode).toBe(401)
    expect((await call('GET', '/api/agents/people', agent)).statusCode).toBe(401)
    expect((await del(agent)).statusCode).toBe(401)
  })

  it('removes the account, its sessions, bindings and idempotency entries; leaves a tombstone only', async () => {
    const db = ctx.db
    expect(await db.selectFrom('accounts').selectAll().where('id', '=', agentAccountId).execute()).toHaveLength(0)
    expect(await db.selectFrom('sessions').selectAll().where('account_id', '=', agentAccountId).execute()).toHaveLength(
      0,
    )
    expect(
      await db.selectFrom('agent_bindings').selectAll().where('agent_account_id', '=', agentAccountId).execute(),
    ).toHaveLength(0)
    expect(
      await db.selectFrom('idempotency').selectAll().where('account_id', '=', agentAccountId).execute(),
    ).toHaveLength(0)
    const tomb = await db.selectFrom('accounts').selectAll().where('id', '=', pseudo().id).executeTakeFirstOrThrow()
    expect(tomb).toMatchObject({ person_id: null, channel_uid: pseudo().id })
    const marker = await db.selectFrom('deleted_accounts').selectAll().executeTakeFirstOrThrow()
    expect(marker).toMatchObject({ pseudonym_id: pseudo().id, pseudonym: pseudo().label, agency_records_kept: 1 })
  })

  it("the relative's access through this agent is gone; another relative's binding stays", async () => {
    // signing in again with the same WeChat code makes a NEW, empty account
    const again = await login(app, 'del-agent')
    const me = (await call('GET', '/api/me', again)).json()
    expect(me).toMatchObject({ identity: null, registered: false, boundPeople: 0 })
    expect(me.id).not.toBe(agentAccountId)
    expect((await call('GET', `/api/registration?personRef=${agentRef}`, again)).statusCode).toBe(404)
    expect((await call('GET', '/api/agents/people', again)).json().items).toHaveLength(0)
    // the sibling still acts for the father
    expect((await call('GET', `/api/registration?personRef=${siblingRef}`, sibling)).json().registered).toBe(true)
  })

  it('the agency keeps the record it made for the father, operated by the pseudonym', async () => {
    const rec = (await call('GET', `/api/assessments/${recordId}`, parent)).json()
    expect(rec.id).toBe(recordId)
    expect(rec.operator.label).not.toContain('吴')
    const who = (await call('GET', '/api/me/activity', parent)).json().items
    const made = who.find((i: any) => i.action === 'ASSESSMENT_CREATED' || i.entityId === recordId)
    expect(made).toBeTruthy()
    expect(made.actor).toBe(pseudo().label)
    expect(made.byAgent).toBe(true)
  })

  it('the audit keeps the entries but no name or ID number of the agent, masked or not', async () => {
    const text = await auditText()
    expect(text).not.toContain(ID_AGENT)
    expect(text).not.toContain(maskId(ID_AGENT))
    expect(text).not.toContain('吴小六')
    expect(text).not.toContain('吴*六')
    expect(text).not.toContain(agentAccountId)
    const rows = await ctx.db.selectFrom('audit_log').selectAll().where('actor_label', '=', pseudo().label).execute()
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['ACCOUNT_CREATED', 'IDENTITY_BOUND', 'AGENT_BOUND', 'ACCOUNT_DELETED']),
    )
  })

  it('the agent can sign up again with the same name and ID', async () => {
    const again = await login(app, 'del-agent')
    const b = await bindPlatformIdentity(app, again)
    expect(b.statusCode).toBe(200)
    expect(b.json()).toMatchObject({ identity: { idNumberMasked: maskId(ID_AGENT) }, registered: true })
  })
})

describe('a registered person deletes their account', () => {
  let parentAccountId: string
  it('their registration and records stay with the agency; the audit has no name or ID of them', async () => {
    parentAccountId = (await call('GET', '/api/me', parent)).json().id
    const r = await del(parent)
    expect(r.statusCode).toBe(200)
    expect(r.json().agencyRecordsKept).toBe(true)
    expect((await call('GET', '/api/me', parent)).statusCode).toBe(401)
    const text = await auditText()
    for (const s of [ID_PARENT, maskId(ID_PARENT), '吴老父', parentAccountId]) expect(text).not.toContain(s)
    // the registration is the agency's record: still there
    const reg = await ctx.db.selectFrom('registrations').selectAll().execute()
    expect(reg.length).toBeGreaterThan(0)
    // a relative who is bound to the father still sees him
    expect((await call('GET', `/api/registration?personRef=${siblingRef}`, sibling)).json().registered).toBe(true)
  })

  it('the person can sign up again and finds their registration and records', async () => {
    const again = await login(app, 'del-parent')
    const b = await bindPlatformIdentity(app, again)
    expect(b.statusCode).toBe(200)
    expect(b.json().registered).toBe(true)
    const list = (await call('GET', '/api/assessments', again)).json().items
    expect(list.map((x: any) => x.id)).toContain(recordId)
  })
})

describe('an account with identity only, on H5', () => {
  it('deletes the person row too (nothing of the agency refers to it) and the SMS code of the phone', async () => {
    const phone = '13912345678'
    const sent = (await call('POST', '/api/auth/sms/send', null, { phone })).json()
    const token = (await call('POST', '/api/auth/sms/verify', null, { phone, code: sent.devCode })).json().token
    expect((await bindMobileIdentity(app, token, '孤单人', ID_LONER, phone)).statusCode).toBe(200)
    await call('POST', '/api/auth/sms/send', null, { phone }) // a pending code
    const r = await del(token)
    expect(r.json()).toMatchObject({ ok: true, agencyRecordsKept: false })
    expect(await ctx.db.selectFrom('persons').selectAll().where('id_number', '=', ID_LONER).execute()).toHaveLength(0)
    expect(await ctx.db.selectFrom('sms_codes').selectAll().where('phone', '=', phone).execute()).toHaveLength(0)
    const text = await auditText()
    for (const s of [ID_LONER, maskId(ID_LONER), '孤单人', phone, '139****5678']) expect(text).not.toContain(s)
    // and can sign up again from scratch
    const sent2 = (await call('POST', '/api/auth/sms/send', null, { phone })).json()
    const t2 = (await call('POST', '/api/auth/sms/verify', null, { phone, code: sent2.devCode })).json().token
    expect((await bindMobileIdentity(app, t2, '孤单人', ID_LONER, phone)).statusCode).toBe(200)
  })

  it('runs in one transaction: a failure part-way leaves everything as it was', async () => {
    const token = await person(app, 'del-rollback', '回滚人', makeId('640104', '1992-02-02', '057'))
    const before = (await call('GET', '/api/me', token)).json()
    // make the final step fail: a trigger refuses the deletion's own audit entry
    if (onPostgres) {
      await sql`CREATE FUNCTION fail_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.action = 'ACCOUNT_DELETED' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`.execute(ctx.db)
      await sql`CREATE TRIGGER fail_delete BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_delete()`.execute(
        ctx.db,
      )
    } else {
      await sql`CREATE TEMP TRIGGER fail_delete BEFORE INSERT ON audit_log WHEN NEW.action = 'ACCOUNT_DELETED'
      BEGIN SELECT RAISE(ABORT, 'boom'); END`.execute(ctx.db)
    }
    try {
      expect((await del(token)).statusCode).toBe(500)
    } finally {
      if (onPostgres) {
        await sql`DROP TRIGGER fail_delete ON audit_log`.execute(ctx.db)
        await sql`DROP FUNCTION fail_delete()`.execute(ctx.db)
      } else {
        await sql`DROP TRIGGER fail_delete`.execute(ctx.db)
      }
    }
    expect((await call('GET', '/api/me', token)).json()).toEqual(before)
    expect(
      await ctx.db
        .selectFrom('deleted_accounts')
        .selectAll()
        .where('pseudonym_id', '=', pseudonymOf(before.id).id)
        .execute(),
    ).toHaveLength(0)
  })
})
