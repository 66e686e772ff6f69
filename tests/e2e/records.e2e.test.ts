import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, makeId, openSignedIn, registeredUser, tax, type TestUser } from './session'
import { expectVisible } from './visibility'

/**
 * 核定记录 on the production H5 build against the real backend: the list with its status filters, the
 * empty state, and the revocation rules of RULES.md §5 through the detail page: CREATED → revoke; TRANSMITTED
 * → refused with the tax-bureau message; after the tax side revokes → revoke succeeds.
 */
const baseURL = inject('baseURL')
const adminToken = inject('adminToken')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const text = (page: Page, sel: string) => page.locator(sel).first().innerText()

async function confirmDialog(page: Page, words: string) {
  const modal = page.locator('.taro__modal .taro-modal__content')
  await modal.waitFor({ state: 'visible' })
  expect(await modal.locator('.taro-modal__text').innerText()).toContain(words)
  await modal.locator('.taro-model__confirm').click()
  await modal.waitFor({ state: 'hidden' })
}

interface Rec {
  id: string
  status: string
}
let seq = 100
async function ningxiaUser(name: string): Promise<TestUser> {
  seq += 2
  return registeredUser(baseURL, {
    name,
    idNumber: makeId('640104', '1982-05-20', String(seq + 1).padStart(3, '0')),
    region: '640000',
    district: '640104',
  })
}
const create = (user: TestUser, start: string, end: string) =>
  as<Rec>(baseURL, user, 'POST', '/api/assessments', { start, end, base: '100' })
const transmit = (user: TestUser, id: string) => as<Rec>(baseURL, user, 'POST', `/api/assessments/${id}/transmit`, {})
const revoke = (user: TestUser, id: string) => as<Rec>(baseURL, user, 'POST', `/api/assessments/${id}/revoke`, {})

