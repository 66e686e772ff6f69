/**
 * Launches Debian's Chromium through playwright-core (no browser download) with the flags this machine
 * needs (Playwright gives each launch a fresh temporary profile), and gives each test a fresh 375 px wide page. Screenshots go to artifacts/screenshots/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const screenshotDir = path.resolve(__dirname, '../../artifacts/screenshots')

export function chromiumPath(): string {
  const p = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (c): c is string => !!c && fs.existsSync(c),
  )
  if (!p) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` (installs Debian chromium).')
  return p
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export async function newPhonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  })
  return context.newPage()
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}-375.png`), fullPage: true })
}
