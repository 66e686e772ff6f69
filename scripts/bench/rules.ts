/**
 * Rules engine: assessment quotes per second on one core (the workload and loop of scripts/bench-rules.ts),
 * against a same-run baseline: a JSON round trip (stringify + parse) of the same quote inputs, i.e. the
 * cheapest thing a server does with a request. Rounds alternate engine / baseline so that machine noise
 * hits both; the ratio is the median of the per-round ratios.
 */
import { performance } from 'node:perf_hooks'
import { jsonRoundTrip, runFor } from '../bench-rules'
import { int, log, median, type Row } from './util'

function rate(op?: Parameters<typeof runFor>[1], seconds = 1): number {
  const t0 = performance.now()
  const n = runFor(seconds * 1000, op)
  return n / ((performance.now() - t0) / 1000)
}

export async function benchRules(opts: { rounds?: number } = {}): Promise<Row[]> {
  const rounds = opts.rounds ?? 7
  rate(undefined, 1) // warm-up (JIT)
  rate(jsonRoundTrip, 1)
  const engine: number[] = []
  const base: number[] = []
  const ratios: number[] = []
  for (let r = 0; r < rounds; r++) {
    engine.push(rate())
    base.push(rate(jsonRoundTrip))
    ratios.push(engine[r] / base[r])
    log(`rules round ${r + 1}/${rounds}: ${int(engine[r])} quotes/s, JSON round trip ${int(base[r])}/s`)
  }
  return [
    {
      part: 'rules',
      figure: `quotes/s on one core, median of ${rounds} × 1 s`,
      ours: int(median(engine)),
      baseline: int(median(base)),
      ratio: `${median(ratios).toFixed(3)}×`,
      note: `baseline: JSON stringify+parse of the same input; engine ${int(Math.min(...engine))}–${int(Math.max(...engine))}/s`,
    },
  ]
}
