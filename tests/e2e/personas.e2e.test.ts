/**
 * Persona journeys: each demo person of the README (mock-server/src/demo/seed.ts) from a cold start — a
 * fresh browser profile, nothing stored — through the journey that person would take, in the H5 build
 * against a backend of its own seeded with the demo data (same fixed "today" as the other browser tests).
 *
 * Every journey fails on any console error or page error, and on any screen with no way back (a screen is
 * fine when the tab bar is showing, or the app's H5 bar with 返回/首页). Each screen reached is checked for
 * readable buttons and links (tests/e2e/visibility.ts) and kept as a screenshot: persona-<n>-<screen>-375.png.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock } from '../../mock-server/src/clock'
import { loadConfig } from '../../mock-server/src/config'
import { DEMO_PEOPLE, seedDemo } from '../../mock-server/src/demo/seed'
import { launch, newPhonePage } from './browser'
import { E2E_TODAY } from './global-setup'
import { answerModal, fill, pageText } from './ui'
import { expectVisible } from './visibility'

let browser: Browser
let baseURL = ''
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-personas-'))
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    H5_DIR: path.resolve(__dirname, '../../dist/h5'),
    ADMIN_TOKEN: 'personas-admin-token-0123456789',
    DEV_SHOW_CODE: '1',
    SEED_DEMO: '0',
    RATE_LOGIN_MAX: '10000',
    RATE_LOOKUP_MAX: '10000',
  })
  const { app, ctx } = await buildApp({ config, clock: fixedClock(E2E_TODAY), logger: false })
  await seedDemo(ctx)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  baseURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  close = async () => {
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  await close()
})

/** A cold start that records every console error and page error. */
async function coldStart(): Promise<{ page: Page; problems: string[] }> {
  const page = await newPhonePage(browser)
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() !== 'error') return
    const where = m.location()?.url ?? ''
    // the browser asks for /favicon.ico by itself (no page of ours does)
    if (/\/favicon\.ico$/.test(where)) return
    problems.push(`console error: ${m.text()} ${where}`)
  })
  await page.goto(`${baseURL}/`)
  await page.locator('.taro_page:visible #status-today').waitFor()
  return { page, problems }
}

/** The screen now shown: not blank, a way back (tab bar or the H5 bar), readable controls; screenshot. */
async function screen(page: Page, n: number, name: string) {
  await expect.poll(async () => (await pageText(page)).trim().length, { timeout: 10000 }).toBeGreaterThan(10)
  const tabBar = await page.locator('.taro-tabbar__tabbar:visible').count()
  const bar = await page.locator('#h5-nav:visible').count()
  expect(tabBar + bar, `no way back on ${name} (${page.url()})`).toBeGreaterThan(0)
  await expectVisible(page, `persona-${n}-${name}`)
}

async function signIn(page: Page, n: number) {
  const phone = DEMO_PEOPLE[n - 1].phone
  await page.locator('.taro_page:visible #mine-login, .taro_page:visible #home-login').first().click()
  await page.locator('.taro_page:visible #consent-card').waitFor()
  await screen(page, n, 'consent')
  await page.getByRole('button', { name: '同意并继续' }).click()
  await page.locator('.taro_page:visible #login-card').waitFor()
  await fill(page, 'phone', phone)
  await page.locator('.taro_page:visible #send-code').click()
  const code = (await page.locator('.taro_page:visible #dev-code').innerText()).match(/\d{6}/)![0]
  await screen(page, n, 'login-countdown')
  await fill(page, 'code', code)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page
    .locator('.taro_page:visible #status-card #status-registered, .taro_page:visible #status-unregistered')
    .first()
    .waitFor()
  // a person over 50 is offered 长辈模式 once: answer as the person would (the offer is part of the journey)
  if (await page.locator('.taro_page:visible #elder-offer').count()) {
    await screen(page, n, 'elder-offer')
    await page.locator('.taro_page:visible #elder-offer-no').click()
  }
  await screen(page, n, 'home')
}

