/**
 * The servers the backend benchmark loads, each in its own process (so autocannon and the server do not share
 * an event loop):  tsx scripts/bench/server.ts app <users> | baseline
 *   app:      the real backend (buildApp, temp DATA_DIR, logger off, fixed clock, rate limits raised,
 *             DEV_SHOW_CODE) with <users> people signed in, identity-bound and registered in Ningxia;
 *   baseline: a bare Fastify route doing one INSERT into a better-sqlite3 file with the same pragmas
 *             (WAL, synchronous=FULL).
 * Prints one JSON line {port, tokens?} when listening; exits on SIGTERM, removing its temp dir.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import Fastify, { type FastifyInstance } from 'fastify'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock } from '../../mock-server/src/clock'
import { loadConfig } from '../../mock-server/src/config'
import { idCheckChar } from '../../src/domain/id'

export const BENCH_TODAY = '2026-11-23'
const NAME_CHARS = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'

/** A valid ID number for person i (born 1990–1999, male, Ningxia area code). */
export function benchId(i: number): string {
  const birth = `${1990 + (i % 10)}0${1 + (Math.floor(i / 10) % 9)}${String(10 + (Math.floor(i / 90) % 18))}`
  const seq = String((Math.floor(i / 1620) * 2 + 1) % 1000).padStart(3, '0')
  const first17 = `640104${birth}${seq}`
  return first17 + idCheckChar(first17)
}

function benchName(i: number): string {
  return NAME_CHARS[i % NAME_CHARS.length] + NAME_CHARS[Math.floor(i / NAME_CHARS.length) % NAME_CHARS.length] + '测'
}

async function appServer(dir: string, users: number): Promise<{ app: FastifyInstance; tokens: string[] }> {
  const config = loadConfig({
    DATA_DIR: dir,
    H5_DIR: path.join(dir, 'no-h5'),
    ADMIN_TOKEN: 'bench-admin-token-0000',
    DEV_SHOW_CODE: '1',
    SEED_DEMO: '0',
    RATE_LOGIN_MAX: '1000000',
    RATE_LOOKUP_MAX: '1000000',
  } as unknown as NodeJS.ProcessEnv)
  const { app } = await buildApp({ config, clock: fixedClock(BENCH_TODAY), logger: false })
  await app.ready()
  const tokens: string[] = []
  for (let i = 0; i < users; i++) {
    // a simulated WeChat user with a platform real name, as the identity verifier would answer
    const user = await app.inject({
      method: 'POST',
      url: '/api/sim/platform/users',
      headers: { authorization: 'Bearer bench-admin-token-0000' },
      payload: { channel: 'wechat', name: benchName(i), idNumber: benchId(i) },
    })
    const login = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: user.json().code } })
    const token = login.json().token as string
    const headers = { authorization: `Bearer ${token}` }
    const bind = await app.inject({
      method: 'POST',
      url: '/api/me/identity/platform',
      headers,
      payload: { authorise: true },
    })
    if (bind.statusCode !== 200) throw new Error(`identity of user ${i}: ${bind.body}`)
    const reg = await app.inject({
      method: 'POST',
      url: '/api/registration',
      headers,
      payload: {
        region: '640000',
        district: '640104',
        category: 'OTHER_FLEXIBLE',
        ethnicity: '汉族',
        address: '宁夏银川市兴庆区解放东街1号',
        mobile: '13900000000',
      },
    })
    if (reg.statusCode !== 201) throw new Error(`registration of user ${i}: ${reg.body}`)
    tokens.push(token)
  }
  return { app, tokens }
}

function baselineServer(dir: string): FastifyInstance {
  const db = new Database(path.join(dir, 'baseline.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(
    'CREATE TABLE records (id INTEGER PRIMARY KEY, person TEXT NOT NULL, month TEXT NOT NULL, base TEXT NOT NULL, created_at TEXT NOT NULL)',
  )
  const insert = db.prepare('INSERT INTO records (person, month, base, created_at) VALUES (?, ?, ?, ?)')
  const app = Fastify({ logger: false })
  app.post<{ Body: { person: string; month: string; base: string } }>('/insert', async (req, reply) => {
    const b = req.body
    const info = insert.run(String(b.person), String(b.month), String(b.base), new Date().toISOString())
    return reply.code(201).send({ id: Number(info.lastInsertRowid) })
  })
  app.addHook('onClose', async () => {
    db.close()
  })
  return app
}

async function main() {
  const [mode, usersArg] = process.argv.slice(2)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zjb-bench-${mode}-`))
  let app: FastifyInstance
  let tokens: string[] | undefined
  if (mode === 'app') ({ app, tokens } = await appServer(dir, Number(usersArg ?? 100)))
  else if (mode === 'baseline') app = baselineServer(dir)
  else throw new Error('usage: server.ts app <users> | baseline')
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  process.stdout.write(JSON.stringify({ port, tokens }) + '\n')
  const stop = async () => {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

if (process.argv[1] && /server\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
