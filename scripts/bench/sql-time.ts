/**
 * Where a create spends its SQL time (not part of `npm run bench`): 600 sequential creates in-process, with
 * better-sqlite3 statements wrapped to time prepare and run per SQL text.   npx tsx scripts/bench/sql-time.ts
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock } from '../../mock-server/src/clock'
import { BENCH_TODAY, benchConfig, seedPeople } from './server'

const times = new Map<string, { n: number; t: number; prep: number }>()
const proto = (Database as any).prototype
const origPrepare = proto.prepare
proto.prepare = function (sql: string) {
  const t0 = process.hrtime.bigint()
  const stmt = origPrepare.call(this, sql)
  const key = sql.slice(0, 90)
  const e = times.get(key) ?? { n: 0, t: 0, prep: 0 }
  e.prep += Number(process.hrtime.bigint() - t0) / 1e6
  times.set(key, e)
  for (const m of ['run', 'all', 'get']) {
    const f = stmt[m]
    if (typeof f !== 'function') continue
    stmt[m] = (...a: unknown[]) => {
      const t1 = process.hrtime.bigint()
      try {
        return f.apply(stmt, a)
      } finally {
        e.n++
        e.t += Number(process.hrtime.bigint() - t1) / 1e6
      }
    }
  }
  return stmt
}
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-sqlt-'))
  const { app } = await buildApp({ config: benchConfig(dir), clock: fixedClock(BENCH_TODAY), logger: false })
  await app.ready()
  const tokens = await seedPeople(app, 0, 50)
  // reset, not clear: statements are prepared once (the driver caches them) and keep their entries
  for (const e of times.values()) Object.assign(e, { n: 0, t: 0, prep: 0 })
  const t0 = Date.now()
  let k = 0
  for (let m = 1; m <= 12; m++)
    for (const token of tokens) {
      const month = `2026-${String(m).padStart(2, '0')}`
      const r = await app.inject({
        method: 'POST',
        url: '/api/assessments',
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': `k${k++}` },
        payload: { start: month, end: month, base: '60' },
      })
      if (r.statusCode !== 201) throw new Error(r.body)
    }
  const wall = Date.now() - t0
  let sum = 0
  const rows = [...times].sort((a, b) => b[1].t + b[1].prep - a[1].t - a[1].prep)
  for (const [, e] of rows) sum += e.t + e.prep
  console.log(
    `creates ${k} in ${wall} ms = ${(wall / k).toFixed(3)} ms each; sql total ${(sum / k).toFixed(3)} ms each`,
  )
  for (const [sql, e] of rows.slice(0, 25))
    console.log(`${(e.t / k).toFixed(3)} exec ${(e.prep / k).toFixed(3)} prep  n=${e.n}  ${sql}`)
  await app.close()
}
main()
