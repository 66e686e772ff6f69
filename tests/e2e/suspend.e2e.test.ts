import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, makeId, openSignedIn, registeredUser } from './session'
import { answerModal, pageText, pick } from './ui'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('H5 停保/续保 against the real backend', () => {
  it('refuses while an open assessment exists (with a link to it), then suspends and resumes', async () => {
    const user = await registeredUser(baseURL, {
      name: '马停保',
      idNumber: makeId('640104', '1980-06-01', '013'),
      region: '640000',
      district: '640104',
    })
    const record = await as<{ id: string }>(baseURL, user, 'POST', '/api/assessments', {
      start: '2026-10',
      end: '2026-12',
      base: '60',
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/suspend/index')
    await page.locator('#suspend-form').waitFor()
    expect(await pageText(page)).toContain('正常参保')
    // The person themself is not offered 参保人死亡; the dates offered come from the engine.
    expect(await page.locator('#reason-DEATH').count()).toBe(0)
    expect(await page.locator('#field-stop-date').innerText()).toContain('可选 2026年9月1日 至 2026年12月31日')
    // Its label is readable (Taro's [disabled] style once made it white on white).
    expect(await page.locator('#suspend-submit').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(201, 53, 63)')
    await screenshot(page, 'suspend-form')

    // Nothing chosen: both problems at once.
    await page.getByRole('button', { name: '申请停保' }).click()
    await page.locator('#reason-error').waitFor()
    await page.locator('#stop-date-error').waitFor()

    await page.locator('#reason-VOLUNTARY').click()
    await pick(page, 'stop-date-picker')
    expect(await page.locator('#stop-date-picker').innerText()).toContain('2026年9月15日')

    // The server's check runs first: with an open record nothing is asked to be confirmed, nothing is sent.
    let posts = 0
    page.on('request', (r) => {
      if (r.url().endsWith('/api/suspension') && r.method() === 'POST') posts++
    })
    await page.getByRole('button', { name: '申请停保' }).click()
    await page.locator('#open-records').waitFor()
    expect(await page.locator('.taro-modal__content:visible').count()).toBe(0)
    expect(posts).toBe(0)
    expect(await page.locator('#error-summary').innerText()).toContain('请先撤销这些核定')
    const link = page.locator(`#open-${record.id}`)
    expect(await link.innerText()).toContain(record.id)
    await screenshot(page, 'suspend-refused')

    // The link opens the record (B's page) with only the record id.
    await link.click()
    await expect.poll(() => page.url()).toContain(`pages/record-detail/index?id=${record.id}`)

    // Revoke it, then the submission goes through.
    await as(baseURL, user, 'POST', `/api/assessments/${record.id}/revoke`, {})
    await page.goto(`${baseURL}/#/pages/suspend/index`)
    await page.reload()
    await page.locator('#suspend-form').waitFor()
    await page.locator('#reason-VOLUNTARY').click()
    await pick(page, 'stop-date-picker')
    // 取消 in the dialog sends nothing.
    await page.getByRole('button', { name: '申请停保' }).click()
    expect(await answerModal(page, false)).toContain('不能再核定缴费')
    expect(posts).toBe(0)
    const keys: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/suspension')) keys.push(r.headers()['idempotency-key'] ?? '')
    })
    await page.getByRole('button', { name: '申请停保' }).click()
    await answerModal(page, true)
    await page.locator('#resume-form').waitFor()
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatch(/\S{8,}/)
    const text = await pageText(page)
    expect(text).toContain('已停保')
    expect(text).toContain('本人自愿申请停止参保')
    expect(await page.locator('#suspend-notice').innerText()).toContain('2026年9月起停保')
    await screenshot(page, 'suspended')

    await page.getByRole('button', { name: '申请续保' }).click()
    expect(await answerModal(page, true)).toContain('恢复参保')
    // A success state with the way on, not the 停保 form again.
    await page.locator('#resume-done').waitFor()
    expect(await page.locator('#resume-done').innerText()).toContain('2026年9月起恢复参保')
    expect(await page.locator('#suspend-form').count()).toBe(0)
    expect(await pageText(page)).toContain('正常参保')
    await screenshot(page, 'resumed')
    await page.getByRole('button', { name: '去缴费核定' }).click()
    await page.waitForURL(/pages\/assess\/index/)
    await page.locator('.taro_page:visible #step-base').waitFor()
  })

  it('a page that could not load says so without claiming to have kept anything typed', async () => {
    const user = await registeredUser(baseURL, {
      name: '马断网',
      idNumber: makeId('640104', '1980-07-07', '015'),
      region: '640000',
      district: '640104',
    })
    const page = await newPhonePage(browser)
    await page.route('**/api/registration*', (r) => r.abort())
    await openSignedIn(page, baseURL, user, '/pages/suspend/index')
    await page.locator('.taro_page:visible #page-error').waitFor()
    const text = await page.locator('.taro_page:visible #page-error').innerText()
    expect(text).toContain('网络')
    expect(text).not.toContain('已保留')
    await screenshot(page, 'suspend-load-error')
  })
})
