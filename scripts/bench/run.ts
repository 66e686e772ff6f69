/**
 * `npm run bench` — benchmarks (scripts that print figures; not timed tests). Every figure is given with a
 * baseline measured in the same run, and the ratio ours ÷ baseline, because these machines are noisy.
 *   npx tsx scripts/bench/run.ts [--only size|h5|backend|rules] [--fresh] [--runs 7] [--rounds 3] [--seconds 4] [--users 0]
 *     [--engines sqlite,pg]
 *   --runs: H5 start runs; --rounds: backend and rules rounds (rules: 7 unless given); --seconds: per backend load;
 *   --users: creating people registered before the first round (the backend part tops up by itself);
 *   --engines: the backend's engines (both unless given)
 * Parts (each in its own module): size.ts (bundles vs a hello-world Taro build), h5.ts (H5 start in headless
 * Chromium, CPU 4× throttled), backend.ts (autocannon vs a bare Fastify + SQLite insert on one instance, and vs
 * a bare Fastify + pg insert on two PostgreSQL instances; statements per request, statements.ts), rules.ts (engine
 * quotes/s vs a JSON round trip). Progress goes to stderr; the machine and the table go to stdout.
 * See docs/BENCHMARKS.md.
 */
import { benchBackend } from './backend'
import { benchH5 } from './h5'
import { benchRules } from './rules'
import { benchSize } from './size'
import { log, machine, table, type Row } from './util'

const PARTS = ['size', 'h5', 'backend', 'rules'] as const
type Part = (typeof PARTS)[number]

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
function num(name: string): number | undefined {
  const v = Number(flag(name))
  return Number.isFinite(v) && v > 0 ? v : undefined
}

async function main() {
  const only = flag('only')
  const parts: Part[] = only ? (only.split(',') as Part[]) : [...PARTS]
  for (const p of parts) {
    if (!PARTS.includes(p)) throw new Error(`unknown part "${p}": use --only ${PARTS.join('|')}`)
  }
  const started = Date.now()
  const rows: Row[] = []
  const timings: string[] = []
  for (const part of parts) {
    const t0 = Date.now()
    log(`── ${part}`)
    if (part === 'size') rows.push(...(await benchSize({ fresh: process.argv.includes('--fresh') })))
    if (part === 'h5') rows.push(...(await benchH5({ runs: num('runs') })))
    if (part === 'backend')
      rows.push(
        ...(await benchBackend({
          seconds: num('seconds'),
          rounds: num('rounds'),
          users: num('users'),
          engines: flag('engines')?.split(','),
        })),
      )
    if (part === 'rules') rows.push(...(await benchRules({ rounds: num('rounds') })))
    timings.push(`${part} ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }
  console.log(`machine: ${machine()}`)
  console.log(
    `run: ${new Date().toISOString()}; ${timings.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  console.log('')
  console.log(table(rows))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