const tab = (page: Page, label: string) =>
  page.locator('.taro-tabbar__tabbar .weui-tabbar__item', { hasText: label }).first().click()

async function opened(page: Page, route: string) {
  await expect.poll(() => page.url(), { timeout: 10000 }).toContain(route)
}

describe('persona journeys (demo accounts, cold start)', () => {
  it('1 赵一 (verified, not registered): signs in, reads 办事指南, goes to 参保登记', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 1)
    expect(await pageText(page)).toContain('去参保登记')
    await tab(page, '办事')
    await page.locator('.taro_page:visible #service-guide').click()
    await opened(page, 'pages/guide/index')
    await screen(page, 1, 'guide')
    await page.locator('#h5-nav #nav-back').click()
    await page.locator('.taro_page:visible #service-register').click()
    await opened(page, 'pages/register/index')
    await screen(page, 1, 'register')
    await page.locator('#h5-nav #nav-back').click()
    await opened(page, 'tabs/services/index')
    expect(problems).toEqual([])
  })

  it('2 钱二宁 (宁夏, one record per status): 核定记录, each status, transmits the pending one', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 2)
    await page.locator('.taro_page:visible #entry-records').click()
    await page.locator('.taro_page:visible #records-list .record').first().waitFor()
    await screen(page, 2, 'records')
    expect(await page.locator('.taro_page:visible #records-list .record').count()).toBe(4)
    for (const status of ['已缴费', '已撤销', '已传输']) {
      await page.locator('.taro_page:visible #records-list .record', { hasText: status }).first().click()
      await page.locator('.taro_page:visible #record-detail').waitFor()
      await screen(page, 2, `detail-${status}`)
      await page.locator('#h5-nav #nav-back').click()
      await page.locator('.taro_page:visible #records-list').waitFor()
    }
    await page.locator('.taro_page:visible #records-list .record', { hasText: '待传输' }).first().click()
    await page.locator('.taro_page:visible #detail-transmit').click()
    await page.locator('.taro-modal__content').waitFor({ state: 'visible' })
    await screen(page, 2, 'transmit-dialog')
    expect(await answerModal(page, true)).toContain('传输后如需撤销')
    await page.locator('.taro_page:visible #action-done').waitFor()
    await screen(page, 2, 'transmitted')
    expect(problems).toEqual([])
  })

  it('3 孙三汉 (武汉, tiers): 办事 explains tiers, opens 缴费核定', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 3)
    await tab(page, '办事')
    await expect.poll(() => page.locator('.taro_page:visible #service-assess-text').innerText()).toContain('档次')
    await screen(page, 3, 'services')
    await page.locator('.taro_page:visible #service-assess').click()
    await opened(page, 'pages/assess/index')
    await screen(page, 3, 'assess')
    expect(problems).toEqual([])
  })

  it('4 李四津 (天津, amount band): 首页 → 缴费核定, and 天津’s 办事指南', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 4)
    expect(await page.locator('.taro_page:visible #status-region').innerText()).toContain('天津')
    await page.locator('.taro_page:visible #home-assess').click()
    await opened(page, 'pages/assess/index')
    await screen(page, 4, 'assess')
    await page.locator('#h5-nav #nav-back').click()
    await tab(page, '办事')
    await expect.poll(() => page.locator('.taro_page:visible #service-assess-text').innerText()).toContain('自行申报')
    await page.locator('.taro_page:visible #service-guide').click()
    await expect.poll(() => page.locator('.taro_page:visible #guide-source').innerText()).toContain('天津')
    await screen(page, 4, 'guide')
    expect(problems).toEqual([])
  })

  it('5 周五 (suspended): 首页 says so and offers 去续保, which opens 续保', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 5)
    const text = await pageText(page)
    expect(text).toContain('已停保')
    expect(text).not.toContain('目前可自助核定')
    await page.locator('.taro_page:visible #home-resume').click()
    await opened(page, 'pages/suspend/index')
    await screen(page, 5, 'suspend')
    expect(problems).toEqual([])
  })

  it('6 吴六 (agent of 7 and 8): 我的代办 → acts for a parent → 首页 shows for whom → back to self', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 6)
    await tab(page, '我的')
    await page.locator('.taro_page:visible #menu-people').click()
    await opened(page, 'pages/people/index')
    const card = page.locator('.taro_page:visible .person').first()
    await card.waitFor()
    await screen(page, 6, 'people')
    await card.getByRole('button', { name: /为TA办理/ }).click()
    await page.locator('.taro_page:visible #proxy-banner').waitFor()
    await screen(page, 6, 'acting')
    await page.locator('#h5-nav #nav-home').click()
    await page.locator('.taro_page:visible #home-acting-note').waitFor()
    await screen(page, 6, 'home-acting')
    await page.locator('.taro_page:visible #entry-records').click()
    await opened(page, 'pages/records/index')
    await page.locator('.taro_page:visible #records-list, .taro_page:visible #records-empty').first().waitFor()
    await page.locator('.taro_page:visible .records-page #proxy-banner').waitFor()
    await screen(page, 6, 'records-acting')
    await page.locator('#h5-nav #nav-home').click()
    await opened(page, 'tabs/home/index')
    await page.locator('.taro_page:visible #home-act-self').click()
    await page.locator('.taro_page:visible #home-acting-note').waitFor({ state: 'detached' })
    expect(problems).toEqual([])
  })

  it('7 吴父 (a relative): sees the record his son made, 由 … 代办', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 7)
    await page.locator('.taro_page:visible #entry-records').click()
    await page.locator('.taro_page:visible #records-list .record').first().waitFor()
    expect(await page.locator('.taro_page:visible #records-list').innerText()).toContain('代办')
    await screen(page, 7, 'records')
    await page.locator('.taro_page:visible #records-list .record').first().click()
    await page.locator('.taro_page:visible #detail-operator').waitFor()
    expect(await page.locator('.taro_page:visible #detail-owner').innerText()).toContain('吴父（本人）')
    await screen(page, 7, 'detail')
    expect(problems).toEqual([])
  })

  it('8 郑母 (a relative): 我的 shows her district; 退出登录 keeps consent', async () => {
    const { page, problems } = await coldStart()
    await signIn(page, 8)
    await tab(page, '我的')
    await expect.poll(() => page.locator('.taro_page:visible #mine-district').innerText()).toContain('金凤区')
    await screen(page, 8, 'mine')
    await page.locator('.taro_page:visible #logout').click()
    await page.locator('.taro-modal__content').waitFor({ state: 'visible' })
    await screen(page, 8, 'logout-dialog')
    await answerModal(page, true)
    await page.locator('.taro_page:visible #home-login').waitFor()
    await page.locator('.taro_page:visible #home-login').click()
    await page.locator('.taro_page:visible #login-card').waitFor()
    await screen(page, 8, 'login-again')
    expect(problems).toEqual([])
  })

  it('9 王九 (near retirement): 首页 → 缴费核定, in 长辈模式 as offered', async () => {
    const { page, problems } = await coldStart()
    const phone = DEMO_PEOPLE[8].phone
    await page.locator('.taro_page:visible #home-login').click()
    await page.getByRole('button', { name: '同意并继续' }).click()
    await fill(page, 'phone', phone)
    await page.locator('.taro_page:visible #send-code').click()
    const code = (await page.locator('.taro_page:visible #dev-code').innerText()).match(/\d{6}/)![0]
    await fill(page, 'code', code)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.locator('.taro_page:visible #elder-offer').waitFor()
    await page.locator('.taro_page:visible #elder-offer-yes').click()
    await page.locator('.taro_page:visible .page.home.elder').waitFor()
    await screen(page, 9, 'home-elder')
    await page.locator('.taro_page:visible #home-assess').click()
    await opened(page, 'pages/assess/index')
    await screen(page, 9, 'assess-elder')
    await page.locator('#h5-nav #nav-back').click()
    await tab(page, '我的')
    await screen(page, 9, 'mine-elder')
    expect(problems).toEqual([])
  })
})
