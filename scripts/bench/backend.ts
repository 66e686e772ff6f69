/**
 * Backend under load: autocannon, 50 connections, on loopback, against servers in their own processes
 * (server.ts). Figures: requests/s (mean), latency p50 and p99, and the 2xx / other counts.
 * All servers run side by side and the loads alternate in rounds (the order rotating within each engine's
 * group), so that a burst of noise on this shared machine hits ours and the baseline alike; each figure is the
 * median over the rounds, each ratio the median of the per-round ratios.
 *
 * SQLite (one instance, a temp DATA_DIR):
 *   baseline  a bare Fastify route doing one SQLite INSERT (WAL, synchronous=FULL)
 *   quote     POST /api/assessments/quote (rules engine, reads; no write) for 50 people who never create
 *   create    POST /api/assessments with an Idempotency-Key: every request a distinct single-month create
 * PostgreSQL (a throwaway cluster of scripts/postgres.mjs, fsync and synchronous_commit on), TWO instances of
 * each server on one database; one autocannon run is given both URLs and alternates its 50 connections
 * between them (25 each), so the load is split evenly and the latency histogram is one:
 *   baseline  two bare Fastify processes, each doing one INSERT per request through a `pg` Pool (max 10)
 *   create    as above, on two app instances
 *   quote     on two app instances, against the same quote on one instance (50 connections to it)
 * Every create is real: before each create load the benchmark tops up the registered people (server.ts
 * `POST /bench/people`) so that the distinct person × month slots left cover 1.25 × seconds × the faster of the
 * warm-up bare-insert rate and the fastest create rate seen; a request beyond the slots would be a fast 409 and
 * is counted ("exhausted" in the note, 0 when all went well).
 * After each load the next waits 0.5 s (1 s after a SQLite create load, 3 s after a PostgreSQL one: a create still
 * in flight may retry for up to DB_BUSY_WAIT_MS), so that one load's tail does not run into the next. Around
 * each PostgreSQL create load the database's rolled-back transactions (pg_stat_database) are counted: each is a
 * lost race that the server retried.
 * Statements per quote, create and list are counted in-process (statements.ts) on both engines.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import readline from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import autocannon, { type Result } from 'autocannon'
import pg from 'pg'
import { countPerRequest, statementRows } from './statements'
import { ROOT, int, log, median, ms, type Row } from './util'

/** People who only ever ask for quotes (never create), so quotes never meet an overlap. */
const QUOTE_USERS = 50
const CONNECTIONS = 50
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)
const JSON_HEADERS = { 'content-type': 'application/json' }

interface Server {
  child: ChildProcess
  url: string
  tokens: string[]
}

async function startServer(args: string[], env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/server.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  })
  const rl = readline.createInterface({ input: child.stdout! })
  const line = await new Promise<string>((resolve, reject) => {
    rl.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`bench server ${args[0]} exited ${code}`)))
  })
  rl.close()
  const { port, tokens } = JSON.parse(line) as { port: number; tokens?: string[] }
  return { child, url: `http://127.0.0.1:${port}`, tokens: tokens ?? [] }
}

async function stopServer(s: Server | undefined) {
  if (!s || s.child.exitCode !== null) return
  const exited = new Promise((r) => s.child.once('exit', r))
  s.child.kill('SIGTERM')
  await exited
}

interface Cluster {
  url: string
  stop(): void
  createDatabase(name: string): string
}

/** scripts/postgres.mjs's throwaway cluster (imported by path: it is plain JavaScript without types). */
async function startCluster(): Promise<Cluster> {
  const mod = (await import(pathToFileURL(path.join(ROOT, 'scripts/postgres.mjs')).href)) as {
    startPostgres(): Promise<Cluster>
  }
  return mod.startPostgres()
}

type Next = () => { path: string; headers: Record<string, string>; body: string }

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (0 where there is no /proc); with
 * `children`, also that of its children that ended (PostgreSQL's connections closed during a load).
 */
function cpuMs(pid: number | undefined, children = false): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ended = children ? Number(f[13]) + Number(f[14]) : 0
    return ((Number(f[11]) + Number(f[12]) + ended) * 1000) / CLOCK_TICKS
  } catch {
    return 0
  }
}

