/**
 * 办事 tab, 办事指南 and the simulated tax page as a citizen (or tester) sees them: cards that open their
 * service, wording from the user's region's rule set (not 宁夏's 60%–300% for everyone), 办事指南 open to
 * guests with a contents list and no developers' doubts, /dev/tax in Chinese with actions only where they apply.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage } from './browser'
import { as, makeId, openSignedIn, registeredUser, tax } from './session'
import { pageText } from './ui'
import { expectVisible } from './visibility'

const baseURL = inject('baseURL')
const adminToken = inject('adminToken')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const assessText = (page: Page) => page.locator('.taro_page:visible #service-assess-text').innerText()

describe('办事 tab', () => {
  it('a guest: general wording, 办事指南 opens without signing in, a service card asks to sign in', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/#/tabs/services/index`)
    await page.locator('.taro_page:visible #service-guide').waitFor()
    expect(await assessText(page)).toContain('因参保地而不同')
    expect(await assessText(page)).not.toContain('60%–300%')
    await expectVisible(page, 'services-guest')
    await page.locator('.taro_page:visible #service-guide').click()
    await page.locator('.taro_page:visible #guide-page').waitFor()
    expect(page.url()).toContain('pages/guide/index')
    await page.close()
    // the tab again in a page of its own (a hash-only goto back from a sub-page raced Taro's page switch under
    // load: the tab's card stayed "not visible" for Playwright)
    const again = await newPhonePage(browser)
    await again.goto(`${baseURL}/#/tabs/services/index`)
    await again.locator('.taro_page:visible #service-records').click()
    await again.locator('.taro_page:visible #consent-card').waitFor()
    expect(again.url()).toContain('next=Records')
  })

  for (const [region, district, name, expected, not] of [
    ['420100', '420102', '孙办事', '按档次选择缴费基数', '60到300'],
    ['120000', '120101', '李办事', '上下限之间，自行申报', '档次'],
    ['640000', '640104', '钱办事', '输入60到300之间的数', '档次'],
  ] as const) {
    it(`wording from the rule set of ${region}; a card opens its service`, async () => {
      const user = await registeredUser(baseURL, {
        name,
        idNumber: makeId(district, '1988-06-06', String(100 + Number(region.slice(0, 2))).slice(-3)),
        region,
        district,
      })
      const page = await newPhonePage(browser)
      await openSignedIn(page, baseURL, user, '/tabs/services/index')
      await expect.poll(() => assessText(page)).toContain(expected)
      expect(await assessText(page)).not.toContain(not)
      await expectVisible(page, `services-${region}`)
      await page.locator('.taro_page:visible #service-records').click()
      await page.locator('.taro_page:visible .filters').waitFor()
      await page.close()
    })
  }
})

describe('办事指南', () => {
  it('has a contents list, tells plainly whom to call, and shows no developers’ doubts', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/#/pages/guide/index`)
    await page.locator('.taro_page:visible #guide-contents').waitFor()
    for (const code of ['640000', '420100', '120000', '620000', '330100']) {
      const btn = page.locator(`.taro_page:visible #region-${code}`)
      if (await btn.count()) await btn.click()
      await page.waitForTimeout(200)
      const text = await pageText(page)
      for (const doubt of ['待核实', '来源未写明', '参考值', '本应用按', '地区参数', '未列出', '未说明'])
        expect(text).not.toContain(doubt)
      expect(text).toContain('12333')
      await expectVisible(page, `guide-${code}`)
    }
    const toc = page.locator('.taro_page:visible #guide-contents [role=link]')
    expect(await toc.count()).toBe(7)
    const target = page.locator('.taro_page:visible #guide-hotline')
    const before = (await target.boundingBox())!.y
    await page.locator('.taro_page:visible #toc-guide-hotline').click()
    await expect.poll(async () => (await target.boundingBox())!.y).toBeLessThan(before - 100)
  })
})

describe('/dev/tax (the simulated tax bureau)', () => {
  it('shows statuses in Chinese and the actions only on transmitted records', async () => {
    const user = await registeredUser(baseURL, {
      name: '王税务',
      idNumber: makeId('640104', '1983-03-03', '095'),
      region: '640000',
      district: '640104',
    })
    const created = await as<{ id: string }>(baseURL, user, 'POST', '/api/assessments', {
      start: '2026-01',
      end: '2026-01',
      base: '60',
    })
    const sent = await as<{ id: string }>(baseURL, user, 'POST', '/api/assessments', {
      start: '2026-02',
      end: '2026-02',
      base: '60',
    })
    await as(baseURL, user, 'POST', `/api/assessments/${sent.id}/transmit`, {})
    const paid = await as<{ id: string }>(baseURL, user, 'POST', '/api/assessments', {
      start: '2026-03',
      end: '2026-03',
      base: '60',
    })
    await as(baseURL, user, 'POST', `/api/assessments/${paid.id}/transmit`, {})
    await tax(baseURL, adminToken, paid.id, 'paid')

    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/dev/tax`)
    await page.fill('#t', adminToken)
    await page.selectOption('#s', '')
    await page.getByRole('button', { name: '刷新' }).click()
    await page.locator(`#row-${created.id}`).waitFor()
    const row = (id: string) => page.locator(`#row-${id}`)
    expect(await row(created.id).locator('.status').innerText()).toBe('待传输')
    expect(await row(sent.id).locator('.status').innerText()).toBe('已传输')
    expect(await row(paid.id).locator('.status').innerText()).toBe('已缴费')
    expect(await page.locator('table').innerText()).not.toMatch(/CREATED|TRANSMITTED|PAID|REVOKED/)
    expect(await row(created.id).locator('button').count()).toBe(0)
    expect(await row(paid.id).locator('button').count()).toBe(0)
    expect(await row(sent.id).locator('button').count()).toBe(2)
    await expectVisible(page, 'dev-tax')
    await row(sent.id).getByRole('button', { name: '税务撤销' }).click()
    await expect.poll(() => row(sent.id).locator('.status').innerText()).toBe('已传输（税务已撤销）')
    expect(await row(sent.id).locator('button').count()).toBe(0)
  })
})
