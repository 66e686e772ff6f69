/**
 * H5 start: time from navigation start until the home screen is interactive, in headless Chromium with 4× CPU
 * throttling (CDP Emulation.setCPUThrottlingRate), median of several runs, fresh browser context (empty cache)
 * per run. Ours: dist/h5 served by the real backend (temp DATA_DIR) so the home page's /api/health call
 * succeeds; "interactive" = #status-today visible (it is filled from that call). Baseline: the hello-world's
 * dist/h5 served by a bare Fastify static server; "interactive" = its page text visible. Runs alternate.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Fastify from 'fastify'
import fastifyStatic from '@fastify/static'
import type { Browser } from 'playwright-core'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock } from '../../mock-server/src/clock'
import { loadConfig } from '../../mock-server/src/config'
import { launch } from '../../tests/e2e/browser'
import { HELLO_TEXT } from './hello'
import { helloH5, oursH5 } from './size'
import { log, median, ms, ratio, type Row } from './util'

const THROTTLE = 4

/** ms from navigation start (performance.timeOrigin) until `probe` first returns true, polled every frame. */
async function timeToInteractive(browser: Browser, url: string, probe: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    await page.goto(url, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(
      `(() => { const ok = (${probe})(); return ok ? performance.now() : 0 })()`,
      undefined,
      { polling: 'raf', timeout: 60000 },
    )
    return (await handle.jsonValue()) as number
  } finally {
    await context.close()
  }
}

const OURS_PROBE = `() => { const el = document.querySelector('#status-today'); return !!el && el.getClientRects().length > 0 && el.textContent.trim().length > 0 }`
const HELLO_PROBE = `() => { const el = document.querySelector('#hello'); return !!el && el.getClientRects().length > 0 && el.textContent.includes(${JSON.stringify(HELLO_TEXT)}) }`

export async function benchH5(opts: { runs?: number } = {}): Promise<Row[]> {
  const runs = opts.runs ?? 7
  const oursDir = await oursH5()
  const helloDir = await helloH5()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-bench-h5-'))
  const { app } = await buildApp({
    config: loadConfig({
      DATA_DIR: dataDir,
      H5_DIR: oursDir,
      SEED_DEMO: '0',
      ADMIN_TOKEN: 'bench-admin-token-0000',
    } as unknown as NodeJS.ProcessEnv),
    clock: fixedClock('2026-09-15'),
    logger: false,
  })
  const ours = await app.listen({ port: 0, host: '127.0.0.1' })
  const hello = Fastify({ logger: false })
  await hello.register(fastifyStatic, { root: helloDir, prefix: '/', index: ['index.html'] })
  const helloUrl = await hello.listen({ port: 0, host: '127.0.0.1' })
  const browser = await launch()
  const a: number[] = []
  const b: number[] = []
  try {
    // one unmeasured run each: Chromium's own first-start costs are not the app's
    await timeToInteractive(browser, ours + '/', OURS_PROBE)
    await timeToInteractive(browser, helloUrl + '/', HELLO_PROBE)
    for (let i = 0; i < runs; i++) {
      a.push(await timeToInteractive(browser, ours + '/', OURS_PROBE))
      b.push(await timeToInteractive(browser, helloUrl + '/', HELLO_PROBE))
      log(`h5 start run ${i + 1}/${runs}: ours ${ms(a[i])}, hello-world ${ms(b[i])}`)
    }
  } finally {
    await browser.close()
    await app.close()
    await hello.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  const [ma, mb] = [median(a), median(b)]
  return [
    {
      part: 'h5 start',
      figure: `home interactive, CPU ${THROTTLE}× slower, median of ${runs}`,
      ours: ms(ma),
      baseline: ms(mb),
      ratio: ratio(ma, mb),
      note: `ours ${ms(Math.min(...a))}–${ms(Math.max(...a))}; hello ${ms(Math.min(...b))}–${ms(Math.max(...b))}`,
    },
  ]
}