/** CPU time (ms) used so far by every PostgreSQL process of the machine (the throwaway cluster's). */
function postgresCpuMs(): number {
  let total = 0
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuMs(Number(pid), true)
    } catch {
      // gone meanwhile
    }
  }
  return total
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/**
 * One load on `servers` (autocannon given all their URLs), with the CPU time the servers (and, with `db`,
 * PostgreSQL) used during it, per 2xx answer: a figure that the machine's other tenants disturb far less than
 * requests/s (time stolen from this machine is not counted).
 */
async function load(servers: Server | Server[], duration: number, next: Next, db = false): Promise<Figures> {
  const list = Array.isArray(servers) ? servers : [servers]
  const cpu = () => list.reduce((sum, s) => sum + cpuMs(s.child.pid), 0)
  const [c0, d0, m0] = [cpu(), db ? postgresCpuMs() : 0, machineTicks()]
  const r = await autocannon({
    url: list.map((s) => s.url),
    connections: CONNECTIONS,
    duration,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, method: 'POST', ...next() }) }],
  })
  const f = figures(r)
  const answered = Math.max(1, f.ok)
  f.cpu = (cpu() - c0) / answered
  if (db) f.db = (postgresCpuMs() - d0) / answered
  const m1 = machineTicks()
  if (m0 && m1) {
    const total = m1.busy + m1.idle - (m0.busy + m0.idle)
    if (total > 0) f.busy = (100 * (m1.busy - m0.busy)) / total
    if (total > 0) f.steal = (100 * (m1.steal - m0.steal)) / total
  }
  return f
}

interface Figures {
  rps: number
  p50: number
  p99: number
  ok: number
  other: number
  codes: Record<string, number>
  /** the servers' CPU time per 2xx answer, ms */
  cpu?: number
  /** PostgreSQL's CPU time per 2xx answer, ms */
  db?: number
  /** the whole machine's CPU busy during the load (every process, all cores), % */
  busy?: number
  /** time the hypervisor gave to other tenants during the load, % */
  steal?: number
}

/** The machine's CPU ticks since boot (/proc/stat): busy, idle (with iowait), stolen; undefined without /proc. */
function machineTicks(): { busy: number; idle: number; steal: number } | undefined {
  try {
    const [, user, nice, system, idle, iowait, irq, softirq, steal] = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number)
    return { busy: user + nice + system + irq + softirq, idle: idle + iowait + steal, steal }
  } catch {
    return undefined
  }
}

function figures(r: Result): Figures {
  const codes: Record<string, number> = {}
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) codes[code] = (s as { count: number }).count
  if (r.errors) codes.error = r.errors
  if (r.timeouts) codes.timeout = r.timeouts
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    other: r.non2xx + r.errors + r.timeouts,
    codes,
  }
}

type Metric = 'rps' | 'p50' | 'p99' | 'cpu' | 'db' | 'busy'
const cpuMsText = (n: number) => `${n.toFixed(2)} ms`
const METRICS: [Metric, string, (n: number) => string][] = [
  ['rps', 'req/s', int],
  ['p50', 'p50', ms],
  ['p99', 'p99', ms],
  ['cpu', 'server CPU per answer', cpuMsText],
  ['db', 'PostgreSQL CPU per answer', cpuMsText],
  ['busy', 'machine CPU busy', (n) => `${n.toFixed(0)} %`],
]

function countsNote(runs: Figures[]): string {
  const ok = runs.reduce((s, f) => s + f.ok, 0)
  const other = runs.reduce((s, f) => s + f.other, 0)
  const codes: Record<string, number> = {}
  for (const f of runs) for (const [c, n] of Object.entries(f.codes)) codes[c] = (codes[c] ?? 0) + n
  const codeText = Object.entries(codes)
    .map(([c, n]) => `${c}×${n}`)
    .join(' ')
  return `2xx ${ok}, other ${other}${codeText ? ` (${codeText})` : ''}`
}

/** The metrics measured in these runs (CPU only where /proc exists; PostgreSQL's only on its loads). */
const present = (runs: Figures[]) => METRICS.filter(([m]) => runs.every((f) => (f[m] ?? 0) > 0))

