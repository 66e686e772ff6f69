import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { makeId, nextPhone } from './session'
import { fill, pageText } from './ui'
import { expectVisible } from './visibility'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const stored = (page: import('playwright-core').Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key)

describe('H5 sign-in: privacy consent, phone + code, real-name binding', () => {
  it('不同意 leaves for 首页 without storing consent or a session', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/#/pages/login/index`)
    await page.locator('#consent-card').waitFor()
    const text = await pageText(page)
    expect(text).toContain('隐私保护提示')
    expect(text).toContain('《隐私政策》和《用户协议》')
    await expectVisible(page, 'login-consent')
    await page.getByRole('button', { name: '不同意' }).click()
    await page.locator('#status-today').waitFor()
    expect(String(await stored(page, 'zjb-consent'))).not.toMatch(/version\\*":1/)
    expect(String(await stored(page, 'zjb-session'))).not.toContain('token')
  })

  it('the privacy link opens the full notice', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/#/pages/login/index`)
    await page.getByRole('link', { name: '查看《隐私政策》和《用户协议》全文' }).click()
    await page.getByText('一、我们收集哪些信息').waitFor()
    expect(await pageText(page)).toContain('用户协议')
    await screenshot(page, 'privacy')
  })

  it('agree → phone + SMS code → identity (wrong check digit shown, then fixed) → 首页 asks to register', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/#/pages/login/index`)
    await page.getByRole('button', { name: '同意并继续' }).click()
    await page.locator('#login-card').waitFor()
    expect(await stored(page, 'zjb-consent')).toContain('version')

    await expectVisible(page, 'login-form')
    // All problems at once: nothing typed.
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.locator('#phone-error').waitFor()
    expect(await page.locator('#code-error').innerText()).toContain('6位')
    await expectVisible(page, 'login-errors')

    const phone = nextPhone()
    await fill(page, 'phone', phone)
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/auth/sms/send'))
    await page.getByRole('button', { name: '获取验证码' }).click()
    expect((await sent).status()).toBe(200)
    const hint = await page.locator('#dev-code').innerText()
    const code = hint.match(/\d{6}/)![0]
    expect(hint).toContain('测试环境验证码')
    // counting down: the disabled button's label stays readable
    expect(await page.locator('#send-code').innerText()).toMatch(/\d+秒后重发/)
    expect(await page.locator('#sms-sent').innerText()).toContain('5分钟内有效')
    await expectVisible(page, 'login-countdown')
    // a wrong code says how many tries are left
    await fill(page, 'code', code === '000000' ? '111111' : '000000')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.locator('#code-error').waitFor()
    expect(await page.locator('#code-error').innerText()).toContain('还可以再试 4 次')
    await expectVisible(page, 'login-wrong-code')
    await fill(page, 'code', code)
    await screenshot(page, 'login-h5')
    await page.getByRole('button', { name: '登录', exact: true }).click()

    // New account: no identity yet → 实名认证.
    await page.locator('#id-number').waitFor()
    expect(await stored(page, 'zjb-session')).toContain('token')
    const good = makeId('640104', '1985-03-15', '002')
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1')
    await fill(page, 'name', '马晓燕')
    await fill(page, 'id-number', wrongCheck)
    await page.locator('#id-number-error').waitFor()
    expect(await page.locator('#id-number-error').innerText()).toContain('校验位不正确')
    expect(await page.locator('#id-derived').count()).toBe(0)
    await screenshot(page, 'identity-error')

    await fill(page, 'id-number', good)
    await page.locator('#id-derived').waitFor()
    expect(await page.locator('#id-number-error').count()).toBe(0)
    expect(await page.locator('#derived-birth').innerText()).toContain('1985年3月15日')
    expect(await page.locator('#derived-sex').innerText()).toContain('女')
    await page.getByRole('button', { name: '提交认证' }).click()
    await page.locator('#identity-done').waitFor()
    const masked = await page.locator('#identity-masked').innerText()
    expect(masked).toContain('640104********')
    expect(await pageText(page)).not.toContain(good)
    expect(await stored(page, 'zjb-session')).not.toContain(good)
    await screenshot(page, 'identity-done')

    await page.getByRole('button', { name: '继续' }).click()
    await page.locator('#status-unregistered').waitFor()
    // The identity page may still be fading out: read the home page once it is the one shown.
    await expect.poll(() => pageText(page)).toContain('去参保登记')
    await expectVisible(page, 'home-unregistered')

    // signed in already: 登录 does not show the form again
    await page.goto(`${baseURL}/#/pages/login/index`)
    await page.locator('.taro_page:visible #login-already').waitFor()
    expect(await page.locator('.taro_page:visible #login-card').count()).toBe(0)
    expect(await pageText(page)).toContain('马晓燕')
    await expectVisible(page, 'login-already-signed-in')
    await page.locator('.taro_page:visible #login-continue').click()
    await page.locator('.taro_page:visible #status-unregistered').waitFor()
  })

  it('inputs show their text vertically centred in the box', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/#/pages/login/index`)
    await page.getByRole('button', { name: '同意并继续' }).click()
    await fill(page, 'phone', '13812345678')
    const [box, inner] = await page.locator('.taro_page:visible #phone').evaluate((el) => {
      const input = el.querySelector('input')!
      const a = el.getBoundingClientRect()
      const b = input.getBoundingClientRect()
      return [a.top + a.height / 2, b.top + b.height / 2]
    })
    expect(Math.abs(box - inner)).toBeLessThanOrEqual(2)
    const h = await page.locator('.taro_page:visible #phone input').evaluate((el) => el.getBoundingClientRect().height)
    expect(h).toBeGreaterThanOrEqual(36) // the whole box is the input, not a 25 px strip
  })

  it('a service entry sends an unsigned user to 登录 first', async () => {
    const page = await newPhonePage(browser)
    await page.goto(`${baseURL}/`)
    await page.locator('#status-today').waitFor()
    await page.locator('#entry-register').click()
    await page.locator('#consent-card').waitFor()
    expect(page.url()).toContain('pages/login/index')
    expect(page.url()).toContain('next=Register')
  })
})
