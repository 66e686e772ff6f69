/**
 * H5 has no navigation bar of its own: every page outside the tab bar gets the app's bar (src/components/
 * H5Nav.tsx) with 返回 when there is an earlier page of the app, else 首页 (after a deep link). An unknown route
 * goes to 首页 instead of leaving the previous page up; a page whose thing does not exist offers 返回首页,
 * not a useless 重试.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPhonePage } from './browser'
import { makeId, openSignedIn, registeredUser, type TestUser } from './session'
import { pageText } from './ui'
import { expectVisible } from './visibility'
import { Route, TabRoutes } from '../../src/routes'

const baseURL = inject('baseURL')
let browser: Browser
let user: TestUser

beforeAll(async () => {
  browser = await launch()
  user = await registeredUser(baseURL, {
    name: '郑导航',
    idNumber: makeId('640104', '1987-02-02', '091'),
    region: '640000',
    district: '640104',
  })
})
afterAll(async () => {
  await browser?.close()
})

describe('H5 navigation', () => {
  it('every page outside the tab bar has the bar; a deep link offers 首页, which leads home', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/home/index')
    await page.locator('.taro_page:visible #status-registered').waitFor()
    expect(await page.locator('#h5-nav').count()).toBe(0) // tab page: the tab bar is the navigation
    for (const r of Object.values(Route).filter((x) => !TabRoutes.includes(x))) {
      await page.goto(`${baseURL}/#/${r}`)
      await page.reload()
      await page.locator('#h5-nav #nav-home').waitFor()
      expect(await page.locator('#h5-nav').innerText()).toContain('首页')
      // the bar does not cover the page's first line
      const bar = await page.locator('#h5-nav').boundingBox()
      const first = await page
        .locator('.taro_page:visible')
        .first()
        .evaluate((el) => {
          const kids = [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().height > 0)
          return Math.min(...kids.map((e) => e.getBoundingClientRect().top))
        })
      expect(first).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1)
    }
    await expectVisible(page, 'nav-deep-link')
    await page.locator('#h5-nav #nav-home').click()
    await page.locator('.taro_page:visible #status-registered').waitFor()
    expect(page.url()).toContain('tabs/home/index')
    await expect.poll(() => page.locator('#h5-nav').count()).toBe(0)
  })

  it('after a deep link (cold start), the browser’s back goes to 首页, not out of the app', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/#/pages/guide/index?region=420100`)
    await page.locator('.taro_page:visible #guide-page').waitFor()
    await page.waitForTimeout(300)
    await page.goBack()
    await page.locator('.taro_page:visible #status-today').waitFor()
    expect(page.url()).toBe(`${baseURL}/#/tabs/home/index`)
    await expect.poll(() => page.locator('.taro_page:visible').count()).toBe(1)
  })

  it('after in-app navigation it offers 返回, back to where the user came from', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/mine/index')
    await page.locator('.taro_page:visible #menu-guide').click()
    await page.locator('#h5-nav #nav-back').waitFor()
    expect(await page.locator('#h5-nav').innerText()).toContain('返回')
    await expect.poll(() => page.locator('#h5-nav').innerText()).toContain('办事指南')
    await expectVisible(page, 'nav-back')
    await page.locator('#h5-nav #nav-back').click()
    await page.locator('.taro_page:visible #mine-account').waitFor()
    await expect.poll(() => page.locator('#h5-nav').count()).toBe(0)
  })

  it('an unknown route goes to 首页 instead of leaving the previous page up', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/mine/index')
    await page.locator('.taro_page:visible #mine-account').waitFor()
    await page.goto(`${baseURL}/#/pages/no-such-page/index`)
    await page.locator('.taro_page:visible #status-registered').waitFor()
    await expect.poll(() => page.locator('.taro_page:visible').count()).toBe(1)
    expect(await page.locator('.taro_page:visible #mine-account').count()).toBe(0)
    await expect.poll(() => page.locator('.taro__toast').innerText()).toContain('页面不存在')

    // also as the entry page (a cold start on a bad link)
    const cold = await newPhonePage(browser)
    await cold.goto(`${baseURL}/#/pages/nothing/here`)
    await cold.locator('.taro_page:visible #status-today').waitFor()
    expect(cold.url()).toContain('tabs/home/index')
  })

  it('"not found" offers 返回首页, not 重试', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/record-detail/index?id=ZZ0000000000')
    await page.locator('.taro_page:visible #page-error').waitFor()
    expect(await pageText(page)).not.toContain('重试')
    await page.locator('.taro_page:visible #page-error-home').click()
    await page.locator('.taro_page:visible #status-registered').waitFor()
  })
})
