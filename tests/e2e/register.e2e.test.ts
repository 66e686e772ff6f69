import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { bindIdentity, makeId, openSignedIn, signUp } from './session'
import { fill, pageText, pick } from './ui'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function toForm(page: Page) {
  await page.locator('#register-notice').waitFor()
  expect(await pageText(page)).toContain('年满16周岁')
  expect(await pageText(page)).toContain('不受户籍限制')
  await page.getByRole('checkbox', { name: '我已阅读并知晓参保须知' }).click()
  await page.getByRole('button', { name: '下一步' }).click()
  await page.locator('#register-submit').waitFor()
}

describe('H5 参保登记 against the real backend', () => {
  it('a woman born 1985 registers in 宁夏 and sees her statutory retirement month', async () => {
    const user = await signUp(baseURL)
    await bindIdentity(baseURL, user, '马晓燕', makeId('640104', '1985-03-15', '004'))
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/register/index')
    await page.locator('#register-notice').waitFor()
    await screenshot(page, 'register-notice')
    await toForm(page)

    // Nothing chosen: every problem at once, each next to its field.
    await page.getByRole('button', { name: '提交登记' }).click()
    await page.locator('#error-summary').waitFor()
    expect(await page.locator('#error-summary').innerText()).toContain('有 5 个问题需要处理')
    for (const f of ['category', 'region', 'employee', 'address', 'mobile']) await page.locator(`#${f}-error`).waitFor()
    // 民族 defaults to 汉族; the pickers and inputs carry their labels
    expect(await page.locator('#ethnicity-picker').innerText()).toContain('汉族')
    expect(await page.getByRole('button', { name: '民族：汉族' }).count()).toBe(1)
    expect(await page.getByLabel('联系地址').count()).toBeGreaterThan(0)
    expect(await page.getByLabel('手机号码').count()).toBeGreaterThan(0)
    await screenshot(page, 'register-form-errors')

    expect(await page.locator('#reg-birth').innerText()).toContain('1985年3月15日')
    expect(await page.locator('#reg-sex').innerText()).toContain('女')
    await page.locator('#category-OTHER_FLEXIBLE').click()
    await pick(page, 'region-picker', '宁夏回族自治区')
    expect(await page.locator('#region-picker').innerText()).toContain('宁夏')
    await pick(page, 'district-picker')
    await page.locator('#employee-NONE').click()
    await pick(page, 'ethnicity-picker', '回族')
    expect(await page.locator('#ethnicity-picker').innerText()).toContain('回族')
    await pick(page, 'hukouType-picker', '本地城镇')
    await fill(page, 'address', '宁夏银川市兴庆区解放东街1号')
    await fill(page, 'mobile', '13800000004')
    await screenshot(page, 'register-form')
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/registration') && r.request().method() === 'POST')
    await page.getByRole('button', { name: '提交登记' }).click()
    const response = await answer
    expect(response.status()).toBe(201)
    expect(response.request().postDataJSON()).toMatchObject({
      ethnicity: '回族',
      hukouType: 'LOCAL_URBAN',
      address: '宁夏银川市兴庆区解放东街1号',
      mobile: '13800000004',
    })
    await page.locator('#register-done').waitFor()
    const done = await pageText(page)
    expect(done).toContain('参保登记成功')
    expect(done).toContain('宁夏回族自治区')
    expect(await page.locator('#reg-retirement').innerText()).toContain('2043年3月')
    expect(await page.locator('#reg-work-start').innerText()).toContain('2026年1月1日')
    expect(await page.locator('#reg-ethnicity').innerText()).toContain('回族')
    expect(await page.locator('#reg-mobile').innerText()).toContain('138****0004')
    expect(await page.locator('#reg-address').innerText()).toContain('解放东街1号')
    await screenshot(page, 'register-done')
    expect(await page.getByRole('button', { name: '去缴费核定' }).count()).toBeGreaterThan(0)

    // Coming back: the current registration, and (宁夏 allows it) 变更参保地.
    await page.goto(`${baseURL}/#/pages/register/index`)
    await page.reload()
    await page.locator('#registration-current').waitFor()
    expect(await page.getByRole('button', { name: '变更参保地' }).count()).toBe(1)
    await screenshot(page, 'register-current')
  })

  it('a man born 1960 is told he has reached retirement age — with every other problem at once', async () => {
    const user = await signUp(baseURL)
    await bindIdentity(baseURL, user, '马建国', makeId('640104', '1960-05-10', '011'))
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/register/index')
    await toForm(page)
    await page.locator('#category-SELF_EMPLOYED_NO_EMPLOYEES').click()
    await pick(page, 'region-picker', '宁夏回族自治区')
    await pick(page, 'district-picker')
    await page.locator('#employee-ACTIVE').click()
    await fill(page, 'address', '宁夏银川市兴庆区解放东街2号')
    await fill(page, 'mobile', '13800000005')
    await page.getByRole('button', { name: '提交登记' }).click()
    await page.locator('#error-summary').waitFor()
    const summary = await page.locator('#error-summary').innerText()
    expect(summary).toContain('您已达到法定退休年龄')
    expect(summary).toContain('待遇领取')
    expect(summary).toContain('有 2 个问题需要处理')
    expect(
      await page
        .locator('#error-summary [data-code]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))),
    ).toEqual(['AGE_AT_OR_ABOVE_RETIREMENT', 'EMPLOYEE_INSURANCE_ACTIVE'])
    expect(await page.locator('#person-error').innerText()).toContain('法定退休年龄')
    expect(await page.locator('#employee-error').innerText()).toContain('中断缴费')
    await screenshot(page, 'register-refused')
  })
})
