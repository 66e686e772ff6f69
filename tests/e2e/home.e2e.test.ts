import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { actingForRelative, as, makeId, openSignedIn, registeredUser } from './session'
import { pageText } from './ui'
import { expectVisible } from './visibility'

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
    for (const entry of ['参保登记', '缴费核定', '核定记录', '养老金测算', '代他人核定', '停保/续保', '消息']) {
      expect(pageText).toContain(entry)
    }
    await screenshot(page, 'home')
  })

  it('is usable before the server answers: the entries work while the card still connects, live data fills in after', async () => {
    const page = await newPhonePage(browser)
    let release = () => {}
    const held = new Promise<void>((r) => (release = r))
    await page.route('**/api/health', async (route) => {
      await held
      await route.continue()
    })
    await page.goto(baseURL + '/')
    await page.locator('#entry-assess').waitFor()
    expect(await page.locator('#status-card').innerText()).toContain('正在连接社保服务')
    // a guest's 缴费核定 goes to 登录 at once: the page is interactive without the server's status
    await page.locator('#entry-assess').click()
    await expect.poll(() => page.url()).toContain('pages/login/index')
    await page.goBack()
    release()
    await page.locator('.taro_page:visible #status-today').waitFor()
    await page.unroute('**/api/health')
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

  it('fetches the registration and the regions once on a first visit', async () => {
    const user = await registeredUser(baseURL, {
      name: '孙一次',
      idNumber: makeId('640104', '1984-01-01', '081'),
      region: '640000',
      district: '640104',
    })
    const page = await newPhonePage(browser)
    const calls: string[] = []
    page.on('request', (r) => {
      const u = new URL(r.url())
      if (u.pathname === '/api/registration' || u.pathname === '/api/regions') calls.push(u.pathname)
    })
    await openSignedIn(page, baseURL, user, '/tabs/home/index')
    await page.locator('.taro_page:visible #status-registered').waitFor()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    // openSignedIn loads the app twice (to set storage, then signed in): count the signed-in load only
    expect(calls.filter((c) => c === '/api/registration')).toHaveLength(1)
    expect(calls.filter((c) => c === '/api/regions')).toHaveLength(1)
    expect(await page.locator('#status-region').innerText()).toContain('兴庆区')
    await expectVisible(page, 'home-registered')
  })

  it('while suspended: no "目前可自助核定", and 去续保 is offered', async () => {
    const user = await registeredUser(baseURL, {
      name: '周停保',
      idNumber: makeId('640105', '1980-03-03', '083'),
      region: '640000',
      district: '640105',
    })
    await as(baseURL, user, 'POST', '/api/suspension', { reason: 'VOLUNTARY', stopDate: '2026-10-01' })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/home/index')
    await page.locator('.taro_page:visible #status-suspended').waitFor()
    const text = await pageText(page)
    expect(text).not.toContain('目前可自助核定')
    expect(await page.locator('.taro_page:visible #home-resume').innerText()).toContain('去续保')
    await expectVisible(page, 'home-suspended')
  })

  it('while acting for a relative: the banner, whose status it is, and entries that say whom they act for', async () => {
    const page = await newPhonePage(browser)
    // 吴老父 agrees in his own account
    await actingForRelative(
      baseURL,
      page,
      { agent: '吴首页', relative: '吴老父' },
      { agent: makeId('640106', '1993-05-05', '085'), relative: makeId('640106', '1972-03-01', '087') },
    )
    // the H5 bar's 首页 (deep link: no earlier page) — switches to the 首页 tab, keeping whom one acts for
    await page.locator('#h5-nav #nav-home').click()
    await page.locator('.taro_page:visible #status-registered').waitFor()
    await expect.poll(() => page.locator('.taro_page:visible #proxy-banner').innerText()).toContain('正在为 吴*')
    expect(await page.locator('.taro_page:visible #status-whose').innerText()).toBe('您本人的参保状态')
    expect(await page.locator('.taro_page:visible #home-acting-note').innerText()).toContain(
      '缴费核定、核定记录、养老金测算将为 吴*',
    )
    expect(await page.locator('.taro_page:visible #home-assess').innerText()).toBe('为本人缴费核定')
    await expectVisible(page, 'home-acting-for')
    await page.locator('.taro_page:visible #home-act-self').click()
    await page.locator('.taro_page:visible #proxy-banner').waitFor({ state: 'detached' })
    expect(await page.locator('.taro_page:visible #home-assess').innerText()).toBe('去缴费核定')
  })
})
