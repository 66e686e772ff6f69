/**
 * 长辈模式 (elder mode) in the H5 build: switched on in 我的, 首页 shows only the four main services, body
 * text is ≥ 18 px and buttons ≥ 60 px tall; it persists across a reload (zjb-prefs) and switches back off.
 * Users aged 50 and over are offered it once on 首页. Screenshots: elder-home, elder-mine, normal-home,
 * normal-mine.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, makeId, openSignedIn, registeredUser, type TestUser } from './session'
import { expectVisible } from './visibility'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const MAIN = ['参保登记', '缴费核定', '核定记录', '停保/续保']

async function serviceTitles(page: Page): Promise<string[]> {
  await page.locator('.taro_page:visible .service-entry').first().waitFor()
  return page.locator('.taro_page:visible .service-title').allInnerTexts()
}

/** Smallest computed font-size (px) of the visible elements matching `selector`. */
async function minFontSize(page: Page, selector: string): Promise<number> {
  const sizes = await page
    .locator(`.taro_page:visible ${selector}`)
    .evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => parseFloat(getComputedStyle(e).fontSize)),
    )
  expect(sizes.length).toBeGreaterThan(0)
  return Math.min(...sizes)
}

async function height(page: Page, selector: string): Promise<number> {
  const box = await page.locator(`.taro_page:visible ${selector}`).first().boundingBox()
  return box?.height ?? 0
}

async function openTab(page: Page, path: string) {
  await page.goto(`${baseURL}/#/${path}`)
  await page.locator('.taro_page:visible').first().waitFor()
  await page.waitForLoadState('networkidle')
}

let user: TestUser

beforeAll(async () => {
  user = await registeredUser(baseURL, {
    name: '周长辈',
    idNumber: makeId('640104', '1968-07-07', '061'),
    region: '640000',
    district: '640104',
  })
})

