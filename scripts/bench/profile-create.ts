/**
 * Profiles the create path (not part of `npm run bench`): starts `server.ts app <people>` under --cpu-prof,
 * drives `seconds` of creates at 50 connections, stops it, and prints the heaviest functions (self time).
 *   npx tsx scripts/bench/profile-create.ts [people=300] [seconds=5] [BENCH_DATABASE_URL=…]
 * Writes "load: start" to stderr when the load begins (to start `perf record -a -g` on the whole machine then).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import autocannon from 'autocannon'
import { ROOT } from './util'

async function main() {
  const people = Number(process.argv[2] ?? 300)
  const seconds = Number(process.argv[3] ?? 5)
  const dir = fs.mkdtempSync('/tmp/zjb-prof-')
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/bench/server.ts'), 'app', String(people)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_PROFILE: '1' } },
  )
  const line = await new Promise<string>((r) => readline.createInterface({ input: child.stdout! }).once('line', r))
  const { port, tokens } = JSON.parse(line) as { port: number; tokens: string[] }
  const slots: { token: string; month: string }[] = []
  for (let m = 1; m <= 12; m++)
    for (const t of tokens) slots.push({ token: t, month: `2026-${String(m).padStart(2, '0')}` })
  let n = 0
  const base = `http://127.0.0.1:${port}`
  await fetch(`${base}/bench/profile/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  console.error('load: start')
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const s = slots[n % slots.length]
          return {
            ...req,
            path: '/api/assessments',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${s.token}`,
              'idempotency-key': `p-${n++}`,
            },
            body: JSON.stringify({ start: s.month, end: s.month, base: '60' }),
          }
        },
      },
    ],
  })
  console.log(
    `creates: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, 2xx ${result['2xx']}, other ${result.non2xx}, sent ${n} of ${slots.length} slots`,
  )
  const text = await (
    await fetch(`${base}/bench/profile/stop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
  ).text()
  child.kill('SIGINT')
  await new Promise((r) => child.once('exit', r))
  const file = 'create.cpuprofile'
  fs.writeFileSync(path.join(dir, file), text)
  const prof = JSON.parse(text) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
    samples: number[]
    timeDeltas: number[]
  }
  const self = new Map<number, number>()
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)))
  const byFn = new Map<string, number>()
  const byFile = new Map<string, number>()
  let total = 0
  for (const node of prof.nodes) {
    const t = self.get(node.id) ?? 0
    total += t
    const f = node.callFrame
    const short = f.url.replace(/^.*node_modules\//, '').replace(ROOT, '')
    const key = `${f.functionName || '(anon)'} ${short}:${f.lineNumber}`
    byFn.set(key, (byFn.get(key) ?? 0) + t)
    const mod = short.startsWith('/') ? short : short.split('/')[0]
    byFile.set(mod, (byFile.get(mod) ?? 0) + t)
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`)
  console.log('by module:\n' + top(byFile, 25).join('\n'))
  console.log('by function:\n' + top(byFn, 40).join('\n'))
  console.log(`profile: ${path.join(dir, file)}`)
}
main()
