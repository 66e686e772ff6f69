/**
 * The servers the backend benchmark loads, each in its own process (so autocannon and the server do not share
 * an event loop):  tsx scripts/bench/server.ts app <people> | baseline | pg-baseline
 *   app:         the real backend (buildApp, temp DATA_DIR, logger off, fixed clock, rate limits raised,
 *                DEV_SHOW_CODE) with <people> people signed in, identity-bound and registered in Ningxia
 *                (seeded in concurrent batches); on PostgreSQL when BENCH_DATABASE_URL is set (a second instance
 *                on the same database is started with 0 people: the sessions are in the database).
 *                `POST /bench/people {count}` seeds more people and answers their tokens (the benchmark tops
 *                up between rounds so that the create load never runs out of distinct person × month slots);
 *   baseline:    a bare Fastify route doing one INSERT into a better-sqlite3 file with the same pragmas
 *                (WAL, synchronous=FULL);
 *   pg-baseline: a bare Fastify route doing one INSERT per request through a `pg` Pool (max 10, as the app's)
 *                into BENCH_DATABASE_URL.
 * Prints one JSON line {port, tokens?} when listening; exits on SIGTERM, removing its temp dir.
 */
import fs from 'node:fs'
import inspector from 'node:inspector'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import Fastify, { type FastifyInstance } from 'fastify'
import pg from 'pg'
import { buildApp } from '../../mock-server/src/app'
import { batchStats } from '../../mock-server/src/storage/batch'
import { fixedClock } from '../../mock-server/src/clock'
import { loadConfig } from '../../mock-server/src/config'
import { idCheckChar } from '../../src/domain/id'

export const BENCH_TODAY = '2026-11-23'
export const BENCH_ADMIN = 'bench-admin-token-0000'
const NAME_CHARS = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'
/** People seeded at once (their requests interleave; on PostgreSQL they spread over the pool). */
const SEED_BATCH = 25

/** A valid ID number for person i (born 1990–1999, male, Ningxia area code; distinct up to 810,000 people). */
export function benchId(i: number): string {
  const birth = `${1990 + (i % 10)}0${1 + (Math.floor(i / 10) % 9)}${String(10 + (Math.floor(i / 90) % 18))}`
  const seq = String((Math.floor(i / 1620) * 2 + 1) % 1000).padStart(3, '0')
  const first17 = `640104${birth}${seq}`
  return first17 + idCheckChar(first17)
}

function benchName(i: number): string {
  return NAME_CHARS[i % NAME_CHARS.length] + NAME_CHARS[Math.floor(i / NAME_CHARS.length) % NAME_CHARS.length] + '测'
}

/** The configuration of a benchmarked backend: SQLite in `dir`, or PostgreSQL at `databaseUrl`. */
export function benchConfig(dir: string, databaseUrl?: string) {
  return loadConfig({
    DATA_DIR: dir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    H5_DIR: path.join(dir, 'no-h5'),
    ADMIN_TOKEN: BENCH_ADMIN,
    DEV_SHOW_CODE: '1',
    SEED_DEMO: '0',
    RATE_LOGIN_MAX: '1000000',
    RATE_LOOKUP_MAX: '1000000',
  } as unknown as NodeJS.ProcessEnv)
}

/** Person i: a simulated WeChat user with a platform real name, signed in, identity bound, registered. */
async function seedPerson(app: FastifyInstance, i: number): Promise<string> {
  const user = await app.inject({
    method: 'POST',
    url: '/api/sim/platform/users',
    headers: { authorization: `Bearer ${BENCH_ADMIN}` },
    payload: { channel: 'wechat', name: benchName(i), idNumber: benchId(i) },
  })
  if (user.statusCode !== 200) throw new Error(`platform user ${i}: ${user.body}`)
  const login = await app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: user.json().code } })
  if (login.statusCode !== 200) throw new Error(`login of user ${i}: ${login.body}`)
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
  return token
}

/** Seeds people from..from+count-1 in concurrent batches of SEED_BATCH; their tokens in order. */
export async function seedPeople(app: FastifyInstance, from: number, count: number): Promise<string[]> {
  const tokens: string[] = []
  for (let b = 0; b < count; b += SEED_BATCH) {
    const n = Math.min(SEED_BATCH, count - b)
    tokens.push(...(await Promise.all(Array.from({ length: n }, (_, k) => seedPerson(app, from + b + k)))))
  }
  return tokens
}

async function appServer(dir: string, people: number): Promise<{ app: FastifyInstance; tokens: string[] }> {
  const { app, ctx } = await buildApp({
    config: benchConfig(dir, process.env.BENCH_DATABASE_URL || undefined),
    clock: fixedClock(BENCH_TODAY),
    logger: false,
  })
  let seeded = 0
  // the benchmark's top-up between rounds (this server only ever runs on loopback for the benchmark)
  app.post<{ Body: { count: number } }>('/bench/people', async (req) => {
    const count = Math.max(0, Math.min(100_000, Math.floor(Number(req.body?.count) || 0)))
    const from = seeded
    seeded += count
    return { tokens: await seedPeople(app, from, count) }
  })
  // PostgreSQL: statements batched so far, and the requests in them (storage/batch.ts)
  app.post('/bench/batches', async () => batchStats(ctx.db.getExecutor()))
  if (process.env.BENCH_PROFILE) profileRoutes(app)
  await app.ready()
  const tokens = await seedPeople(app, 0, people)
  seeded = people
  return { app, tokens }
}

/** `POST /bench/profile/start|stop` (BENCH_PROFILE=1, profile-create.ts): a CPU profile of the load only. */
function profileRoutes(app: FastifyInstance) {
  const session = new inspector.Session()
  session.connect()
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (err, result) => (err ? reject(err) : resolve(result))),
    )
  app.post('/bench/profile/start', async () => {
    await post('Profiler.enable')
    await post('Profiler.start')
    return {}
  })
  app.post('/bench/profile/stop', async () => ((await post('Profiler.stop')) as { profile: unknown }).profile)
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

async function pgBaselineServer(url: string): Promise<FastifyInstance> {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  pool.on('error', () => undefined)
  await pool.query(
    'CREATE TABLE IF NOT EXISTS records (id BIGSERIAL PRIMARY KEY, person TEXT NOT NULL, month TEXT NOT NULL, base TEXT NOT NULL, created_at TEXT NOT NULL)',
  )
  const app = Fastify({ logger: false })
  app.post<{ Body: { person: string; month: string; base: string } }>('/insert', async (req, reply) => {
    const b = req.body
    const r = await pool.query<{ id: string }>(
      'INSERT INTO records (person, month, base, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
      [String(b.person), String(b.month), String(b.base), new Date().toISOString()],
    )
    return reply.code(201).send({ id: Number(r.rows[0].id) })
  })
  app.addHook('onClose', async () => {
    await pool.end()
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
  else if (mode === 'pg-baseline' && process.env.BENCH_DATABASE_URL)
    app = await pgBaselineServer(process.env.BENCH_DATABASE_URL)
  else throw new Error('usage: server.ts app <people> | baseline | pg-baseline (BENCH_DATABASE_URL for pg-baseline)')
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
