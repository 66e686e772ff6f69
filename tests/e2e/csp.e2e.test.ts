/**
 * The security headers (mock-server/src/plugins/security.ts) do not break what they protect: the Taro H5
 * build, the API docs and the tax side's development page run in Chromium under their Content-Security-
 * Policy with no violation reported, and the app cannot be framed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'

const baseURL = inject('baseURL')
const adminToken = inject('adminToken')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Collects CSP violations (DOM events and console reports) of a page. */
async function watch(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      )
    })
  })
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`))
  return violations
}

describe('Content-Security-Policy in Chromium', () => {
  it('the H5 app runs: sign-in and 首页 render, the rem script runs, no violation', async () => {
    const page = await newPhonePage(browser)
    const violations = await watch(page)
    const res = await page.goto(`${baseURL}/#/pages/login/index`)
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    await page.locator('#consent-card').waitFor()
    // the inline rem script of index.html ran (allowed by its hash): the root font size is set
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toMatch(/px$/)
    await page.getByRole('button', { name: '不同意' }).click()
    await page.locator('#status-today').waitFor()
    await page.waitForTimeout(1000) // the page transition
    await screenshot(page, 'csp-home')
    expect(violations).toEqual([])
  })

  it('the app cannot be framed by another page', async () => {
    const page = await newPhonePage(browser)
    const messages: string[] = []
    page.on('console', (m) => messages.push(m.text()))
    await page.setContent(`<iframe id="f" src="${baseURL}/"></iframe>`)
    await page.waitForTimeout(1500)
    const framed = page.frames().find((f) => f.url().startsWith(baseURL))
    const rendered = framed ? await framed.evaluate(() => document.body?.innerHTML.length ?? 0).catch(() => 0) : 0
    expect(rendered).toBe(0)
  })

  it('the API docs (development pages) render under their own CSP', async () => {
    const page = await newPhonePage(browser)
    const violations = await watch(page)
    await page.goto(`${baseURL}/api/docs`)
    await page.locator('.swagger-ui .info').waitFor({ timeout: 20_000 })
    expect(violations).toEqual([])
  })

  it("the tax side's page works (its inline script is allowed on that page only)", async () => {
    const page = await newPhonePage(browser)
    const violations = await watch(page)
    await page.goto(`${baseURL}/dev/tax`)
    await page.locator('#t').fill(adminToken)
    await page.getByRole('button', { name: '刷新' }).click()
    await page.locator('#l th').first().waitFor()
    expect(violations).toEqual([])
  })
})
