/** Shared pieces of the benchmark parts: machine description, medians, ratios, table output. */
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '../..')

/** One printed line of the final table: a figure of ours, the same-run baseline, and ours ÷ baseline. */
export interface Row {
  part: string
  figure: string
  ours: string
  baseline: string
  ratio: string
  note?: string
}

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
export const int = (n: number) => Math.round(n).toLocaleString('en-US')
export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`
export const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : 'n/a')

export function machine(): string {
  const cpus = os.cpus()
  return [
    `${cpus[0]?.model?.trim() ?? 'unknown CPU'} × ${cpus.length} logical cores`,
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM`,
    `${os.type()} ${os.release()} ${os.arch()}`,
    `node ${process.version}`,
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ].join('; ')
}

export function table(rows: Row[]): string {
  const head: Row = { part: 'part', figure: 'figure', ours: 'ours', baseline: 'baseline', ratio: 'ours/baseline' }
  const all = [head, ...rows]
  const keys = ['part', 'figure', 'ours', 'baseline', 'ratio'] as const
  const width = keys.map((k) => Math.max(...all.map((r) => r[k].length)))
  const line = (r: Row) =>
    '| ' + keys.map((k, i) => r[k].padEnd(width[i])).join(' | ') + ' |' + (r.note ? `  ${r.note}` : '')
  const sep = '|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|'
  return [line(head), sep, ...rows.map(line)].join('\n')
}

/** Runs a command, inheriting nothing but collecting output; rejects with the tail of the output on failure. */
export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: 'pipe' })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-3000)}`)),
    )
  })
}

export function log(msg: string) {
  process.stderr.write(`[bench] ${msg}\n`)
}
