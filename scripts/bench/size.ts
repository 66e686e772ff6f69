/**
 * Bundle size per target against a hello-world Taro build of the same versions (see hello.ts), measured with
 * scripts/size.mjs: weapp/alipay main package and total; H5 total and first-load JavaScript (raw and gzip).
 * Our builds: dist/<target> if present (npm run build:<target>), else built here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { MAIN_RATIO, mainBudget, measureH5, measureMini } from '../size.mjs'
import { buildTarget, helloProject, type Target } from './hello'
import { ROOT, kb, log, ratio, run, type Row } from './util'

async function ensureOurs(target: Target, fresh: boolean): Promise<string> {
  const distRoot = path.join(ROOT, 'dist')
  const marker = target === 'h5' ? 'index.html' : 'app.json'
  if (!fresh && fs.existsSync(path.join(distRoot, target, marker))) return distRoot
  log(`dist/${target} missing: building it (npx taro build --type ${target}) …`)
  await run(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', target], { cwd: ROOT })
  return distRoot
}

export async function benchSize(opts: { fresh?: boolean } = {}): Promise<Row[]> {
  const hello = helloProject()
  const rows: Row[] = []
  for (const target of ['weapp', 'alipay'] as const) {
    const ours = measureMini(target, await ensureOurs(target, false))
    const base = measureMini(target, await buildTarget(hello, target, !!opts.fresh))
    rows.push(
      {
        part: 'size',
        figure: `${target} main package`,
        ours: kb(ours.main),
        baseline: kb(base.main),
        ratio: ratio(ours.main, base.main),
        note:
          `≤ ${MAIN_RATIO}× hello-world: ${ours.main <= MAIN_RATIO * base.main ? 'OK' : 'OVER'}; ` +
          `size.mjs budget ${kb(mainBudget(target))}: ${ours.main <= mainBudget(target) ? 'OK' : 'OVER'}`,
      },
      {
        part: 'size',
        figure: `${target} total`,
        ours: kb(ours.total),
        baseline: kb(base.total),
        ratio: ratio(ours.total, base.total),
      },
    )
  }
  const ours = measureH5(await ensureOurs('h5', false))
  const base = measureH5(await buildTarget(hello, 'h5', !!opts.fresh))
  rows.push(
    {
      part: 'size',
      figure: 'h5 first-load JS (gzip)',
      ours: kb(ours.firstGzip),
      baseline: kb(base.firstGzip),
      ratio: ratio(ours.firstGzip, base.firstGzip),
      note: `budget 150 KB: ${ours.firstGzip <= 150 * 1024 ? 'OK' : 'OVER'}`,
    },
    {
      part: 'size',
      figure: 'h5 first-load JS (raw)',
      ours: kb(ours.firstRaw),
      baseline: kb(base.firstRaw),
      ratio: ratio(ours.firstRaw, base.firstRaw),
    },
    {
      part: 'size',
      figure: 'h5 total',
      ours: kb(ours.total),
      baseline: kb(base.total),
      ratio: ratio(ours.total, base.total),
    },
  )
  return rows
}

/** The hello-world's dist/h5 (built if needed), for the H5 start benchmark. */
export async function helloH5(fresh = false): Promise<string> {
  return path.join(await buildTarget(helloProject(), 'h5', fresh), 'h5')
}

export async function oursH5(): Promise<string> {
  return path.join(await ensureOurs('h5', false), 'h5')
}
