/**
 * Benchmark of the rules engine (not a test): assessment quotes per second on one core.
 *   npx tsx scripts/bench-rules.ts [--seconds 1] [--rounds 7]
 * Warms up, then runs quotes in a loop for a fixed time per round, alternating with the same-run baseline
 * (a JSON round trip of the same inputs in the same loop, see jsonRoundTrip), and prints each round's rates,
 * the medians and the median of the per-round ratios, plus the machine.
 * `npm run bench` (scripts/bench/rules.ts) imports WORKLOAD, runFor and jsonRoundTrip.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { REFERENCE_RULE_SETS, assess, type AssessInput, type RuleSet } from '../src/domain'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN
  return Number.isFinite(v) && v > 0 ? v : fallback
}

/** A realistic mix: percent / wage (Ningxia), tier (Wuhan), amount with window (Tianjin), with records to check. */
const existing = [
  { id: 'A1', start: '2025-01', end: '2025-02', status: 'PAID' },
  { id: 'A2', start: '2025-03', end: '2025-03', status: 'REVOKED' },
]
export const WORKLOAD: [AssessInput, RuleSet][] = [
  [
    {
      today: '2019-09-24',
      person: { id: '640104198503150024', registered: true },
      start: '2019-01',
      end: '2019-12',
      base: '60',
    },
    REFERENCE_RULE_SETS.NX2019,
  ],
  [
    {
      today: '2019-09-24',
      person: { id: '640104198503150024', registered: true },
      start: '2019-03',
      end: '2019-09',
      base: '5000.57',
    },
    REFERENCE_RULE_SETS.NX2019,
  ],
  [
    {
      today: '2025-09-10',
      person: { id: '420102199007080240', registered: true },
      start: '2025-07',
      end: '2026-06',
      base: '250',
    },
    REFERENCE_RULE_SETS.WH2025,
  ],
  [
    {
      today: '2025-03-21',
      person: { id: '120101198801010010', registered: true },
      start: '2025-04',
      end: '2025-12',
      base: '8000.55',
      frequency: 'yearly',
      existingAssessments: existing,
    },
    REFERENCE_RULE_SETS.TJ2025,
  ],
  [
    {
      today: '2025-03-10',
      person: { id: '640104196506150119', registered: true },
      start: '2025-03',
      end: '2025-08',
      base: '65.5',
    },
    REFERENCE_RULE_SETS.NX2025,
  ],
]

function quoteOnce(input: AssessInput, rules: RuleSet): void {
  const r = assess(input, rules)
  if (!r.ok) throw new Error(`benchmark input refused: ${r.errors[0].code}`)
}

/** Runs `op` over the workload in rotation for `ms` milliseconds (100 calls between clock reads); returns the count. */
export function runFor(ms: number, op: (input: AssessInput, rules: RuleSet) => void = quoteOnce): number {
  let n = 0
  const end = performance.now() + ms
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) {
      const [input, rules] = WORKLOAD[n % WORKLOAD.length]
      op(input, rules)
      n++
    }
  }
  return n
}

let sink = 0
/** The baseline: JSON stringify + parse of the quote input, the cheapest thing a server does with a request. */
export const jsonRoundTrip = (input: AssessInput): void => {
  sink += (JSON.parse(JSON.stringify(input)) as { start: string }).start.length
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

function main() {
  const SECONDS = arg('seconds', 1)
  const ROUNDS = arg('rounds', 7)
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US')

  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} (${os.cpus().length} cores visible; benchmark uses 1 thread)`,
  )
  console.log(`node ${process.version} on ${os.platform()} ${os.arch()}`)
  console.log(
    `workload: ${WORKLOAD.length} assessment quotes in rotation; ${ROUNDS} rounds × ${SECONDS}s after warm-up`,
  )

  const rateOf = (op?: (input: AssessInput, rules: RuleSet) => void): number => {
    const t0 = performance.now()
    const n = runFor(SECONDS * 1000, op)
    return n / ((performance.now() - t0) / 1000)
  }
  runFor(1000) // warm-up (JIT)
  runFor(1000, jsonRoundTrip)
  const rates: number[] = []
  const base: number[] = []
  const ratios: number[] = []
  for (let r = 1; r <= ROUNDS; r++) {
    const rate = rateOf()
    const b = rateOf(jsonRoundTrip)
    rates.push(rate)
    base.push(b)
    ratios.push(rate / b)
    console.log(
      `round ${r}: ${fmt(rate)} quotes/s; baseline (JSON round trip) ${fmt(b)}/s; ratio ${(rate / b).toFixed(3)}`,
    )
  }
  console.log(`median: ${fmt(median(rates))} quotes/s (min ${fmt(Math.min(...rates))}, max ${fmt(Math.max(...rates))})`)
  console.log(
    `baseline median: ${fmt(median(base))}/s; quotes/s ÷ baseline: ${median(ratios).toFixed(3)}× (median of per-round ratios)`,
  )
  if (sink < 0) console.log('') // keep the baseline's work observable
}

if (process.argv[1]?.endsWith('bench-rules.ts')) main()
