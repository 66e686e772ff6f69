/**
 * Test helpers: a fresh app on a temp DATA_DIR with the clock pinned, and signed-in users. The database is the
 * SQLite file of that DATA_DIR, or with TEST_DATABASE_URL a fresh PostgreSQL database of its own
 * (tests/support/database.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock, type Clock } from '../../mock-server/src/clock'
import { loadConfig } from '../../mock-server/src/config'
import type { KyselyPlugin } from 'kysely'
import { idCheckChar } from '../../src/domain/id'
import { databaseEnv } from '../support/database'

import { TODAY } from '../support/today'
export { TODAY }
export const ADMIN = 'test-admin-token-0123456789'

/** A valid ID number: 6-digit area + YYYYMMDD + 3-digit sequence (odd = male) + check character. */
export function makeId(area: string, birth: string, seq: string): string {
  const first17 = `${area}${birth.replace(/-/g, '')}${seq}`
  return first17 + idCheckChar(first17)
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-test-'))
}

export async function makeApp(
  opts: { dir?: string; today?: string; logLines?: string[]; env?: Record<string, string>; clock?: Clock } = {},
) {
  const dir = opts.dir ?? tempDir()
  const config = loadConfig({
    DATA_DIR: dir,
    ...(await databaseEnv(dir)),
    ADMIN_TOKEN: ADMIN,
    DEV_SHOW_CODE: '1',
    SEED_DEMO: '0',
    RATE_LOGIN_MAX: '1000',
    RATE_LOOKUP_MAX: '1000',
    SMS_COOLDOWN_SECONDS: '0',
    SMS_DAILY_MAX: '1000',
    ...opts.env,
  } as unknown as NodeJS.ProcessEnv)
  const clock = opts.clock ?? fixedClock(opts.today ?? TODAY)
  const lines = opts.logLines
  const logger = lines
    ? {
        level: 'debug',
        stream: new Writable({
          write(chunk, _enc, cb) {
            lines.push(String(chunk))
            cb()
          },
        }),
      }
    : false
  const { app, ctx } = await buildApp({ config, clock, logger })
  await app.ready()
  return { app, ctx, dir, clock }
}

export type TestApp = Awaited<ReturnType<typeof makeApp>>['app']

/** The simulated platform user a test label stands for (same label → same platform user → same account). */
export const platformUser = (label: string) => `wx_t_${label.replace(/[^A-Za-z0-9_-]/g, '_')}`

/**
 * A fresh single-use login code for the test user `label`, issued by the simulated WeChat/Alipay
 * (POST /api/sim/platform/users, ADMIN_TOKEN); `realName` gives the platform user a platform real name.
 */
export async function platformCode(
  app: TestApp,
  label: string,
  opts: { channel?: 'wechat' | 'alipay'; realName?: { name: string; idNumber: string } } = {},
): Promise<string> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/sim/platform/users',
    headers: auth(ADMIN),
    payload: { channel: opts.channel ?? 'wechat', platformUserId: platformUser(label), ...(opts.realName ?? {}) },
  })
  if (r.statusCode !== 200) throw new Error(r.body)
  return r.json().code
}

/** Signs in on WeChat (or Alipay) as the platform user of `label`. */
export async function login(
  app: TestApp,
  label: string,
  opts: { channel?: 'wechat' | 'alipay'; realName?: { name: string; idNumber: string } } = {},
): Promise<string> {
  const code = await platformCode(app, label, opts)
  const channel = opts.channel ?? 'wechat'
  const r = await app.inject({
    method: 'POST',
    url: `/api/auth/${channel}`,
    payload: channel === 'wechat' ? { code } : { authCode: code },
  })
  if (r.statusCode !== 200) throw new Error(r.body)
  return r.json().token
}

export function auth(token: string, extra: Record<string, string> = {}) {
  return { authorization: `Bearer ${token}`, ...extra }
}

/** Binds the account's real name from the platform's own real name (the user authorised it). */
export async function bindPlatformIdentity(app: TestApp, token: string) {
  return app.inject({
    method: 'POST',
    url: '/api/me/identity/platform',
    headers: auth(token),
    payload: { authorise: true },
  })
}

/** The last simulated SMS to `phone` (the outbox, ADMIN_TOKEN, development only). */
export async function lastSms(
  app: TestApp,
  phone: string,
): Promise<{ text: string; code: string | null; purpose: string }> {
  const r = await app.inject({ method: 'GET', url: `/api/sim/sms?phone=${phone}`, headers: auth(ADMIN) })
  if (r.statusCode !== 200) throw new Error(r.body)
  return r.json().items[0]
}

