/**
 * 我的代办 in the H5 build against the real backend, with consent: an agent asks to act for two registered
 * relatives by name + ID + relationship (a wrong name or an uninsured person get one and the same refusal),
 * the ID is masked once entered and never goes into a URL; the father agrees in his own account, the mother
 * by the code sent by SMS to her mobile on file; re-adding says "already bound" and goes to the person;
 * 为TA办理 opens the action panel in view and the proxy banner on the next page; the father's 消息 list
 * shows the agent's acts (masked) and he ends the binding; the agent removes the mother after a confirmation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, lastSms, makeId, openSignedIn, registeredUser, type TestUser } from './session'
import { answerModal, fill, pageText } from './ui'
import { maskId } from '../../src/domain/privacy'
import { messageOf } from '../../src/domain/messages'

const baseURL = inject('baseURL')
let browser: Browser

const FATHER = { name: '李大山', idNumber: makeId('640104', '1968-05-05', '011'), region: '640000', district: '640104' }
const MOTHER = { name: '张秀英', idNumber: makeId('640105', '1980-03-08', '022'), region: '640000', district: '640105' }
const UNREGISTERED_ID = makeId('640106', '1985-01-01', '033')

let agent: TestUser
let father: TestUser
let mother: TestUser

beforeAll(async () => {
  browser = await launch()
  agent = await registeredUser(baseURL, {
    name: '李小明',
    idNumber: makeId('640104', '1996-07-07', '015'),
    region: '640000',
    district: '640104',
  })
  father = await registeredUser(baseURL, FATHER)
  mother = await registeredUser(baseURL, MOTHER)
})
afterAll(async () => {
  await browser?.close()
})

const visible = (page: Page, sel: string) => page.locator(`.taro_page:visible ${sel}`).first()

/** Types into the ID field; once a valid number was entered it shows masked, with 修改 to edit it. */
async function fillId(page: Page, id: string) {
  if (await page.locator('.taro_page:visible #person-id-edit').count()) await visible(page, '#person-id-edit').click()
  await fill(page, 'person-id-input', id)
}

async function addPerson(page: Page, name: string, id: string, rel = 'PARENT') {
  await fill(page, 'person-name-input', name)
  await fillId(page, id)
  await visible(page, `#person-rel-choice-${rel}`).click()
  await visible(page, '#add-submit').click()
}