describe('长辈模式', () => {
  it('is switched on in 我的: four services, text ≥ 18 px, buttons ≥ 60 px; persists; switches off', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/home/index')
    // normal mode first
    expect(await serviceTitles(page)).toEqual([...MAIN.slice(0, 3), '养老金测算', '代他人核定', MAIN[3], '消息'])
    await screenshot(page, 'normal-home')
    await openTab(page, 'tabs/mine/index')
    const sw = page.locator('.taro_page:visible #elder-switch')
    await sw.waitFor()
    expect(await sw.getAttribute('aria-checked')).toBe('false')
    expect(await height(page, '#logout')).toBeLessThan(60)
    await screenshot(page, 'normal-mine')

    // on
    await sw.click()
    await expect.poll(() => sw.getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('.taro_page:visible .page.elder').count()).toBe(1)
    expect(await minFontSize(page, '.info-label, .info-value, .menu-label')).toBeGreaterThanOrEqual(18)
    expect(await height(page, '#logout')).toBeGreaterThanOrEqual(60)
    expect(await height(page, '#elder-switch')).toBeGreaterThanOrEqual(60)
    await screenshot(page, 'elder-mine')

    await openTab(page, 'tabs/home/index')
    expect(await serviceTitles(page)).toEqual(MAIN)
    expect(await minFontSize(page, '.muted, .info-label, .info-value, .service-title')).toBeGreaterThanOrEqual(18)
    expect(await height(page, '#home-assess')).toBeGreaterThanOrEqual(60)
    expect(await height(page, '.service-entry')).toBeGreaterThanOrEqual(60)
    await screenshot(page, 'elder-home')

    // persists across a reload
    await page.reload()
    await page.locator('.taro_page:visible').first().waitFor()
    expect(await serviceTitles(page)).toEqual(MAIN)
    expect(await page.evaluate(() => localStorage.getItem('zjb-prefs'))).toContain('elderMode\\":true')

    // off
    await openTab(page, 'tabs/mine/index')
    await page.locator('.taro_page:visible #elder-switch').click()
    await expect.poll(() => page.locator('.taro_page:visible #elder-switch').getAttribute('aria-checked')).toBe('false')
    expect(await height(page, '#logout')).toBeLessThan(60)
    await openTab(page, 'tabs/home/index')
    expect(await serviceTitles(page)).toHaveLength(7)
    expect(await page.locator('.taro_page:visible .page.elder').count()).toBe(0)
    await page.context().close()
  })

  it('is offered once on 首页 to a user aged 50 and over, and not to a younger one', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/home/index') // born 1968: 58 on the server's today
    const offer = page.locator('.taro_page:visible #elder-offer')
    await offer.waitFor()
    expect(await offer.innerText()).toContain('开启长辈模式？')
    await page.locator('.taro_page:visible #elder-offer-yes').click()
    await offer.waitFor({ state: 'detached' })
    expect(await serviceTitles(page)).toEqual(MAIN)
    await page.reload()
    await page.locator('#status-registered').waitFor()
    expect(await page.locator('#elder-offer').count()).toBe(0)
    await page.context().close()

    const young = await registeredUser(baseURL, {
      name: '吴年轻',
      idNumber: makeId('640104', '1990-01-01', '073'),
      region: '640000',
      district: '640104',
    })
    const page2 = await newPhonePage(browser)
    await openSignedIn(page2, baseURL, young, '/tabs/home/index')
    await page2.locator('#status-registered').waitFor()
    expect(await page2.locator('#elder-offer').count()).toBe(0)
    expect(await serviceTitles(page2)).toHaveLength(7)
    await page2.context().close()
  })

  it('makes the key amount, tab labels and touch targets larger; tags and step labels stay on one line', async () => {
    const rec = await as<{ id: string }>(baseURL, user, 'POST', '/api/assessments', {
      start: '2026-10',
      end: '2026-12',
      base: '60',
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, `/pages/record-detail/index?id=${rec.id}`)
    await page.locator('.taro_page:visible #detail-total').waitFor()
    const normalTotal = await minFontSize(page, '#detail-total')
    const normalTab = await page.evaluate(() => {
      const l = document.querySelector('.weui-tabbar__label')
      return l ? parseFloat(getComputedStyle(l).fontSize) : 0
    })
    // elder mode on, as 我的 stores it
    await page.evaluate(() =>
      localStorage.setItem(
        'zjb-prefs',
        JSON.stringify({ data: JSON.stringify({ state: { elderMode: true, elderOffered: true }, version: 0 }) }),
      ),
    )
    await page.reload()
    await page.locator('.taro_page:visible .page.elder #detail-total').waitFor()
    const elderTotal = await minFontSize(page, '#detail-total')
    expect(elderTotal).toBeGreaterThan(normalTotal)
    expect(elderTotal).toBeGreaterThanOrEqual(36)
    // a status tag on one line
    const tag = await page
      .locator('.taro_page:visible .tag')
      .first()
      .evaluate((e) => {
        const r = e.getBoundingClientRect()
        return { h: r.height, lh: parseFloat(getComputedStyle(e).lineHeight) }
      })
    expect(tag.h).toBeLessThan(tag.lh * 1.5)
    expect(await height(page, '#copy-id')).toBeGreaterThanOrEqual(60)
    await expectVisible(page, 'elder-record-detail')

    // the tab bar's labels grow too (H5)
    await openTab(page, 'tabs/home/index')
    const elderTab = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.weui-tabbar__label')!).fontSize),
    )
    expect(elderTab).toBeGreaterThan(Math.max(normalTab, 10))
    expect(elderTab).toBeGreaterThanOrEqual(14)
    await expectVisible(page, 'elder-home-tabbar')

    // step labels of a flow: never a label broken over two lines
    await page.goto(`${baseURL}/#/pages/assess/index`)
    await page.locator('.taro_page:visible .steps').waitFor()
    const labels = await page
      .locator('.taro_page:visible .step-label')
      .evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => ({ h: e.getBoundingClientRect().height, lh: parseFloat(getComputedStyle(e).lineHeight) })),
      )
    expect(labels.length).toBeGreaterThan(0)
    for (const l of labels) expect(l.h).toBeLessThan(l.lh * 1.5)
    // and nothing sticks out of the 375 px screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await expectVisible(page, 'elder-assess-steps')
    await page.context().close()
  })
})
