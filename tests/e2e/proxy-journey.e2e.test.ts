/**
 * The agent journey of issue #6 on the production H5 build against the real backend (TODAY = 2026-09-15):
 * an agent adds two registered relatives on 我的代办; acts for relative 1 through a whole 缴费核定 (the proxy
 * banner on every step); switches to relative 2 and revokes a record made for them; switches back to
 * themselves explicitly. Then relative 1 signs in and sees the record "由 … 代办" and who acted for them.
 * No full ID number ever goes into a URL the browser requests.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, makeId, openSignedIn, registeredUser, type TestUser } from './session'
import { answerModal, fill, pageText } from './ui'

const baseURL = inject('baseURL')
let browser: Browser

const AGENT = { name: '赵代办', idNumber: makeId('640104', '1994-02-02', '051'), region: '640000', district: '640104' }
const REL1 = { name: '赵一民', idNumber: makeId('640104', '1970-04-04', '053'), region: '640000', district: '640104' }
const REL2 = { name: '钱二英', idNumber: makeId('640105', '1978-08-08', '064'), region: '640000', district: '640105' }
const ALL_IDS = [AGENT.idNumber, REL1.idNumber, REL2.idNumber]

let agent: TestUser
let rel1: TestUser
let rel2: TestUser

beforeAll(async () => {
  browser = await launch()
  agent = await registeredUser(baseURL, AGENT)
  rel1 = await registeredUser(baseURL, REL1)
  rel2 = await registeredUser(baseURL, REL2)
})
afterAll(async () => {
  await browser?.close()
})

const visible = (page: Page, sel: string) => page.locator(`.taro_page:visible ${sel}`).first()
const text = (page: Page, sel: string) => visible(page, sel).innerText()

async function expectBanner(page: Page, masked: string) {
  await expect.poll(() => text(page, '#proxy-banner'), { timeout: 10000 }).toContain(`正在为 ${masked} 办理`)
}

async function askFor(page: Page, name: string, id: string) {
  await fill(page, 'person-name-input', name)
  if (await page.locator('.taro_page:visible #person-id-edit').count()) await visible(page, '#person-id-edit').click()
  await fill(page, 'person-id-input', id)
  await visible(page, '#person-rel-choice-PARENT').click()
  await visible(page, '#add-submit').click()
}

/** From 我的代办: 为TA办理 on the card of `masked`. */
async function actFor(page: Page, masked: string) {
  const card = page.locator('.taro_page:visible .person', { hasText: masked })
  await card.getByRole('button', { name: `为TA办理（${masked}）` }).click()
  await visible(page, '#acting-actions').waitFor()
  await expectBanner(page, masked)
}

/** Steps a MonthPicker of 2026 with its ‹ › buttons to the given month. */
async function setMonth(page: Page, id: string, month: number) {
  for (let i = 0; i < 24; i++) {
    const m = Number(/2026年(\d+)月/.exec(await text(page, `#${id}-value`))?.[1])
    if (m === month) return
    await visible(page, `#${id}-${m < month ? 'next' : 'prev'}`).click()
  }
  throw new Error(`${id} did not reach 2026年${month}月`)
}

async function backToPeople(page: Page) {
  await page.goto(`${baseURL}/#/pages/people/index`)
  await visible(page, '#people-list').waitFor()
}