/** Rows of `name` against `base`, round by round; `notes` are appended per metric. */
function rows(name: string, runs: Figures[], base: Figures[], notes: Partial<Record<Metric, string>> = {}): Row[] {
  return present(runs).map(([m, label, fmt], i) => {
    const perRound = median(runs.map((f, r) => (f[m] as number) / (base[r][m] as number)))
    const extra = notes[m]
    return {
      part: 'backend',
      figure: `${name} ${label}`,
      ours: fmt(median(runs.map((f) => f[m] as number))),
      baseline: fmt(median(base.map((f) => f[m] as number))),
      ratio: Number.isFinite(perRound) ? `${perRound.toFixed(2)}×` : 'n/a',
      note: [i === 0 ? countsNote(runs) : undefined, extra].filter(Boolean).join('; ') || undefined,
    }
  })
}

/** The baseline's own figures, for the record (its ratio is 1 by definition). */
function baselineRows(name: string, base: Figures[]): Row[] {
  return present(base).map(([m, label, fmt], i) => ({
    part: 'backend',
    figure: `${name} ${label}`,
    ours: '—',
    baseline: fmt(median(base.map((f) => f[m] as number))),
    ratio: '1×',
    note: i === 0 ? countsNote(base) : undefined,
  }))
}

/**
 * Distinct (person, month) create slots, month-major within each seeded batch (p0 m1, p1 m1, …) so that
 * concurrent creates are for different people. `take` past the end reuses a slot (a 409) and counts it.
 */
class Slots {
  private slots: { token: string; month: string }[] = []
  private next = 0
  exhausted = 0
  people = 0
  add(tokens: string[]) {
    for (const month of MONTHS) for (const token of tokens) this.slots.push({ token, month })
    this.people += tokens.length
  }
  get remaining() {
    return this.slots.length - this.next
  }
  take() {
    if (this.next >= this.slots.length) this.exhausted++
    return this.slots[this.next++ % this.slots.length]
  }
}

/** Committed and rolled-back transactions of a PostgreSQL database so far (pg_stat_database). */
async function xactStats(url: string): Promise<{ commit: number; rollback: number }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    // the statistics collector's snapshot is per transaction: clear it so that the figures are current
    await client.query('select pg_stat_clear_snapshot()')
    const r = await client.query<{ commit: string; rollback: string }>(
      'select xact_commit as commit, xact_rollback as rollback from pg_stat_database where datname = current_database()',
    )
    return { commit: Number(r.rows[0].commit), rollback: Number(r.rows[0].rollback) }
  } finally {
    await client.end()
  }
}

/** POSTs JSON and resolves with the answer's body (node:http: no client timeout while the server seeds). */
function post(url: string, body: string, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { ...JSON_HEADERS, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (d) => (text += d))
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(text)
            : reject(new Error(`${label}: ${url} answered ${res.statusCode} ${text}`)),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** The batched statements of each server so far (storage/batch.ts), summed over `servers`. */
async function batchCounts(servers: Server[]): Promise<Record<string, { batches: number; items: number }>> {
  const sum: Record<string, { batches: number; items: number }> = {}
  for (const s of servers) {
    const counts = JSON.parse(await post(`${s.url}/bench/batches`, '{}', 'batches')) as Record<
      string,
      { batches: number; items: number }
    >
    for (const [name, c] of Object.entries(counts)) {
      const t = (sum[name] ??= { batches: 0, items: 0 })
      t.batches += c.batches
      t.items += c.items
    }
  }
  return sum
}

/** Seeds people on `seeder` until `slots` has at least `need` left. */
async function topUp(seeder: Server, slots: Slots, need: number, label: string) {
  if (slots.remaining >= need) return
  const count = Math.ceil((need - slots.remaining) / MONTHS.length)
  const t0 = Date.now()
  const { tokens } = JSON.parse(await post(`${seeder.url}/bench/people`, JSON.stringify({ count }), label)) as {
    tokens: string[]
  }
  slots.add(tokens)
  log(
    `${label}: registered ${count} more people in ${((Date.now() - t0) / 1000).toFixed(1)} s (${slots.people} in all)`,
  )
}

function createRequests(slots: Slots): Next {
  let c = 0
  return () => {
    const { token, month } = slots.take()
    return {
      path: '/api/assessments',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${token}`, 'idempotency-key': `bench-${c++}` },
      body: JSON.stringify({ start: month, end: month, base: '60' }),
    }
  }
}

function quoteRequests(tokens: string[]): Next {
  let q = 0
  return () => {
    const i = q++
    return {
      path: '/api/assessments/quote',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${tokens[i % tokens.length]}` },
      body: JSON.stringify({ start: '2026-01', end: '2026-12', base: String(60 + (i % 241)) }),
    }
  }
}

