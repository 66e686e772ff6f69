#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in order, stopping at the first failing step.
 *   1 typecheck  2 lint  3 unit tests (rules engine, backend, security attacks, components)  3b robustness (fuzz, crash, concurrency)
 *   3c the backend, security and robustness suites again on a throwaway PostgreSQL (scripts/postgres.mjs; the
 *      multi-instance test runs there only)
 *   4 production builds (h5, weapp, alipay)  5 size budgets
 *   6 mini-program bundle checks + runtime smoke (weapp, alipay)  7 browser tests (H5 on Chromium)
 * Set SKIP_BUILD=1 to reuse existing dist/ builds. The last line sums the test counts of every runner.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const reports = path.join(root, 'artifacts', 'reports')
fs.mkdirSync(reports, { recursive: true })
for (const f of fs.readdirSync(reports)) fs.rmSync(path.join(reports, f))

const vitest = (name, args = []) => [
  'npx',
  [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(reports, name + '.json')}`,
  ],
]

/** The command run inside a throwaway PostgreSQL cluster (`node scripts/postgres.mjs run -- …`). */
const postgres = ([cmd, args]) => ['node', ['scripts/postgres.mjs', 'run', '--', cmd, ...args]]

const steps = [
  // the answer checks compiled from src/api/schema.ts (config/validators.ts), so that nothing below runs stale ones
  ['generate validators', 'npx', ['tsx', 'config/validators.ts']],
  // each area under its own tsconfig (domain: no DOM/node; app: no node; server: no DOM), then everything
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  // unit tests: vitest.config.mts include list (tests/domain, tests/server, tests/security, tests/components, …)
  ['unit tests', ...vitest('unit')],
  ['robustness tests', ...vitest('robustness', ['--config', 'tests/robustness/vitest.config.mts'])],
  // the same backend suites on PostgreSQL: a throwaway cluster, each app on a fresh database (TEST_DATABASE_URL)
  ['unit tests (PostgreSQL)', ...postgres(vitest('unit-pg', ['tests/server', 'tests/security']))],
  ['robustness (PostgreSQL)', ...postgres(vitest('robustness-pg', ['--config', 'tests/robustness/vitest.config.mts']))],
  ...(process.env.SKIP_BUILD
    ? []
    : [
        ['build h5', 'npm', ['run', '-s', 'build:h5']],
        ['build weapp', 'npm', ['run', '-s', 'build:weapp']],
        ['build alipay', 'npm', ['run', '-s', 'build:alipay']],
      ]),
  ['size budgets', 'node', ['scripts/size.mjs']],
  ['mini-program checks', ...vitest('mini', ['--config', 'tests/mini/vitest.config.mts'])],
  ['browser tests', 'node', ['scripts/ensure-chromium.mjs']],
  ['browser tests', ...vitest('e2e', ['--config', 'tests/e2e/vitest.config.mts'])],
]

const started = Date.now()
const timings = []
let failedStep
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`)
  const t0 = Date.now()
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  timings.push([name, ((Date.now() - t0) / 1000).toFixed(1)])
  if (r.status !== 0) {
    failedStep = name
    break
  }
}

let passed = 0
let failed = 0
let skipped = 0
for (const f of fs.readdirSync(reports)) {
  try {
    const j = JSON.parse(fs.readFileSync(path.join(reports, f), 'utf8'))
    passed += j.numPassedTests ?? 0
    failed += j.numFailedTests ?? 0
    skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0)
  } catch {}
}

console.log('\n=== npm test summary')
for (const [name, secs] of timings) console.log(`  ${name.padEnd(22)} ${secs}s`)
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)}s`)
if (failedStep) console.log(`  FAILED at step: ${failedStep}`)
if (failedStep && failed === 0) failed = 1
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failedStep ? 1 : 0)
