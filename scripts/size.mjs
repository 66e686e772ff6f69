#!/usr/bin/env node
/**
 * Size report for the production builds (run the builds first).
 *   weapp / alipay: main-package size and total; fails past the 2 MB hard limit or the main-package budget:
 *   MAIN_RATIO × the main package of a hello-world of the same Taro (scripts/bench/hello.ts; `npm run bench --
 *   --only size` measures it and prints the ratio): 298.5 KB weapp and 249.3 KB alipay with Taro 4.2.0.
 *   Re-derive them when Taro changes. The budget is issue 13's 1.6×: the main package holds the app shell and
 *   the three tab pages; the flow pages are one sub-package (src/routes.ts), the answer checks are small
 *   compositions (src/api/check.ts), and the message catalogue loads with the flows.
 *   h5: total, and the first-load JavaScript (scripts in index.html) raw and gzip; fails past 150 KB gzip.
 * Prints one line per target. `--json` prints the figures as JSON too.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const KB = 1024
/** main package ÷ hello-world main package, at most */
export const MAIN_RATIO = 1.6
/** the hello-world's main package (KB) measured with Taro 4.2.0 (scripts/bench/hello.ts) */
export const HELLO_MAIN_KB = { weapp: 298.5, alipay: 249.3 }
const budgets = {
  miniHard: 2 * 1024 * KB,
  miniMain: {
    weapp: Math.floor(MAIN_RATIO * HELLO_MAIN_KB.weapp) * KB,
    alipay: Math.floor(MAIN_RATIO * HELLO_MAIN_KB.alipay) * KB,
  },
  h5FirstLoadGzip: 150 * KB,
}
export const mainBudget = (target) => budgets.miniMain[target]

function walk(dir) {
  const out = []
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...walk(p))
    else out.push(p)
  }
  return out
}

const fmt = (n) => `${(n / KB).toFixed(1)} KB`

export function measureMini(target, distRoot = path.join(root, 'dist')) {
  const dir = path.join(distRoot, target)
  if (!fs.existsSync(dir)) return { target, missing: true }
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, '') + '/')
  const files = walk(dir).filter((f) => !f.endsWith('.map'))
  let total = 0
  let main = 0
  for (const f of files) {
    const size = fs.statSync(f).size
    total += size
    const rel = path.relative(dir, f).split(path.sep).join('/')
    if (!subRoots.some((r) => rel.startsWith(r))) main += size
  }
  return { target, total, main, ok: total <= budgets.miniHard && main <= budgets.miniMain[target] }
}

export function measureH5(distRoot = path.join(root, 'dist')) {
  const dir = path.join(distRoot, 'h5')
  if (!fs.existsSync(dir)) return { target: 'h5', missing: true }
  const files = walk(dir).filter((f) => !f.endsWith('.map'))
  const total = files.reduce((s, f) => s + fs.statSync(f).size, 0)
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
  let firstRaw = 0
  let firstGzip = 0
  for (const s of scripts) {
    const p = path.join(dir, s.replace(/^\//, ''))
    if (!fs.existsSync(p)) continue
    const buf = fs.readFileSync(p)
    firstRaw += buf.length
    firstGzip += zlib.gzipSync(buf, { level: 9 }).length
  }
  return { target: 'h5', total, firstRaw, firstGzip, ok: firstGzip <= budgets.h5FirstLoadGzip }
}

function main() {
  const results = [measureMini('weapp'), measureMini('alipay'), measureH5()]
  let failed = false
  for (const r of results) {
    if (r.missing) {
      console.log(`${r.target.padEnd(7)} MISSING: build it first (npm run build:${r.target})`)
      failed = true
    } else if (r.target === 'h5') {
      console.log(
        `h5      total ${fmt(r.total)}; first-load JS ${fmt(r.firstRaw)} raw / ${fmt(r.firstGzip)} gzip (budget ${fmt(budgets.h5FirstLoadGzip)} gzip) ${r.ok ? 'OK' : 'OVER BUDGET'}`,
      )
    } else {
      console.log(
        `${r.target.padEnd(7)} main package ${fmt(r.main)} (budget ${fmt(budgets.miniMain[r.target])} = ${MAIN_RATIO} × hello-world ${HELLO_MAIN_KB[r.target]} KB); total ${fmt(r.total)} (limit ${fmt(budgets.miniHard)}) ${r.ok ? 'OK' : 'OVER BUDGET'}`,
      )
    }
    if (r.ok === false) failed = true
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(results))
  process.exit(failed ? 1 : 0)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