describe('核定记录 (H5)', () => {
  it('lists records with status, period, months, total and who did it; filters by status', async () => {
    const user = await ningxiaUser('钱记录')
    const a = await create(user, '2026-01', '2026-02') // 待传输
    const b = await create(user, '2026-03', '2026-04')
    await transmit(user, b.id) // 已传输
    const c = await create(user, '2026-05', '2026-05')
    await transmit(user, c.id)
    await tax(baseURL, adminToken, c.id, 'paid') // 已缴费
    const d = await create(user, '2026-06', '2026-06')
    await revoke(user, d.id) // 已撤销

    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/records/index')
    await page.locator('#records-list .record').first().waitFor()
    expect(await page.locator('#records-list .record').count()).toBe(4)
    const cardA = await text(page, `#record-${a.id}`)
    expect(cardA).toContain(a.id)
    expect(cardA).toContain('2026年1月–2026年2月（共2个月）')
    expect(cardA).toContain('¥3,235.20') // 2 × 1,617.60 (100% of 8,088)
    expect(cardA).toContain('待传输')
    expect(cardA).toContain('本人办理')
    expect(await text(page, `#record-${b.id}`)).toContain('已传输')
    expect(await text(page, `#record-${c.id}`)).toContain('已缴费')
    expect(await text(page, `#record-${d.id}`)).toContain('已撤销')
    await expectVisible(page, 'records-list')
    // the five filter chips sit on one row at 375 px
    const tops = await page
      .locator('.taro_page:visible .filter')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)))
    expect(tops).toHaveLength(5)
    expect(new Set(tops).size).toBe(1)

    const expectOnly = async (tab: string, id: string) => {
      await page.getByRole('tab', { name: tab }).click()
      await page.locator(`#record-${id}`).waitFor()
      await expect.poll(() => page.locator('#records-list .record').count()).toBe(1)
    }
    await expectOnly('待传输', a.id)
    await expectOnly('已传输', b.id)
    await expectOnly('已缴费', c.id)
    await expectOnly('已撤销', d.id)
    await screenshot(page, 'records-filter-revoked')
    await page.getByRole('tab', { name: '全部' }).click()
    await expect.poll(() => page.locator('#records-list .record').count()).toBe(4)

    // A card opens its detail.
    await page.locator(`#record-${c.id}`).click()
    await page.locator('#record-detail').waitFor()
    expect(await text(page, '#record-id')).toBe(c.id)
    expect(await text(page, '#paid-note')).toContain('已缴费，不能撤销')
    expect(await page.getByRole('button', { name: '撤销核定' }).count()).toBe(0)
    // paid: the amount is what was paid, not "应缴"
    expect(await text(page, '#detail-total-label')).toBe('已缴金额')
    expect(await text(page, '#record-detail')).not.toContain('合计应缴')
    await expectVisible(page, 'record-detail-paid')

    // revoked: headline says so, one message only
    await page.goto(`${baseURL}/#/pages/record-detail/index?id=${d.id}`)
    await page.reload()
    await page.locator('.taro_page:visible #revoked-note').waitFor()
    expect(await text(page, '.taro_page:visible #detail-total-label')).toContain('已撤销')
    expect(await text(page, '.taro_page:visible #record-detail')).not.toContain('合计应缴')
    await expectVisible(page, 'record-detail-revoked-earlier')
  })

  it('shows times in China time whatever the device zone, one’s own name in full, a 44 px 复制', async () => {
    const user = await ningxiaUser('赵时区')
    const a = await create(user, '2026-01', '2026-02')
    const stored = await as<{ createdAt: string }>(baseURL, user, 'GET', `/api/assessments/${a.id}`)
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      timezoneId: 'America/New_York',
    })
    const page = await context.newPage()
    await openSignedIn(page, baseURL, user, `/pages/record-detail/index?id=${a.id}`)
    await page.locator('#record-detail').waitFor()
    const t = new Date(Date.parse(stored.createdAt) + 8 * 3600e3)
    const china = `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`
    expect(await page.locator('.taro_page:visible').innerText()).toContain(china)
    expect(await text(page, '#detail-owner')).toContain('赵时区（本人）')
    expect(await text(page, '#detail-operator')).toContain('赵时区（本人）')
    const copy = await page.locator('#copy-id').boundingBox()
    expect(copy!.width).toBeGreaterThanOrEqual(44)
    expect(copy!.height).toBeGreaterThanOrEqual(44)
    await context.close()
  })

  it('a bad record id says so in Chinese, without the field name, and offers a way on', async () => {
    const user = await ningxiaUser('钱坏链')
    const page = await newPhonePage(browser)
    for (const bad of ['not a valid id!', 'A00000000000000000000']) {
      await openSignedIn(page, baseURL, user, `/pages/record-detail/index?id=${encodeURIComponent(bad)}`)
      await page.locator('.taro_page:visible #page-error').waitFor()
      const msg = await text(page, '.taro_page:visible #page-error')
      expect(msg).toContain('没有找到这条核定记录')
      expect(msg).not.toMatch(/\bid\b|“id”/)
      expect(await page.locator('.taro_page:visible').getByRole('button', { name: '重试' }).count()).toBe(0)
      await expectVisible(page, 'record-detail-bad-id')
    }
    await page.locator('.taro_page:visible #detail-to-records').click()
    await page.locator('.taro_page:visible .filters').waitFor()
  })

  it('shows the empty state with 去缴费核定', async () => {
    const user = await ningxiaUser('孙空白')
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/records/index')
    await page.locator('#records-empty').waitFor()
    expect(await text(page, '#records-empty')).toContain('暂无核定记录')
    // heading and body on their own lines, not run together
    const [h, b] = await page
      .locator('#records-empty')
      .evaluate((el) => [...el.querySelectorAll('.card-title, .muted')].map((e) => e.getBoundingClientRect()))
    expect(b.top).toBeGreaterThanOrEqual(h.bottom - 1)
    await expectVisible(page, 'records-empty')
    await page.getByRole('button', { name: '去缴费核定' }).click()
    await page.locator('#step-base').waitFor()
  })

  it('revokes a CREATED record after a confirmation in words', async () => {
    const user = await ningxiaUser('李撤销')
    const a = await create(user, '2026-01', '2026-03')
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, `/pages/record-detail/index?id=${a.id}`)
    await page.locator('#record-detail').waitFor()
    const detail = await text(page, '#record-detail')
    expect(detail).toContain('2026年1月–2026年3月（共3个月）')
    expect(detail).toContain('¥4,852.80')
    expect(detail).toContain('¥647.04') // 个人账户 8%
    expect(detail).toContain('¥970.56') // 统筹基金 12%
    expect(await text(page, '#detail-operator')).toContain('本人')
    expect(await text(page, '#detail-total-label')).toBe('合计应缴')
    await expectVisible(page, 'record-detail-created')
    await page.getByRole('button', { name: '撤销核定' }).click()
    await page.locator('.taro-modal__content').waitFor({ state: 'visible' })
    expect(await page.locator('.taro-model__cancel').innerText()).toBe('暂不')
    await expectVisible(page, 'record-detail-revoke-dialog')
    await confirmDialog(page, '撤销后本核定作废且不能恢复')
    await page.locator('#revoked-note').waitFor()
    expect(await text(page, '#record-detail')).toContain('已撤销')
    // one message about it, not two
    expect(await page.locator('#action-done').count()).toBe(0)
    expect(await text(page, '#detail-total-label')).toContain('已撤销')
    await expectVisible(page, 'record-detail-just-revoked')
    expect((await as<Rec>(baseURL, user, 'GET', `/api/assessments/${a.id}`)).status).toBe('REVOKED')
  })

  it('refuses to revoke a transmitted record with the tax message; after the tax side revokes, it succeeds', async () => {
    const user = await ningxiaUser('周税务')
    const b = await create(user, '2026-04', '2026-06')
    await transmit(user, b.id)
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, `/pages/record-detail/index?id=${b.id}`)
    await page.locator('#record-detail').waitFor()
    // What to do at the tax bureau is explained before the user tries.
    expect(await text(page, '#tax-revoke-howto')).toContain('请先向税务部门申请撤销本核定')
    await page.getByRole('button', { name: '撤销核定' }).click()
    await confirmDialog(page, '只有税务部门撤销后，才能在这里撤销')
    await page.locator('#action-errors').waitFor()
    expect(await text(page, '#action-errors')).toContain('已传输到税务部门，须先向税务部门申请撤销核定')
    expect(await text(page, '#record-detail')).toContain('已传输')
    await expectVisible(page, 'record-detail-revoke-refused')

    await tax(baseURL, adminToken, b.id, 'tax-revoke')
    await page.reload()
    await page.locator('#tax-revoked-note').waitFor()
    await expectVisible(page, 'record-detail-tax-revoked')
    await page.getByRole('button', { name: '撤销核定' }).click()
    await confirmDialog(page, '撤销后本核定作废且不能恢复')
    await page.locator('#revoked-note').waitFor()
    expect(await text(page, '#record-detail')).toContain('已撤销')
    expect(await text(page, '#record-detail')).not.toContain('已传输')
    await screenshot(page, 'record-detail-revoked')
    expect((await as<Rec>(baseURL, user, 'GET', `/api/assessments/${b.id}`)).status).toBe('REVOKED')
  })
})
