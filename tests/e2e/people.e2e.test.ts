/**
 * 我的代办 in the H5 build against the real backend: an agent adds two registered relatives by name + ID
 * (a wrong name is refused with NAME_ID_MISMATCH), the ID is masked once entered and never goes into a
 * URL, choosing one shows the proxy banner on the next page, a relative sees who acted for them, and a
 * person is removed after a confirmation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, makeId, openSignedIn, registeredUser, type TestUser } from './session'
import { answerModal, fill, pageText } from './ui'
import { maskId } from '../../src/domain/privacy'

const baseURL = inject('baseURL')
let browser: Browser

const FATHER = { name: '李大山', idNumber: makeId('640104', '1968-05-05', '011'), region: '640000', district: '640104' }
const MOTHER = { name: '张秀英', idNumber: makeId('640105', '1980-03-08', '022'), region: '640000', district: '640105' }
const UNREGISTERED_ID = makeId('640106', '1985-01-01', '033')

let agent: TestUser
let father: TestUser

beforeAll(async () => {
  browser = await launch()
  agent = await registeredUser(baseURL, {
    name: '李小明',
    idNumber: makeId('640104', '1996-07-07', '015'),
    region: '640000',
    district: '640104',
  })
  father = await registeredUser(baseURL, FATHER)
  await registeredUser(baseURL, MOTHER)
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

async function addPerson(page: Page, name: string, id: string) {
  await fill(page, 'person-name-input', name)
  await fillId(page, id)
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

  it('refuses a wrong name (NAME_ID_MISMATCH), an unregistered person, and says so when rate limited', async () => {
    await addPerson(page, '李大水', FATHER.idNumber)
    await visible(page, '#add-error').waitFor()
    expect(await visible(page, '#add-error').innerText()).toContain('姓名与身份证号码不一致')
    expect(await visible(page, '#add-error [data-code="NAME_ID_MISMATCH"]').count()).toBe(1)

    await addPerson(page, '王某', UNREGISTERED_ID)
    await expect
      .poll(() => visible(page, '#add-error').innerText(), { timeout: 10000 })
      .toContain('尚未参加灵活就业养老保险')
    expect(await visible(page, '#add-error [data-code="TARGET_NOT_REGISTERED"]').count()).toBe(1)

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
    await expect.poll(() => visible(page, '#add-error').innerText()).toContain('查询过于频繁，请稍后再试')
    await page.unroute('**/api/agents/people')
    await screenshot(page, 'people-refused')
  })

  it('adds two relatives; the list shows masked names, masked IDs, region, status and retirement month', async () => {
    await addPerson(page, FATHER.name, FATHER.idNumber)
    await expect.poll(() => visible(page, '#add-done').innerText()).toContain('已添加 李*山')
    await addPerson(page, MOTHER.name, MOTHER.idNumber)
    await expect.poll(() => visible(page, '#add-done').innerText()).toContain('已添加 张*英')
    await expect.poll(() => page.locator('.taro_page:visible .person').count()).toBe(2)
    const list = await visible(page, '#people-list').innerText()
    expect(list).toContain('李*山')
    expect(list).toContain(maskId(FATHER.idNumber))
    expect(list).toContain('张*英')
    expect(list).toContain('宁夏回族自治区')
    expect(list).toContain('正常参保')
    expect(list).toMatch(/\d{4}年\d{1,2}月/)
    // no full ID number on the page, in the address bar, or in any request URL
    const text = await pageText(page)
    for (const id of [FATHER.idNumber, MOTHER.idNumber]) {
      expect(text).not.toContain(id)
      expect(page.url()).not.toContain(id)
      expect(urls.filter((u) => u.includes(id))).toEqual([])
    }
    await screenshot(page, 'people-list')
  })

  it('为TA办理 sets who the user acts for; the next page shows the proxy banner; 切换为本人办理 clears it', async () => {
    const fatherCard = page.locator('.taro_page:visible .person', { hasText: '李*山' })
    await fatherCard.getByRole('button', { name: '为TA办理（李*山）' }).click()
    await visible(page, '#acting-actions').waitFor()
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

  it('the relative signs in and sees who acted for them', async () => {
    const people = await as<{ items: { ref: string; nameMasked: string }[] }>(
      baseURL,
      agent,
      'GET',
      '/api/agents/people',
    )
    const ref = people.items.find((p) => p.nameMasked === '李*山')!.ref
    await as(baseURL, agent, 'POST', '/api/assessments', {
      start: '2026-10',
      end: '2026-12',
      base: '60',
      personRef: ref,
    })

    const relative = await newPhonePage(browser)
    await openSignedIn(relative, baseURL, father, '/pages/people/index')
    await visible(relative, '#acted-for-me-list').waitFor()
    const text = await visible(relative, '#acted-for-me').innerText()
    expect(text).toContain('李*明') // the agent, masked
    expect(text).toContain('添加您为代办对象')
    expect(text).toContain('代为缴费核定')
    expect(text).not.toContain('李小明')
    await screenshot(relative, 'people-acted-for-me')
  })

  it('removes a person after a confirmation dialog that says what happens', async () => {
    const motherCard = page.locator('.taro_page:visible .person', { hasText: '张*英' })
    await motherCard.getByRole('button', { name: '移除 张*英' }).click()
    const asked = await answerModal(page, false)
    expect(asked).toContain('不能再为 张*英 办理')
    expect(await page.locator('.taro_page:visible .person').count()).toBe(2)

    await motherCard.getByRole('button', { name: '移除 张*英' }).click()
    await answerModal(page, true)
    await expect.poll(() => page.locator('.taro_page:visible .person').count()).toBe(1)
    expect(await visible(page, '#people-list').innerText()).not.toContain('张*英')
  })
})

describe('代他人核定 entry points', () => {
  it('首页 代他人核定 and 我的 → 我的代办 both open the family list', async () => {
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, agent, '/pages/index/index')
    await visible(page, '#entry-proxy').click()
    await visible(page, '#people-page').waitFor()
    await openSignedIn(page, baseURL, agent, '/pages/mine/index')
    await visible(page, '#menu-people').click()
    await visible(page, '#people-page').waitFor()
    expect(await pageText(page)).toContain('我的代办')
  })
})
