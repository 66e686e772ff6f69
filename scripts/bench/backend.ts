/**
 * Backend under load: autocannon, 50 connections, on loopback, against servers in their own processes
 * (server.ts). Figures: requests/s (mean), latency p50 and p99, and the 2xx / non-2xx counts.
 * Both servers run side by side and the loads alternate in rounds (baseline, quote, create; the order rotates),
 * so that a burst of noise on this shared machine hits ours and the baseline alike; each figure is the median
 * over the rounds, each ratio the median of the per-round ratios.
 *   baseline  a bare Fastify route doing one SQLite INSERT (WAL, synchronous=FULL)
 *   quote     POST /api/assessments/quote (rules engine, reads; no write)
 *   create    POST /api/assessments (writes): every request is a distinct single-month create for one of
 *             many registered people (person × month of the year), so creates succeed until the slots run out
 *             (400 people × 12 months; the 2xx / other counts show it).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import autocannon, { type Result } from 'autocannon'
import { ROOT, int, log, median, ms, type Row } from './util'

/** People who only ever ask for quotes (never create), so quotes never meet an overlap. */
const QUOTE_USERS = 50
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)

async function startServer(args: string[]): Promise<{ child: ChildProcess; port: number; tokens: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/server.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const rl = readline.createInterface({ input: child.stdout! })
  const line = await new Promise<string>((resolve, reject) => {
    rl.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`bench server ${args[0]} exited ${code}`)))
  })
  rl.close()
  const { port, tokens } = JSON.parse(line) as { port: number; tokens?: string[] }
  return { child, port, tokens: tokens ?? [] }
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
}

async function load(
  url: string,
  duration: number,
  next: () => { path: string; headers: Record<string, string>; body: string },
): Promise<Result> {
  return autocannon({
    url,
    connections: 50,
    duration,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, method: 'POST', ...next() }) }],
  })
}

interface Figures {
  rps: number
  p50: number
  p99: number
  ok: number
  other: number
  codes: Record<string, number>
}

function figures(r: Result): Figures {
  const codes: Record<string, number> = {}
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) codes[code] = (s as { count: number }).count
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    other: r.non2xx + r.errors + r.timeouts,
    codes,
  }
}

type Metric = 'rps' | 'p50' | 'p99'
const METRICS: [Metric, string, (n: number) => string][] = [
  ['rps', 'req/s', int],
  ['p50', 'p50', ms],
  ['p99', 'p99', ms],
]

function rows(name: string, runs: Figures[], base: Figures[]): Row[] {
  const ok = runs.reduce((s, f) => s + f.ok, 0)
  const other = runs.reduce((s, f) => s + f.other, 0)
  const codes: Record<string, number> = {}
  for (const f of runs) for (const [c, n] of Object.entries(f.codes)) codes[c] = (codes[c] ?? 0) + n
  const codeText = Object.entries(codes)
    .map(([c, n]) => `${c}×${n}`)
    .join(' ')
  return METRICS.map(([m, label, fmt], i) => {
    const ours = median(runs.map((f) => f[m]))
    const baseline = median(base.map((f) => f[m]))
    const perRound = median(runs.map((f, r) => f[m] / base[r][m]))
    return {
      part: 'backend',
      figure: `${name} ${label}`,
      ours: fmt(ours),
      baseline: fmt(baseline),
      ratio: Number.isFinite(perRound) ? `${perRound.toFixed(2)}×` : 'n/a',
      note: i === 0 ? `2xx ${ok}, other ${other}${codeText ? ` (${codeText})` : ''}` : undefined,
    }
  })
}

export async function benchBackend(opts: { seconds?: number; rounds?: number; users?: number } = {}): Promise<Row[]> {
  const seconds = opts.seconds ?? 4
  const rounds = opts.rounds ?? 3
  const users = opts.users ?? 400
  const json = { 'content-type': 'application/json' }

  log(`starting the bare baseline and the backend with ${users} + ${QUOTE_USERS} registered people …`)
  const [bs, app] = await Promise.all([startServer(['baseline']), startServer(['app', String(users + QUOTE_USERS)])])
  const baseUrl = `http://127.0.0.1:${bs.port}`
  const url = `http://127.0.0.1:${app.port}`
  try {
    // baseline: bare route, one INSERT per request
    let n = 0
    const baselineReq = () => ({
      path: '/insert',
      headers: json,
      body: JSON.stringify({ person: `p${n % 1000}`, month: MONTHS[n++ % 12], base: '60' }),
    })
    let q = 0
    const quoteReq = () => {
      const i = q++
      return {
        path: '/api/assessments/quote',
        headers: { ...json, authorization: `Bearer ${app.tokens[users + (i % QUOTE_USERS)]}` },
        body: JSON.stringify({ start: '2026-01', end: '2026-12', base: String(60 + (i % 241)) }),
      }
    }
    // person-major order (p0 m1, p1 m1, …) so that concurrent creates are for different people
    let c = 0
    const createReq = () => {
      const i = c++
      const person = i % users
      const month = MONTHS[Math.floor(i / users) % 12]
      return {
        path: '/api/assessments',
        headers: { ...json, authorization: `Bearer ${app.tokens[person]}`, 'idempotency-key': `bench-${i}` },
        body: JSON.stringify({ start: month, end: month, base: '60' }),
      }
    }
    // warm-up (JIT, page cache); no creates, so every create slot stays available
    await load(baseUrl, 2, baselineReq)
    await load(url, 2, quoteReq)

    const loads = {
      baseline: () => load(baseUrl, seconds, baselineReq),
      quote: () => load(url, seconds, quoteReq),
      create: () => load(url, seconds, createReq),
    }
    const order = ['baseline', 'quote', 'create'] as const
    const results: Record<(typeof order)[number], Figures[]> = { baseline: [], quote: [], create: [] }
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < order.length; k++) {
        const which = order[(k + r) % order.length]
        results[which][r] = figures(await loads[which]())
      }
      log(
        `backend round ${r + 1}/${rounds}: baseline ${int(results.baseline[r].rps)}, quote ${int(results.quote[r].rps)}, create ${int(results.create[r].rps)} req/s`,
      )
    }
    if (c > users * 12) log('create: ran out of (person, month) slots, later creates answered 409: raise --users')
    return [
      ...rows('quote', results.quote, results.baseline),
      ...rows('create', results.create, results.baseline),
      ...baselineRows(results.baseline),
    ]
  } finally {
    await Promise.all([stopServer(bs.child), stopServer(app.child)])
  }
}

/** The baseline's own figures, for the record (its ratio is 1 by definition). */
function baselineRows(base: Figures[]): Row[] {
  return METRICS.map(([m, label, fmt]) => ({
    part: 'backend',
    figure: `baseline insert ${label}`,
    ours: '—',
    baseline: fmt(median(base.map((f) => f[m]))),
    ratio: '1×',
  }))
}
