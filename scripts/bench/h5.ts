/**
 * H5 start: time from navigation start until the home screen is interactive, in headless Chromium with 4× CPU
 * throttling (CDP Emulation.setCPUThrottlingRate), median of several runs, fresh browser context (empty cache)
 * per run. Ours: dist/h5 served by the real backend (temp DATA_DIR). Two moments of ours:
 *   interactive  the home screen rendered with its service entries (#entry-assess, a tap works: React has
 *                attached its handlers when it renders); the status card says 正在连接社保服务… until the server
 *                answers — the home does not wait for the network to be usable;
 *   live status  #status-today visible (filled from /api/health: one round trip more).
 * Baseline: the hello-world's dist/h5 served by a bare Fastify static server; "interactive" = its page text
 * visible. Runs alternate.
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

/** What shows that a page is interactive: an element, visible, whose text includes `text` (any text when ''). */
interface Probe {
  selector: string
  text: string
}

/**
 * ms from navigation start (performance.timeOrigin) until the probe's element is visible with its text, polled
 * every frame. The predicate is a function, not a string: the app's CSP forbids eval, which a string needs.
 */
async function timeToInteractive(browser: Browser, url: string, probe: Probe): Promise<number> {
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
      ({ selector, text }) => {
        const el = document.querySelector(selector)
        const ok = !!el && el.getClientRects().length > 0 && (el.textContent ?? '').trim().length > 0
        return ok && (el?.textContent ?? '').includes(text) ? performance.now() : 0
      },
      probe,
      { polling: 'raf', timeout: 60000 },
    )
    return (await handle.jsonValue()) as number
  } finally {
    await context.close()
  }
}

const OURS_PROBE: Probe = { selector: '#entry-assess', text: '缴费核定' }
const OURS_LIVE_PROBE: Probe = { selector: '#status-today', text: '' }
const HELLO_PROBE: Probe = { selector: '#hello', text: HELLO_TEXT }

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
  const live: number[] = []
  const b: number[] = []
  try {
    // one unmeasured run each: Chromium's own first-start costs are not the app's
    await timeToInteractive(browser, ours + '/', OURS_PROBE)
    await timeToInteractive(browser, helloUrl + '/', HELLO_PROBE)
    for (let i = 0; i < runs; i++) {
      a.push(await timeToInteractive(browser, ours + '/', OURS_PROBE))
      b.push(await timeToInteractive(browser, helloUrl + '/', HELLO_PROBE))
      live.push(await timeToInteractive(browser, ours + '/', OURS_LIVE_PROBE))
      log(`h5 start run ${i + 1}/${runs}: ours ${ms(a[i])} (live status ${ms(live[i])}), hello-world ${ms(b[i])}`)
    }
  } finally {
    await browser.close()
    await app.close()
    await hello.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  const [ma, mb, ml] = [median(a), median(b), median(live)]
  const target = ma / mb <= 1.3 ? 'met' : 'NOT met'
  return [
    {
      part: 'h5 start',
      figure: `home interactive, CPU ${THROTTLE}× slower, median of ${runs}`,
      ours: ms(ma),
      baseline: ms(mb),
      ratio: ratio(ma, mb),
      note: `ours ${ms(Math.min(...a))}–${ms(Math.max(...a))}; hello ${ms(Math.min(...b))}–${ms(Math.max(...b))}; issue 13 target ≤ 1.3×: ${target}`,
    },
    {
      part: 'h5 start',
      figure: `home live status (after /api/health), CPU ${THROTTLE}× slower, median of ${runs}`,
      ours: ms(ml),
      baseline: ms(mb),
      ratio: ratio(ml, mb),
      note: `ours ${ms(Math.min(...live))}–${ms(Math.max(...live))}`,
    },
  ]
}