describe('代办 journey (issue #6, H5)', () => {
  let page: Page
  const urls: string[] = []
  let recordForRel1 = ''

  it('the agent asks two registered relatives by name + ID; each agrees in their own account', async () => {
    page = await newPhonePage(browser)
    page.on('request', (r) => urls.push(r.url()))
    await openSignedIn(page, baseURL, agent, '/pages/people/index')
    await screenshot(page, 'proxy-people-start')
    await visible(page, '#page-empty').waitFor()
    await askFor(page, REL1.name, REL1.idNumber)
    await expect.poll(() => text(page, '#add-done')).toContain('已向 赵*民 发出代办请求')
    await askFor(page, REL2.name, REL2.idNumber)
    await expect.poll(() => text(page, '#add-done')).toContain('已向 钱*英 发出代办请求')
    await expect.poll(() => page.locator('.taro_page:visible .request').count()).toBe(2)
    // both agree (their own accounts, through the API here; the UI of agreeing is in people.e2e)
    for (const rel of [rel1, rel2]) {
      const incoming = await as<{ items: { ref: string }[] }>(baseURL, rel, 'GET', '/api/me/agent-requests')
      await as(baseURL, rel, 'POST', `/api/me/agent-requests/${incoming.items[0].ref}/approve`, {})
    }
    await page.reload()
    await expect.poll(() => page.locator('.taro_page:visible #people-list .person').count()).toBe(2)
    expect(await text(page, '#acting-now')).toContain('当前：为本人办理')
    await screenshot(page, 'proxy-people')
  })

  it('acts for relative 1: the banner shows on every step of 缴费核定, which ends with a record number', async () => {
    await actFor(page, '赵*民')
    await visible(page, '#go-assess').click()
    await page.waitForURL(/pages\/assess\/index/)

    await visible(page, '#step-base').waitFor()
    await expectBanner(page, '赵*民')
    await visible(page, '#mode-percent').click() // 宁夏: 按比例, then the percentage
    await visible(page, '#base-input input').fill('60')
    await expect.poll(() => text(page, '#base-reading')).toContain('¥4,853.00')
    await page.getByRole('button', { name: '下一步：选择缴费期间' }).click()

    await visible(page, '#step-period').waitFor()
    await expectBanner(page, '赵*民')
    // 2026年10月–2026年12月: 3 × 970.60
    await setMonth(page, 'end-month', 12)
    await setMonth(page, 'start-month', 10)
    expect(await text(page, '#period-summary')).toBe('2026年10月–2026年12月（共3个月）')
    await expect.poll(() => text(page, '#preview-total')).toBe('¥2,911.80')
    await screenshot(page, 'proxy-assess-period')
    await page.getByRole('button', { name: '下一步：确认核定' }).click()

    await visible(page, '#step-confirm').waitFor()
    await expectBanner(page, '赵*民')
    expect(await text(page, '#step-confirm')).toContain('缴费人：赵*民')
    await page.getByRole('button', { name: /^确认核定/ }).click()

    await visible(page, '#record-id').waitFor()
    await expectBanner(page, '赵*民')
    recordForRel1 = (await text(page, '#record-id')).trim()
    expect(recordForRel1).toMatch(/^HD\d{6}20260915\d{6}$/)
    expect(await text(page, '#record-total')).toBe('¥2,911.80')
    await screenshot(page, 'proxy-assess-done')

    // The record belongs to relative 1, not to the agent.
    const mine = await as<{ items: { id: string }[] }>(baseURL, agent, 'GET', '/api/assessments')
    expect(mine.items.map((r) => r.id)).not.toContain(recordForRel1)
    const theirs = await as<{ items: { id: string }[] }>(baseURL, rel1, 'GET', '/api/assessments')
    expect(theirs.items.map((r) => r.id)).toContain(recordForRel1)
  })

  it('switches to relative 2, opens their record and revokes it after a confirmation', async () => {
    const people = await as<{ items: { ref: string; nameMasked: string }[] }>(
      baseURL,
      agent,
      'GET',
      '/api/agents/people',
    )
    const ref2 = people.items.find((p) => p.nameMasked === '钱*英')!.ref
    const rec = await as<{ id: string }>(baseURL, agent, 'POST', '/api/assessments', {
      start: '2026-01',
      end: '2026-03',
      base: '60',
      personRef: ref2,
    })

    await backToPeople(page)
    await expectBanner(page, '赵*民') // still acting for relative 1 until switched explicitly
    await actFor(page, '钱*英')
    await visible(page, '#go-records').click()
    await page.waitForURL(/pages\/records\/index/)
    await expectBanner(page, '钱*英')
    await visible(page, `#record-${rec.id}`).waitFor()
    expect(await page.locator('.taro_page:visible #records-list .record').count()).toBe(1)
    expect(await text(page, `#record-${rec.id}`)).toContain('待传输')
    expect(await text(page, '#records-list')).not.toContain(recordForRel1)
    await screenshot(page, 'proxy-records-rel2')

    await visible(page, `#record-${rec.id}`).click()
    await visible(page, '#record-detail').waitFor()
    await expectBanner(page, '钱*英')
    expect(await text(page, '#record-id')).toBe(rec.id)
    await page.locator('.taro_page:visible').getByRole('button', { name: '撤销核定' }).click()
    expect(await answerModal(page, true)).toContain('撤销后本核定作废且不能恢复')
    await visible(page, '#revoked-note').waitFor() // the record's own note says it (one message, not two)
    expect(await text(page, '#record-detail')).toContain('已撤销')
    await screenshot(page, 'proxy-revoked')
    expect((await as<{ status: string }>(baseURL, agent, 'GET', `/api/assessments/${rec.id}`)).status).toBe('REVOKED')
  })

  it('切换为本人办理 removes the banner', async () => {
    await backToPeople(page)
    await expectBanner(page, '钱*英')
    await visible(page, '#act-self').click()
    await expect.poll(() => text(page, '#acting-now')).toContain('当前：为本人办理')
    expect(await page.locator('.taro_page:visible #proxy-banner').count()).toBe(0)
    await page.goto(`${baseURL}/#/pages/assess/index`)
    await visible(page, '#step-base').waitFor()
    expect(await page.locator('.taro_page:visible #proxy-banner').count()).toBe(0)
  })

  it('relative 1 signs in: 核定记录 shows "由 …赵*办 代办", 谁为我办理过 lists the agent', async () => {
    const relPage = await newPhonePage(browser)
    relPage.on('request', (r) => urls.push(r.url()))
    await openSignedIn(relPage, baseURL, rel1, '/pages/records/index')
    await visible(relPage, `#record-${recordForRel1}`).waitFor()
    const card = await text(relPage, `#record-${recordForRel1}`)
    expect(card).toMatch(/由 (网页用户 )?赵\*办 代办/) // the backend's label: channel + masked name
    expect(card).toContain('2026年10月–2026年12月（共3个月）')
    expect(card).not.toContain(AGENT.name)
    expect(await relPage.locator('.taro_page:visible #proxy-banner').count()).toBe(0)
    await screenshot(relPage, 'proxy-relative-records')

    await relPage.goto(`${baseURL}/#/pages/people/index`)
    await visible(relPage, '#acted-for-me-list').waitFor()
    const acted = await text(relPage, '#acted-for-me')
    expect(acted).toContain('赵*办')
    expect(acted).toContain('代为缴费核定')
    expect(acted).not.toContain(AGENT.name)
    // and the 消息 list, reached from 首页
    await relPage.goto(`${baseURL}/#/tabs/home/index`)
    await visible(relPage, '#entry-messages').click()
    await visible(relPage, '#messages-list').waitFor()
    const msgs = await text(relPage, '#messages-list')
    expect(msgs).toContain('代办人为您办理了缴费核定')
    expect(msgs).toContain(recordForRel1)
    expect(msgs).toContain('赵*办')
    expect(msgs).not.toContain(AGENT.name)
    expect(await pageText(relPage)).not.toContain(REL1.idNumber)
    await screenshot(relPage, 'proxy-relative-acted-for-me')
  })

  it('no full ID number appeared in any URL the browser requested', () => {
    expect(urls.length).toBeGreaterThan(10)
    for (const id of ALL_IDS) expect(urls.filter((u) => u.includes(id))).toEqual([])
  })
})
