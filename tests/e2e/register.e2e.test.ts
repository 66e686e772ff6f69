import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { actingForRelative, as, bindIdentity, makeId, openSignedIn, register, signUp } from './session'
import { fill, pageText, pick } from './ui'

const baseURL = inject('baseURL')
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`
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
  // 下一步 looks disabled and says why until the box is ticked.
  expect(await page.locator('#notice-next').getAttribute('class')).toContain('btn-disabled')
  expect(await page.locator('#notice-next-why').innerText()).toContain('请先勾选')
  // disabled, and still readable: dark grey on light grey
  expect(await page.locator('#notice-next').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(78, 89, 105)')
  await page.getByRole('checkbox', { name: '我已阅读并知晓参保须知' }).click()
  expect(await page.locator('#notice-next').getAttribute('class')).not.toContain('btn-disabled')
  await page.getByRole('button', { name: '下一步', exact: true }).click()
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

    // Nothing chosen: every problem at once, each next to its field (the mobile defaults to the login phone).
    expect(await page.locator('#mobile-choice').innerText()).toContain(`使用登录手机号 ${masked(user.phone)}`)
    await page.getByRole('button', { name: '提交登记' }).click()
    await page.locator('#error-summary').waitFor()
    expect(await page.locator('#error-summary').innerText()).toContain('有 4 个问题需要处理')
    for (const f of ['category', 'region', 'employee', 'address']) await page.locator(`#${f}-error`).waitFor()
    // The summary follows each fix (never stale).
    await page.locator('#category-OTHER_FLEXIBLE').click()
    await expect.poll(() => page.locator('#error-summary').innerText()).toContain('有 3 个问题需要处理')
    expect(await page.locator('#category-error').count()).toBe(0)
    // An address of emoji is refused here and by the server with the same rule; a long one is counted, not cut.
    await fill(page, 'address', '😀😀😀😀😀')
    await expect.poll(() => page.locator('#address-error').innerText()).toContain('表情符号')
    await fill(page, 'address', '宁'.repeat(101))
    expect(await page.locator('#address-count').innerText()).toContain('101/100 字，超出 1 字')
    expect(await page.locator('#address input').inputValue()).toHaveLength(101)
    // 民族 defaults to 汉族; the pickers and inputs carry their labels
    expect(await page.locator('#ethnicity-picker').innerText()).toContain('汉族')
    expect(await page.getByRole('button', { name: '民族：汉族' }).count()).toBe(1)
    expect(await page.getByLabel('联系地址').count()).toBeGreaterThan(0)
    expect(await page.getByLabel('手机号码').count()).toBeGreaterThan(0)
    await screenshot(page, 'register-form-errors')

    expect(await page.locator('#reg-birth').innerText()).toContain('1985年3月15日')
    expect(await page.locator('#reg-sex').innerText()).toContain('女')
    await pick(page, 'region-picker', '宁夏回族自治区')
    expect(await page.locator('#region-picker').innerText()).toContain('宁夏')
    await pick(page, 'district-picker')
    await page.locator('#employee-NONE').click()
    await pick(page, 'ethnicity-picker', '回族')
    expect(await page.locator('#ethnicity-picker').innerText()).toContain('回族')
    await pick(page, 'hukouType-picker', '本地城镇')
    await fill(page, 'address', '宁夏银川市兴庆区解放东街1号')

    // A reload keeps everything entered (a draft for this person).
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage)
            .filter((k) => k.startsWith('zjb-draft:register:'))
            .map((k) => localStorage.getItem(k))
            .join(),
        ),
      )
      .toContain('解放东街1号')
    await page.reload()
    await page.locator('#register-submit').waitFor()
    expect(await page.locator('#address input').inputValue()).toBe('宁夏银川市兴庆区解放东街1号')
    expect(await page.locator('#ethnicity-picker').innerText()).toContain('回族')
    expect(await page.locator('#category-OTHER_FLEXIBLE').getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('#region-picker').innerText()).toContain('宁夏')
    await screenshot(page, 'register-form')
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/registration') && r.request().method() === 'POST')
    await page.getByRole('button', { name: '提交登记' }).click()
    const response = await answer
    expect(response.status()).toBe(201)
    expect(response.request().postDataJSON()).toMatchObject({
      ethnicity: '回族',
      hukouType: 'LOCAL_URBAN',
      address: '宁夏银川市兴庆区解放东街1号',
      mobileFromLogin: true,
    })
    expect(response.request().postData()).not.toContain(user.phone)
    await page.locator('#register-done').waitFor()
    const done = await pageText(page)
    expect(done).toContain('参保登记成功')
    expect(done).toContain('宁夏回族自治区')
    expect(await page.locator('#reg-retirement').innerText()).toContain('2043年3月')
    // 参加工作时间 is never asked, so it is not shown as if it were known
    expect(await page.locator('#reg-work-start').count()).toBe(0)
    expect(await page.locator('#reg-ethnicity').innerText()).toContain('回族')
    expect(await page.locator('#reg-mobile').innerText()).toContain(masked(user.phone))
    expect(await page.locator('.steps .step-done').count()).toBe(3)
    expect(await page.locator('#reg-address').innerText()).toContain('解放东街1号')
    await screenshot(page, 'register-done')
    expect(await page.getByRole('button', { name: '去缴费核定' }).count()).toBeGreaterThan(0)

    // Coming back: the current registration, and (宁夏 allows it) 变更参保地.
    await page.goto(`${baseURL}/#/pages/register/index`)
    await page.reload()
    await page.locator('#registration-current').waitFor()
    expect(await page.getByRole('button', { name: '变更参保地' }).count()).toBe(1)
    await screenshot(page, 'register-current')

    // 变更参保地 offers only where a move is possible, and says why the others are not.
    await page.getByRole('button', { name: '变更参保地' }).click()
    await page.locator('#region-not-offered').waitFor()
    const why = await page.locator('#region-not-offered').innerText()
    expect(why).toContain('武汉市')
    expect(why).toContain('不接受已参保人员在线变更参保地')
    await page.locator('#region-picker').click()
    const items = await page.locator('.weui-picker:visible .weui-picker__item').allInnerTexts()
    expect(items).toContain('宁夏回族自治区')
    expect(items).not.toContain('武汉市')
    await page.locator('.weui-picker__action:visible', { hasText: '取消' }).last().click()
    await page.locator('.weui-picker:visible').waitFor({ state: 'hidden' })
    expect(await page.locator('#district-picker').innerText()).not.toContain('请选择') // the current district kept
    await screenshot(page, 'register-change-region')
  })

  it('更正联系方式 from 我的: same rules as registration, saved, audited, the new mobile shown masked', async () => {
    const user = await signUp(baseURL)
    await bindIdentity(baseURL, user, '马更正', makeId('640104', '1986-07-07', '021'))
    await register(baseURL, user, { region: '640000', district: '640104' })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/mine/index')
    await page.locator('.taro_page:visible #menu-contact').click()
    await page.locator('.taro_page:visible #contact-correction #contact-save').waitFor()
    await page.locator('#contact-mobile-choice-other').click()
    await fill(page, 'contact-mobile-input', '12')
    await fill(page, 'contact-address-input', '😀😀😀😀😀')
    await page.getByRole('button', { name: '保存更正' }).click()
    await page.locator('#contact-errors').waitFor()
    const errs = await page.locator('#contact-errors').innerText()
    expect(errs).toContain('手机号码格式不正确')
    expect(errs).toContain('表情符号')
    await screenshot(page, 'register-contact-errors')
    await fill(page, 'contact-mobile-input', '13700000017')
    await fill(page, 'contact-address-input', '宁夏银川市金凤区北京中路8号')
    await page.getByRole('button', { name: '保存更正' }).click()
    await page.locator('#contact-saved').waitFor()
    expect(await page.locator('#reg-mobile').innerText()).toContain('137****0017')
    expect(await page.locator('#reg-address').innerText()).toContain('北京中路8号')
    await screenshot(page, 'register-contact-saved')
    const st = await as<{ mobileMasked: string; address: string }>(baseURL, user, 'GET', '/api/registration')
    expect(st).toMatchObject({ mobileMasked: '137****0017', address: '宁夏银川市金凤区北京中路8号' })
    const act = await as<{ items: { action: string }[] }>(baseURL, user, 'GET', '/api/me/activity')
    expect(act.items.filter((i) => i.action === 'CONTACT_CORRECTED')).toHaveLength(1)
  })

  it('武汉: the success page does not say "武汉市 · 武汉市"', async () => {
    const user = await signUp(baseURL)
    await bindIdentity(baseURL, user, '孙汉登', makeId('420102', '1990-08-08', '023'))
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/register/index')
    await toForm(page)
    await page.locator('#category-OTHER_FLEXIBLE').click()
    await pick(page, 'region-picker', '武汉市')
    await pick(page, 'district-picker')
    await page.locator('#employee-NONE').click()
    await page.locator('#mobile-choice-other').click()
    await fill(page, 'mobile', '13800000023')
    await fill(page, 'address', '湖北省武汉市江汉区解放大道1号')
    await page.getByRole('button', { name: '提交登记' }).click()
    await page.locator('#register-done').waitFor()
    const region = await page.locator('#reg-region').innerText()
    expect(region).toContain('武汉市')
    expect(region).not.toContain('武汉市 · 武汉市')
    expect(await page.locator('#reg-mobile').innerText()).toContain('138****0023')
    await screenshot(page, 'register-done-wuhan')
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

  it("while acting for a relative, 参保登记 says it is one's own, and switches back to oneself on request", async () => {
    const page = await newPhonePage(browser)
    await actingForRelative(
      baseURL,
      page,
      { agent: '郑本人', relative: '郑老母' },
      { agent: makeId('640104', '1990-04-04', '095'), relative: makeId('640104', '1974-06-06', '089') },
    )
    await page.goto(baseURL + '/#/pages/register/index')
    await page.locator('.taro_page:visible #register-own-only').waitFor()
    expect(await page.locator('.taro_page:visible #register-own-only').innerText()).toContain('您本人的参保登记')
    await screenshot(page, 'register-own-only')
    await page.locator('.taro_page:visible #register-act-self').click()
    await page.locator('.taro_page:visible #register-own-only').waitFor({ state: 'detached' })
  })
})