function insertRequests(): Next {
  let n = 0
  return () => ({
    path: '/insert',
    headers: JSON_HEADERS,
    body: JSON.stringify({ person: `p${n % 1000}`, month: MONTHS[n++ % 12], base: '60' }),
  })
}

/** A rotating schedule of named loads; results[name][round]. */
async function rounds<K extends string>(
  count: number,
  loads: Record<K, () => Promise<Figures>>,
  group: string,
): Promise<Record<K, Figures[]>> {
  const names = Object.keys(loads) as K[]
  const results = Object.fromEntries(names.map((n) => [n, [] as Figures[]])) as Record<K, Figures[]>
  for (let r = 0; r < count; r++) {
    for (let k = 0; k < names.length; k++) {
      const which = names[(k + r) % names.length]
      results[which][r] = await loads[which]()
      // let the server finish what was still in flight before the next load starts (PostgreSQL's create
      // load waits 3 s itself, for its retries)
      await sleep(which === 'create' ? 1000 : 500)
    }
    log(`${group} round ${r + 1}/${count}: ${names.map((n) => `${n} ${int(results[n][r].rps)}`).join(', ')} req/s`)
  }
  return results
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met')

export async function benchBackend(
  opts: { seconds?: number; rounds?: number; users?: number; engines?: string[] } = {},
): Promise<Row[]> {
  const seconds = opts.seconds ?? 4
  const count = opts.rounds ?? 3
  const initial = opts.users ?? 0
  const withSqlite = !opts.engines || opts.engines.includes('sqlite')
  const withPg = !opts.engines || opts.engines.includes('pg')
  const out: Row[] = []
  const servers: Server[] = []
  // every server started is stopped at the end, also when another one failed to start
  const start = (args: string[], env?: Record<string, string>) =>
    startServer(args, env).then((s) => (servers.push(s), s))
  let cluster: Cluster | undefined
  try {
    if (withPg) {
      log('starting a throwaway PostgreSQL cluster …')
      try {
        cluster = await startCluster()
      } catch (err) {
        log(`no PostgreSQL (${(err as Error).message}); the PostgreSQL figures are left out`)
      }
    }
    const pgApp = cluster?.createDatabase('zjb_bench_app')
    const pgBase = cluster?.createDatabase('zjb_bench_base')
    const pgStmt = cluster?.createDatabase('zjb_bench_stmt')

    log('counting statements per create and per list (in-process) …')
    if (withSqlite) out.push(...statementRows('sqlite', await countPerRequest()))
    if (pgStmt) out.push(...statementRows('pg', await countPerRequest(pgStmt)))

    log(`starting the servers (${QUOTE_USERS} quote people${initial ? ` + ${initial} creating people` : ''} each) …`)
    const people = String(QUOTE_USERS + initial)
    const [sqlBase, sqlApp, pg] = await Promise.all([
      withSqlite ? start(['baseline']) : undefined,
      withSqlite ? start(['app', people]) : undefined,
      (async () => {
        if (!pgApp || !pgBase) return undefined
        // one after the other: the first of each pair makes the table / runs the migrations and seeds
        const baseA = await start(['pg-baseline'], { BENCH_DATABASE_URL: pgBase })
        const baseB = await start(['pg-baseline'], { BENCH_DATABASE_URL: pgBase })
        const appA = await start(['app', people], { BENCH_DATABASE_URL: pgApp })
        const appB = await start(['app', '0'], { BENCH_DATABASE_URL: pgApp })
        return { baseA, baseB, appA, appB }
      })(),
    ])

    // ── SQLite, one instance
    if (sqlBase && sqlApp) {
      const sqlSlots = new Slots()
      sqlSlots.add(sqlApp.tokens.slice(QUOTE_USERS))
      const sqlQuote = quoteRequests(sqlApp.tokens.slice(0, QUOTE_USERS))
      const sqlInsert = insertRequests()
      const sqlCreate = createRequests(sqlSlots)
      // warm-up (JIT, page cache); no creates, so every create slot stays available
      const sqlWarm = await load(sqlBase, 2, sqlInsert)
      await load(sqlApp, 2, sqlQuote)
      let sqlFastest = sqlWarm.rps
      const sql = await rounds(
        count,
        {
          insert: async () => load(sqlBase, seconds, sqlInsert),
          quote: async () => load(sqlApp, seconds, sqlQuote),
          create: async () => {
            await topUp(sqlApp, sqlSlots, Math.ceil(1.25 * seconds * sqlFastest), 'sqlite')
            const f = await load(sqlApp, seconds, sqlCreate)
            sqlFastest = Math.max(sqlFastest, f.rps)
            return f
          },
        },
        'sqlite',
      )
      const sqlCreateRatio = median(sql.create.map((f, r) => f.rps / sql.insert[r].rps))
      const sqlP99 = median(sql.create.map((f) => f.p99))
      out.push(
        ...rows('sqlite quote', sql.quote, sql.insert),
        ...rows('sqlite create', sql.create, sql.insert, {
          rps: `exhausted ${sqlSlots.exhausted}; ${sqlSlots.people} creating people; target ≥ 0.5×: ${met(sqlCreateRatio >= 0.5)}`,
          p99: `target ≤ 100 ms: ${met(sqlP99 <= 100)}`,
        }),
        ...baselineRows('sqlite insert (baseline)', sql.insert),
      )
    }

    // ── PostgreSQL, two instances
    if (pg) {
      const both = [pg.appA, pg.appB]
      const bases = [pg.baseA, pg.baseB]
      const pgSlots = new Slots()
      pgSlots.add(pg.appA.tokens.slice(QUOTE_USERS))
      const pgQuote = quoteRequests(pg.appA.tokens.slice(0, QUOTE_USERS))
      const pgInsert = insertRequests()
      const pgCreate = createRequests(pgSlots)
      const pgWarm = await load(bases, 2, pgInsert, true)
      await load(both, 2, pgQuote, true)
      let pgFastest = pgWarm.rps
      let rolledBack = 0
      let created = 0
      const batched: Record<string, { batches: number; items: number }> = {}
      const res = await rounds(
        count,
        {
          insert2: async () => load(bases, seconds, pgInsert, true),
          create2: async () => {
            await topUp(pg.appA, pgSlots, Math.ceil(1.25 * seconds * pgFastest), 'pg')
            const before = await xactStats(pgApp!)
            const batched0 = await batchCounts(both)
            const f = await load(both, seconds, pgCreate, true)
            await sleep(3000) // the tail (retries) counted too
            rolledBack += (await xactStats(pgApp!)).rollback - before.rollback
            for (const [name, c] of Object.entries(await batchCounts(both))) {
              const sum = (batched[name] ??= { batches: 0, items: 0 })
              sum.batches += c.batches - (batched0[name]?.batches ?? 0)
              sum.items += c.items - (batched0[name]?.items ?? 0)
            }
            created += f.ok
            pgFastest = Math.max(pgFastest, f.rps)
            return f
          },
          quote2: async () => load(both, seconds, pgQuote, true),
          quote1: async () => load(pg.appA, seconds, pgQuote, true),
        },
        'pg',
      )
      const pgCreateRatio = median(res.create2.map((f, r) => f.rps / res.insert2[r].rps))
      out.push(
        ...rows('pg ×2 create', res.create2, res.insert2, {
          rps: `exhausted ${pgSlots.exhausted}; ${pgSlots.people} creating people; target ≥ 0.5×: ${met(pgCreateRatio >= 0.5)}`,
          p50: `transactions rolled back (lost races, retried): ${int(rolledBack)}, ${(rolledBack / Math.max(1, created)).toFixed(2)} per create`,
          p99: `requests per batched statement: ${Object.entries(batched)
            .filter(([, c]) => c.batches > 0)
            .map(([name, c]) => `${name} ${(c.items / c.batches).toFixed(1)}`)
            .join(', ')}`,
        }),
        ...baselineRows('pg ×2 insert (baseline)', res.insert2),
        ...rows('pg ×2 quote vs ×1', res.quote2, res.quote1),
      )
    }
    return out
  } finally {
    await Promise.all(servers.map(stopServer))
    cluster?.stop()
  }
}
