/** Test helpers: a fresh app on a temp DATA_DIR with the clock pinned, and signed-in users. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock, type Clock } from '../../mock-server/src/clock'
import { loadConfig } from '../../mock-server/src/config'
import { idCheckChar } from '../../src/domain/id'

export const TODAY = '2026-11-23'
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

export async function login(app: TestApp, code: string): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })
  if (r.statusCode !== 200) throw new Error(r.body)
  return r.json().token
}

export function auth(token: string, extra: Record<string, string> = {}) {
  return { authorization: `Bearer ${token}`, ...extra }
}

/** Signs in, binds identity, and (optionally) registers in a region/district. */
export async function person(
  app: TestApp,
  code: string,
  name: string,
  id: string,
  reg?: { region: string; district: string; category?: string },
): Promise<string> {
  const token = await login(app, code)
  const b = await app.inject({
    method: 'POST',
    url: '/api/me/identity',
    headers: auth(token),
    payload: { name, idNumber: id },
  })
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
      },
    })
    if (r.statusCode !== 201) throw new Error(r.body)
  }
  return token
}

/** The registration data every new registration needs (RULES.md §1.8: 民族, 联系地址, 手机号码). */
export const PERSON_DATA = { ethnicity: '汉族', address: '宁夏银川市兴庆区解放东街1号', mobile: '13900000000' }

export const NX = { region: '640000', district: '640104' }
export const WH = { region: '420100', district: '420100' }
export const TJ = { region: '120000', district: '120101' }