describe('H5 我的代办', () => {
  let page: Page
  const urls: string[] = []

  it('starts empty, checks the ID as typed and masks it once entered', async () => {
    page = await newPhonePage(browser)
    page.on('request', (r) => urls.push(r.url()))
    await openSignedIn(page, baseURL, agent, '/pages/people/index')
    await visible(page, '#page-empty').waitFor()
    expect(await pageText(page)).toContain('还没有代办对象')
    expect(await pageText(page)).toContain('当前：为本人办理')

    // a wrong check character is reported under the field as soon as 18 characters are there
    const bad = FATHER.idNumber.slice(0, 17) + (FATHER.idNumber[17] === '1' ? '2' : '1')
    await fillId(page, bad)
    await visible(page, '#person-id-error').waitFor()
    expect(await visible(page, '#person-id-error').innerText()).toMatch(/校验|有误|不正确/)

    // a valid number: no error, and masked as soon as the field is left
    await fillId(page, FATHER.idNumber)
    await visible(page, '#person-name-input input').click()
    await visible(page, '#person-id-masked').waitFor()
    expect(await page.locator('.taro_page:visible #person-id-error').count()).toBe(0)
    expect(await visible(page, '#person-id-masked').innerText()).toContain(maskId(FATHER.idNumber))
    expect(await pageText(page)).not.toContain(FATHER.idNumber)
  })

  it('refuses a wrong name and an unregistered person with one and the same answer, and says so when rate limited', async () => {
    await addPerson(page, '李大水', FATHER.idNumber)
    await visible(page, '#add-error').waitFor()
    const wrongName = await visible(page, '#add-error').innerText()
    // the catalogue's words (src/domain/messages.ts), which server and app both use
    expect(wrongName).toContain(messageOf('PROXY_TARGET_UNAVAILABLE')!.slice(0, 12))
    expect(await visible(page, '#add-error [data-code="PROXY_TARGET_UNAVAILABLE"]').count()).toBe(1)

    await addPerson(page, '王某', UNREGISTERED_ID)
    await expect.poll(() => visible(page, '#add-error [data-code]').count(), { timeout: 10000 }).toBe(1)
    expect(await visible(page, '#add-error').innerText()).toBe(wrongName)

    await page.route('**/api/agents/people', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 429,
            contentType: 'application/json',
            body: JSON.stringify({
              ok: false,
              error: 'RATE_LIMITED',
              message: '操作过于频繁，请稍后再试。',
              detail: {},
              errors: [],
            }),
          })
        : route.continue(),
    )
    await addPerson(page, FATHER.name, FATHER.idNumber)
    await expect.poll(() => visible(page, '#add-error').innerText()).toContain('操作过于频繁，请稍后再试')
    await page.unroute('**/api/agents/people')
    await screenshot(page, 'people-refused')
  })

  it('asks the father: 待对方确认; he agrees in his own account; the list shows relationship, scope and expiry', async () => {
    await addPerson(page, FATHER.name, FATHER.idNumber)
    await expect.poll(() => visible(page, '#add-done').innerText()).toContain('已向 李*山 发出代办请求，待对方确认')
    const req = visible(page, '.request')
    await req.waitFor()
    expect(await req.innerText()).toContain('待对方确认')
    expect(await req.innerText()).toContain('（父母）')
    expect(await visible(page, '#requests-card').innerText()).toContain('请TA登录本应用')
    expect(await page.locator('.taro_page:visible .person:not(.request)').count()).toBe(0)
    await screenshot(page, 'people-pending')

    // the father, in his own account: 待确认的代办请求 → 同意
    const dad = await newPhonePage(browser)
    await openSignedIn(dad, baseURL, father, '/pages/people/index')
    await visible(dad, '#incoming-card').waitFor()
    const incoming = await visible(dad, '#incoming-card').innerText()
    expect(incoming).toContain('李*明')
    expect(incoming).toContain('您是TA的父母')
    expect(incoming).not.toContain('李小明')
    await screenshot(dad, 'people-incoming')
    await visible(dad, '#incoming-card .person-act').click()
    await visible(dad, '#my-agents .person').waitFor()
    expect(await visible(dad, '#my-agents').innerText()).toMatch(/有效期至\s*\d{4}年\d{1,2}月\d{1,2}日/)
    await dad.close()

    await page.reload()
    await visible(page, '#people-list .person').waitFor()
    const list = await visible(page, '#people-list').innerText()
    expect(list).toContain('李*山')
    expect(list).toContain('（父母）')
    expect(list).toContain(maskId(FATHER.idNumber))
    expect(list).toContain('宁夏回族自治区')
    expect(list).toContain('正常参保')
    expect(list).toMatch(/授权有效期至\s*\d{4}年/)
    expect(list).toContain('缴费核定、查询与撤销核定记录、停保/续保')
    expect(await page.locator('.taro_page:visible .request').count()).toBe(0)
  })

  it('asks the mother, who does not use the app: the code goes by SMS to her mobile, the agent types it', async () => {
    await addPerson(page, MOTHER.name, MOTHER.idNumber)
    await expect.poll(() => visible(page, '#add-done').innerText()).toContain('已向 张*英 发出代办请求')
    const sms = page
      .locator('.taro_page:visible .request')
      .first()
      .getByRole('button', { name: /发短信给TA/ })
    await sms.click()
    await visible(page, '.request [id^="sms-sent-"]').waitFor()
    expect(await visible(page, '.request').innerText()).toMatch(/\d+秒后可重新发送/)
    const text = await lastSms(baseURL, mother.phone)
    expect(text.purpose).toBe('AGENT_CONSENT')
    expect(text.text).toContain('李*明')
    const input = page.locator('.taro_page:visible .request [id^="consent-code-input-"] input').first()
    await input.fill(text.code === '000000' ? '111111' : '000000')
    await visible(page, '.request [id^="consent-confirm-"]').click()
    await expect.poll(() => visible(page, '.request').innerText()).toContain('还可再试4次')
    await screenshot(page, 'people-sms-code')
    await input.fill(text.code!)
    await visible(page, '.request [id^="consent-confirm-"]').click()
    await expect.poll(() => visible(page, '#add-done').innerText()).toContain('张*英 已同意')
    await expect.poll(() => page.locator('.taro_page:visible #people-list .person').count()).toBe(2)
    // no full ID number on the page, in the address bar, or in any request URL
    const all = await pageText(page)
    for (const id of [FATHER.idNumber, MOTHER.idNumber]) {
      expect(all).not.toContain(id)
      expect(page.url()).not.toContain(id)
      expect(urls.filter((u) => u.includes(id))).toEqual([])
    }
    await screenshot(page, 'people-list')
  })

  it('re-adding a bound relative says so and goes to them', async () => {
    await addPerson(page, FATHER.name, FATHER.idNumber)
    await expect.poll(() => visible(page, '#add-done').innerText()).toContain('李*山 已经是您的代办对象')
    await expect.poll(() => visible(page, '#proxy-banner').innerText()).toContain('正在为 李*山 办理')
    await visible(page, '#act-self').click()
  })

  it('为TA办理 sets who the user acts for; the next page shows the proxy banner; 切换为本人办理 clears it', async () => {
    const fatherCard = page.locator('.taro_page:visible .person', { hasText: '李*山' })
    await fatherCard.getByRole('button', { name: '为TA办理（李*山）' }).click()
    await visible(page, '#acting-actions').waitFor()
    // the panel is scrolled into view
    await expect
      .poll(async () => {
        const box = await visible(page, '#acting-actions').boundingBox()
        return !!box && box.y >= -1 && box.y < 812
      })
      .toBe(true)
    expect(await visible(page, '#proxy-banner').innerText()).toContain('正在为 李*山 办理')
    expect(await fatherCard.innerText()).toContain('正在为TA办理')

    await visible(page, '#go-assess').click()
    await page.waitForURL(/pages\/assess\/index/)
    expect(page.url()).not.toMatch(/personRef|idNumber|\d{17}[\dX]/)
    await expect
      .poll(() => visible(page, '#proxy-banner').innerText(), { timeout: 10000 })
      .toContain('正在为 李*山 办理')
    await screenshot(page, 'people-assess-banner')

    await page.goBack()
    await visible(page, '#act-self').click()
    await expect.poll(() => visible(page, '#acting-now').innerText()).toContain('当前：为本人办理')
    expect(await page.locator('.taro_page:visible #proxy-banner').count()).toBe(0)
  })

  it('the father sees the agent’s acts in 消息 (masked) and in 谁为我办理过, then ends the binding', async () => {
    const people = await as<{ items: { ref: string; nameMasked: string }[] }>(
      baseURL,
      agent,
      'GET',
      '/api/agents/people',
    )
    const ref = people.items.find((p) => p.nameMasked === '李*山')!.ref
    const rec = await as<{ id: string }>(baseURL, agent, 'POST', '/api/assessments', {
      start: '2026-10',
      end: '2026-12',
      base: '60',
      personRef: ref,
    })
    await as(baseURL, agent, 'POST', `/api/assessments/${rec.id}/transmit`, {})

    const dad = await newPhonePage(browser)
    await openSignedIn(dad, baseURL, father, '/tabs/mine/index')
    await visible(dad, '#menu-messages').click()
    await visible(dad, '#messages-list').waitFor()
    const msgs = await visible(dad, '#messages-list').innerText()
    expect(msgs).toContain('代办人为您办理了缴费核定')
    expect(msgs).toContain('代办人为您办理了传输到税务')
    expect(msgs).toContain('李*明')
    expect(msgs).toContain(rec.id)
    expect(msgs).not.toContain('李小明')
    await screenshot(dad, 'messages')

    await dad.goto(`${baseURL}/#/pages/people/index`)
    await visible(dad, '#acted-for-me-list').waitFor()
    const acted = await visible(dad, '#acted-for-me').innerText()
    expect(acted).toContain('李*明')
    expect(acted).toContain('代为缴费核定')
    await visible(dad, '#my-agents .btn-danger').click()
    expect(await answerModal(dad, true)).toContain('不能再为您办理')
    await visible(dad, '#my-agents-empty').waitFor()
    await screenshot(dad, 'people-ended-by-relative')
    await dad.close()
    expect((await as<{ items: unknown[] }>(baseURL, agent, 'GET', '/api/agents/people')).items).toHaveLength(1)
    await page.reload()
    await expect.poll(() => page.locator('.taro_page:visible #people-list .person').count()).toBe(1)
  })

  it('removes a person after a confirmation dialog that says what happens', async () => {
    const motherCard = page.locator('.taro_page:visible')
    await motherCard.getByRole('button', { name: '移除 张*英' }).click()
    const asked = await answerModal(page, false)
    expect(asked).toContain('不能再为 张*英 办理')
    expect(await page.locator('.taro_page:visible #people-list .person').count()).toBe(1)

    await motherCard.getByRole('button', { name: '移除 张*英' }).click()
    await answerModal(page, true)
    await expect.poll(() => page.locator('.taro_page:visible #people-list .person').count()).toBe(0)
    await visible(page, '#page-empty').waitFor()
    expect(await visible(page, '#people-list-card').innerText()).not.toContain('张*英')
  })
})

describe('代他人核定 entry points', () => {
  it('首页 代他人核定 and 我的 → 我的代办 both open the family list', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, agent, '/tabs/home/index')
    await visible(page, '#entry-proxy').click()
    await visible(page, '#people-page').waitFor()
    await openSignedIn(page, baseURL, agent, '/tabs/mine/index')
    await visible(page, '#menu-people').click()
    await visible(page, '#people-page').waitFor()
    expect(await pageText(page)).toContain('我的代办')
  })
})
