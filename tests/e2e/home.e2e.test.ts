import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('H5 home page against the real backend', () => {
  it('renders the product name, a live status card and the service entries', async () => {
    const page = await newPhonePage(browser)
    const health = page.waitForResponse((r) => r.url().endsWith('/api/health'))
    await page.goto(baseURL + '/')
    const response = await health
    expect(response.status()).toBe(200)
    const body = await response.json()

    await expect.poll(() => page.locator('.taro_page').first().isVisible()).toBe(true)
    await page.locator('#status-today').waitFor()
    const pageText = await page.locator('.taro_page').first().innerText()
    expect(pageText).toContain('灵活就业养老保险「指尖办」')
    expect(pageText).toContain('服务正常')
    // The date shown is the server's "today", so the card shows live data, not a constant.
    const [y, m, d] = body.today.split('-').map(Number)
    expect(await page.locator('#status-today').innerText()).toContain(`${y}年${m}月${d}日`)
    for (const entry of ['参保登记', '缴费核定', '核定记录', '代他人核定', '停保/续保', '消息']) {
      expect(pageText).toContain(entry)
    }
    await screenshot(page, 'home')
  })

  it('shows a retry when the API is unreachable, and recovers', async () => {
    const page = await newPhonePage(browser)
    await page.route('**/api/health', (route) => route.abort('connectionrefused'))
    await page.goto(baseURL + '/')
    await page.locator('#status-error').waitFor()
    expect(await page.locator('#status-error').innerText()).toContain('网络连接失败')
    await page.unroute('**/api/health')
    await page.getByRole('button', { name: '重试' }).click()
    await page.locator('#status-today').waitFor()
  })
})
