/**
 * 注销账户 end to end through the UI: a signed-in, registered user opens 我的 → 注销账户, reads what is
 * deleted and what the agency keeps, types 注销 and confirms. The device forgets the session (and consent),
 * the app returns to 首页, the old token is refused by GET /api/me (401), and signing in again with the same
 * phone starts a fresh account (no identity). A relative's record the deleted user made as agent now shows
 * the pseudonym 已注销用户#… as its operator.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launch, newPhonePage } from './browser'
import { as, bindRelative, makeId, openSignedIn, registeredUser } from './session'
import { answerModal, fill, pageText } from './ui'
import { expectVisible } from './visibility'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function loginBySms(phone: string) {
  const sent = await (
    await fetch(`${baseURL}/api/auth/sms/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone }),
    })
  ).json()
  const res = await fetch(`${baseURL}/api/auth/sms/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code: sent.devCode }),
  })
  expect(res.status).toBe(200)
  return res.json() as Promise<{ token: string; account: { id: string; identity: unknown } }>
}

describe('注销账户 on 我的', () => {
  it('deletes a registered account end to end; the old token is refused and the phone starts fresh', async () => {
    const user = await registeredUser(baseURL, {
      name: '钱注销',
      idNumber: makeId('640104', '1975-05-05', '031'),
      region: '640000',
      district: '640104',
    })
    const relative = await registeredUser(baseURL, {
      name: '钱老母',
      idNumber: makeId('640105', '1972-03-03', '043'),
      region: '640000',
      district: '640105',
    })
    const bound = { ref: await bindRelative(baseURL, user, relative) }
    await as(baseURL, user, 'POST', '/api/assessments', {
      start: '2026-10',
      end: '2026-12',
      base: '60',
      personRef: bound.ref,
    })
    const oldAccountId = user.account.id

    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/mine/index')
    await page.locator('.taro_page:visible #mine-account').waitFor()

    // the explanation, in words, before anything happens
    await page.locator('.taro_page:visible #menu-delete').click()
    const panel = page.locator('.taro_page:visible #delete-panel')
    await panel.waitFor()
    const text = await panel.innerText()
    expect(text).toContain('将被删除')
    expect(text).toContain('依法保存')
    expect(text).toContain('不可撤销')
    const confirm = page.locator('.taro_page:visible #delete-confirm')
    expect(await confirm.getAttribute('disabled')).not.toBe('false')
    // disabled until the word is typed: still readable (axe skips disabled controls)
    await expectVisible(page, 'mine-delete-disabled')
    await fill(page, 'delete-confirm-input', '注 销')
    expect(await confirm.getAttribute('disabled')).not.toBe('false')
    await fill(page, 'delete-confirm-input', '注销')
    await expect.poll(() => confirm.getAttribute('disabled')).toBe('false')
    await expectVisible(page, 'mine-delete-enabled')

    const deleted = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'DELETE')
    await confirm.click()
    expect((await deleted).status()).toBe(200)

    // back on 首页, signed out, nothing personal left on the device
    await page.locator('.taro_page:visible #home-login').waitFor()
    const stored = await page.evaluate(() => ({
      session: localStorage.getItem('zjb-session') ?? '',
      consent: localStorage.getItem('zjb-consent') ?? '',
    }))
    expect(stored.session).not.toContain(user.token)
    expect(stored.session).not.toContain('token\\":\\"')
    expect(stored.consent).not.toContain('version\\":1')
    await page.context().close()

    // the old token is refused
    const me = await fetch(`${baseURL}/api/me`, { headers: { authorization: `Bearer ${user.token}` } })
    expect(me.status).toBe(401)

    // the same phone starts a fresh account
    const again = await loginBySms(user.phone)
    expect(again.account.id).not.toBe(oldAccountId)
    expect(again.account.identity ?? null).toBeNull()

    // the relative's record (kept by the agency) names the deleted agent by pseudonym only
    const records = await as<{ items: { operator: { label: string; byAgent: boolean } }[] }>(
      baseURL,
      relative,
      'GET',
      '/api/assessments',
    )
    expect(records.items.length).toBe(1)
    expect(records.items[0].operator.label).toMatch(/^已注销用户#[0-9a-f]{8}$/)
    expect(JSON.stringify(records)).not.toContain('钱注销')
    // …which the relative reads as a plain label
    const rel = await newPhonePage(browser)
    await openSignedIn(rel, baseURL, relative, '/pages/records/index')
    await rel.locator('#records-list .record').first().waitFor()
    const card = await rel.locator('#records-list .record').first().innerText()
    expect(card).toContain('由 已注销的代办人 代办')
    expect(card).not.toContain('#')
    await expectVisible(rel, 'records-deleted-agent')
    await rel.locator('#records-list .record').first().click()
    await rel.locator('#detail-operator').waitFor()
    expect(await rel.locator('#detail-operator').innerText()).toContain('已注销的代办人')
    await rel.context().close()
  })

  it('撤回隐私授权 explains, offers deletion, and signs out', async () => {
    const user = await registeredUser(baseURL, {
      name: '孙撤回',
      idNumber: makeId('640104', '1985-06-06', '053'),
      region: '640000',
      district: '640104',
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/mine/index')
    await page.locator('.taro_page:visible #menu-withdraw').click()
    const panel = page.locator('.taro_page:visible #withdraw-panel')
    await panel.waitFor()
    expect(await panel.innerText()).toContain('退出登录')
    await expectVisible(page, 'mine-withdraw-panel')
    // it offers deletion instead
    await page.locator('.taro_page:visible #withdraw-delete').click()
    await page.locator('.taro_page:visible #delete-panel').waitFor()
    // …but this user only withdraws
    await page.locator('.taro_page:visible #menu-withdraw').click()
    await page.locator('.taro_page:visible #withdraw-confirm').click()
    await page.locator('.taro_page:visible #home-login').waitFor()
    // withdrawing consent forgets it: 登录 asks again
    expect(await page.evaluate(() => localStorage.getItem('zjb-consent') ?? '')).not.toContain('version\\":1')
    await page.context().close()
    // signed out: the token no longer works, the account still exists
    const me = await fetch(`${baseURL}/api/me`, { headers: { authorization: `Bearer ${user.token}` } })
    expect(me.status).toBe(401)
  })

  it('我的 shows the district; 退出登录 is readable, asks, signs out and keeps the privacy consent', async () => {
    const user = await registeredUser(baseURL, {
      name: '李区县',
      idNumber: makeId('640104', '1986-07-07', '065'),
      region: '640000',
      district: '640105',
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/tabs/mine/index')
    await page.locator('.taro_page:visible #mine-district').waitFor()
    await expect.poll(() => page.locator('.taro_page:visible #mine-district').innerText()).toContain('西夏区')
    expect(await page.locator('.taro_page:visible #mine-region').innerText()).toContain('宁夏')
    await expectVisible(page, 'mine')
    await page.locator('.taro_page:visible #logout').click()
    await page.locator('.taro-modal__content').waitFor({ state: 'visible' })
    await expectVisible(page, 'mine-logout-dialog')
    const said = await answerModal(page, true)
    expect(said).toContain('退出')
    await page.locator('.taro_page:visible #home-login').waitFor()
    const consent = await page.evaluate(() => localStorage.getItem('zjb-consent') ?? '')
    expect(consent).toContain('version\\":1')
    expect(await page.evaluate(() => localStorage.getItem('zjb-session') ?? '')).not.toContain(user.token)
    // 登录 goes straight to the form: consent was not withdrawn
    await page.locator('.taro_page:visible #home-login').click()
    await page.locator('.taro_page:visible #login-card').waitFor()
    expect(await pageText(page)).not.toContain('隐私保护提示')
    await page.context().close()
  })
})
