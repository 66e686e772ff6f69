/**
 * SQL statements per request, counted the way tests/server/app/statements.test.ts does (`countStatements` of
 * tests/server/helpers.ts): the app is built in-process and ctx.db is swapped for the same database with a
 * Kysely plugin that records every query it compiles (BEGIN/COMMIT of a transaction are the driver's and are
 * not seen). One person asks for a full-year quote, creates one record with an Idempotency-Key (what the load sends), three more, and then
 * lists the 4 records. Baseline: the bare insert route's one statement per request.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { KyselyPlugin } from 'kysely'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock } from '../../mock-server/src/clock'
import { BENCH_TODAY, benchConfig, seedPeople } from './server'
import type { Row } from './util'

type Ctx = Awaited<ReturnType<typeof buildApp>>['ctx']

/** Same approach as countStatements of tests/server/helpers.ts. */
function countStatements(ctx: Ctx) {
  const kinds: string[] = []
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      const n = node as {
        kind: string
        from?: { froms?: unknown[] }
        into?: unknown
        table?: unknown
        sqlFragments?: string[]
      }
      if (n.kind === 'RawNode') {
        // raw SQL (e.g. PostgreSQL's idempotency look-up with its advisory lock): its tables
        const text = (n.sqlFragments ?? []).join('?')
        const tables = [...text.matchAll(/\b(?:from|join|into|update)\s+([a-z_]+)/gi)]
          .map((m) => m[1])
          .filter((t) => t !== 'select')
        kinds.push(`raw ${tables.join('+')}`.trim())
        return node
      }
      const table = JSON.stringify(n.from ?? n.into ?? n.table ?? '').match(/"name":"([a-z_]+)"/)?.[1] ?? ''
      kinds.push(`${n.kind.replace('QueryNode', '').toLowerCase()} ${table}`.trim())
      return node
    },
    transformResult: async ({ result }) => result,
  }
  ctx.db = ctx.db.withPlugin(plugin)
  return kinds
}

export interface StatementCounts {
  quote: string[]
  create: string[]
  list: string[]
}

/** Counts on SQLite (a temp DATA_DIR) or on PostgreSQL (`databaseUrl`, an empty database). */
export async function countPerRequest(databaseUrl?: string): Promise<StatementCounts> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-bench-stmt-'))
  const { app, ctx } = await buildApp({
    config: benchConfig(dir, databaseUrl),
    clock: fixedClock(BENCH_TODAY),
    logger: false,
  })
  try {
    await app.ready()
    const [token] = await seedPeople(app, 0, 1)
    const kinds = countStatements(ctx)
    const create = async (month: string) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/assessments',
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': `stmt-${month}` },
        payload: { start: month, end: month, base: '60' },
      })
      if (r.statusCode !== 201) throw new Error(`create ${month}: ${r.statusCode} ${r.body}`)
    }
    kinds.length = 0
    const q = await app.inject({
      method: 'POST',
      url: '/api/assessments/quote',
      headers: { authorization: `Bearer ${token}` },
      payload: { start: '2026-01', end: '2026-12', base: '60' },
    })
    if (q.statusCode !== 200) throw new Error(`quote: ${q.statusCode} ${q.body}`)
    const quoteKinds = [...kinds]
    kinds.length = 0
    await create('2026-01')
    const createKinds = [...kinds]
    for (const m of ['2026-02', '2026-03', '2026-04']) await create(m)
    kinds.length = 0
    const r = await app.inject({
      method: 'GET',
      url: '/api/assessments',
      headers: { authorization: `Bearer ${token}` },
    })
    if (r.statusCode !== 200 || r.json().items.length !== 4) throw new Error(`list: ${r.statusCode} ${r.body}`)
    return { quote: quoteKinds, create: createKinds, list: [...kinds] }
  } finally {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Table rows: statements of ours against the bare route's one per request. */
export function statementRows(engine: string, c: StatementCounts): Row[] {
  const row = (what: string, kinds: string[]): Row => ({
    part: 'backend',
    figure: `${engine}: statements per ${what}`,
    ours: String(kinds.length),
    baseline: '1',
    ratio: `${kinds.length}×`,
    note: kinds.join(', '),
  })
  return [row('quote', c.quote), row('create (with key)', c.create), row('list of 4 records', c.list)]
}
