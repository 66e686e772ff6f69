/**
 * 缴费核定 after a suspension (RULES.md §4.8) on the production H5 build against the real backend
 * (TODAY = 2026-09-15): a user suspended from 2026-10 is refused (INSURANCE_SUSPENDED, in words: 停保 and
 * what to do — 续保) for any period reaching 2026-10 or later, nothing is created, and a period before
 * 2026-10 still quotes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, makeId, openSignedIn, registeredUser } from './session'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const visible = (page: Page, sel: string) => page.locator(`.taro_page:visible ${sel}`).first()
const text = (page: Page, sel: string) => visible(page, sel).innerText()

/** Steps a MonthPicker of 2026 with its ‹ › buttons to the given month. */
async function setMonth(page: Page, id: string, month: number) {
  for (let i = 0; i < 24; i++) {
    const m = Number(/2026年(\d+)月/.exec(await text(page, `#${id}-value`))?.[1])
    if (m === month) return
    await visible(page, `#${id}-${m < month ? 'next' : 'prev'}`).click()
  }
  throw new Error(`${id} did not reach 2026年${month}月`)
}

async function expectSuspendedRefusal(page: Page) {
  await visible(page, '#quote-errors').waitFor({ timeout: 10000 })
  const refusal = await text(page, '#quote-errors')
  expect(refusal).toContain('2026年10月起停保')
  expect(refusal).toContain('续保')
  expect(await page.locator('.taro_page:visible #quote-errors [data-code="INSURANCE_SUSPENDED"]').count()).toBe(1)
  expect(await page.getByRole('button', { name: '下一步：确认核定' }).isDisabled()).toBe(true)
}

describe('缴费核定 after a suspension (H5)', () => {
  it('refuses months from the suspension on (停保, 续保), creates nothing, and still quotes earlier months', async () => {
    const user = await registeredUser(baseURL, {
      name: '马暂停',
      idNumber: makeId('640104', '1981-09-09', '071'),
      region: '640000',
      district: '640104',
    })
    await as(baseURL, user, 'POST', '/api/suspension', { reason: 'VOLUNTARY', stopDate: '2026-10-01' })

    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/assess/index')
    await visible(page, '#step-base').waitFor()
    // Said at once, before any step, with the way on (去续保).
    expect(await text(page, '#suspended-notice')).toContain('自2026年10月起停保')
    expect(await page.getByRole('button', { name: '去续保' }).count()).toBe(1)
    await screenshot(page, 'assess-suspended-notice')
    await visible(page, '#mode-percent').click()
    await visible(page, '#base-input input').fill('60')
    await expect.poll(() => text(page, '#base-reading')).toContain('¥4,853.00')
    await page.getByRole('button', { name: '下一步：选择缴费期间' }).click()
    await visible(page, '#step-period').waitFor()
    // The default period is valid at once: the first open months, before the suspension.
    expect(await text(page, '#period-summary')).toBe('2026年1月–2026年9月（共9个月）')
    await expect.poll(() => text(page, '#preview-total'), { timeout: 10000 }).toBe('¥8,735.40')
    expect(await page.locator('.taro_page:visible #quote-errors').count()).toBe(0)

    // A period that includes 2026-10: 2026年9月–2026年12月.
    await setMonth(page, 'end-month', 12)
    await setMonth(page, 'start-month', 9)
    expect(await text(page, '#period-summary')).toBe('2026年9月–2026年12月（共4个月）')
    await expectSuspendedRefusal(page)
    await screenshot(page, 'assess-suspended-refused')

    // Entirely after the suspension: 2026年11月–2026年12月.
    await setMonth(page, 'start-month', 11)
    expect(await text(page, '#period-summary')).toBe('2026年11月–2026年12月（共2个月）')
    await expectSuspendedRefusal(page)

    // Nothing was created.
    expect((await as<{ items: unknown[] }>(baseURL, user, 'GET', '/api/assessments')).items).toEqual([])

    // Before the suspension: 2026年7月–2026年9月 quotes (3 × 970.60) and can go on to 确认核定.
    await setMonth(page, 'start-month', 7)
    await setMonth(page, 'end-month', 9)
    expect(await text(page, '#period-summary')).toBe('2026年7月–2026年9月（共3个月）')
    await expect.poll(() => text(page, '#preview-total'), { timeout: 10000 }).toBe('¥2,911.80')
    expect(await page.locator('.taro_page:visible #quote-errors').count()).toBe(0)
    expect(await page.getByRole('button', { name: '下一步：确认核定' }).isDisabled()).toBe(false)
    await screenshot(page, 'assess-suspended-before-ok')
    expect((await as<{ items: unknown[] }>(baseURL, user, 'GET', '/api/assessments')).items).toEqual([])

    // 去续保 leads to 续保.
    await page.getByRole('button', { name: '去续保' }).click()
    await page.waitForURL(/pages\/suspend\/index/)
    await visible(page, '#resume-form').waitFor()
  })
})