/**
 * H5 三要素: the person is put into the simulated carrier register (name, ID, mobile), the check starts,
 * and the code is read from the simulated SMS outbox. Returns the confirm answer.
 */
export async function bindMobileIdentity(app: TestApp, token: string, name: string, idNumber: string, mobile: string) {
  const e = await app.inject({
    method: 'POST',
    url: '/api/sim/identity/people',
    headers: auth(ADMIN),
    payload: { name, idNumber, mobile },
  })
  if (e.statusCode !== 200) throw new Error(e.body)
  const s = await app.inject({
    method: 'POST',
    url: '/api/me/identity/mobile',
    headers: auth(token),
    payload: { name, idNumber, mobile },
  })
  if (s.statusCode !== 200) throw new Error(s.body)
  const sms = await lastSms(app, mobile)
  return app.inject({
    method: 'POST',
    url: '/api/me/identity/mobile/confirm',
    headers: auth(token),
    payload: { checkId: s.json().checkId, code: sms.code },
  })
}

/** Signs in, binds identity (platform real name), and (optionally) registers in a region/district. */
export async function person(
  app: TestApp,
  code: string,
  name: string,
  id: string,
  reg?: { region: string; district: string; category?: string },
  opts: { channel?: 'wechat' | 'alipay'; mobile?: string } = {},
): Promise<string> {
  const token = await login(app, code, { channel: opts.channel, realName: { name, idNumber: id } })
  const b = await bindPlatformIdentity(app, token)
  if (b.statusCode !== 200) throw new Error(b.body)
  if (reg) {
    const r = await app.inject({
      method: 'POST',
      url: '/api/registration',
      headers: auth(token),
      payload: {
        region: reg.region,
        district: reg.district,
        category: reg.category ?? 'OTHER_FLEXIBLE',
        ...PERSON_DATA,
        ...(opts.mobile ? { mobile: opts.mobile } : {}),
      },
    })
    if (r.statusCode !== 201) throw new Error(r.body)
  }
  return token
}

/**
 * The agent asks to act for the person and the person approves in their own account. Returns the
 * binding's ref (the agent's personRef).
 */
export async function bindAgent(
  app: TestApp,
  agentToken: string,
  personToken: string,
  target: { name: string; idNumber: string; relationship?: string },
): Promise<string> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/agents/people',
    headers: auth(agentToken),
    payload: { relationship: 'PARENT', ...target },
  })
  if (r.statusCode !== 201 && r.statusCode !== 200) throw new Error(r.body)
  const ok = await app.inject({
    method: 'POST',
    url: `/api/me/agent-requests/${r.json().ref}/approve`,
    headers: auth(personToken),
  })
  if (ok.statusCode !== 200) throw new Error(ok.body)
  const list = await app.inject({ method: 'GET', url: '/api/agents/people', headers: auth(agentToken) })
  const req = await app.inject({ method: 'GET', url: '/api/agents/requests', headers: auth(agentToken) })
  const done = req.json().items.find((x: { ref: string }) => x.ref === r.json().ref)
  if (!done?.bindingRef) throw new Error(list.body)
  return done.bindingRef
}

/** The registration data every new registration needs (RULES.md §1.8: 民族, 联系地址, 手机号码). */
export const PERSON_DATA = { ethnicity: '汉族', address: '宁夏银川市兴庆区解放东街1号', mobile: '13900000000' }

export const NX = { region: '640000', district: '640104' }
export const WH = { region: '420100', district: '420100' }
export const TJ = { region: '120000', district: '120101' }

/**
 * Counts the SQL statements the app runs through Kysely (BEGIN/COMMIT of a transaction are the driver's and
 * not counted): ctx.db is swapped for the same database with a counting plugin, so every service, hook and
 * transaction that reaches the database through the context is seen. `kinds` says what each one was.
 */
export function countStatements(ctx: Awaited<ReturnType<typeof makeApp>>['ctx']) {
  const kinds: string[] = []
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      const n = node as { kind: string; from?: { froms?: unknown[] }; into?: unknown; table?: unknown }
      const table = JSON.stringify(n.from ?? n.into ?? n.table ?? '').match(/"name":"([a-z_]+)"/)?.[1] ?? ''
      kinds.push(`${n.kind.replace('QueryNode', '').toLowerCase()} ${table}`.trim())
      return node
    },
    transformResult: async ({ result }) => result,
  }
  ctx.db = ctx.db.withPlugin(plugin)
  return {
    kinds,
    get count() {
      return kinds.length
    },
    reset() {
      kinds.length = 0
    },
  }
}
