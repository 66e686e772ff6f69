/**
 * 缴费核定 smoke shared by the weapp and alipay runtime tests: a user made through the backend API (channel
 * login + real name + registration in 宁夏), the session put in the fake storage in the app's persisted
 * format, then pages/assess/index opened in the compiled bundle: the base choices rendered from
 * /api/regions + /api/registration fetched through wx.request / my.request, typing into the base input
 * (the 300.01 warning), and one backend quote.
 */
import { expect } from 'vitest'
import { idCheckChar } from '../../src/domain/id'
import { BAKED_ORIGIN, platformLogin, TODAY, type Mini, type MiniPage, type Target } from './harness'
import { callApi as call } from '../support/http'

const ID_NX = '64010419800301011' // + check character below

/** Creates a registered Ningxia user through the channel's login; returns the storage the app would have. */
export async function signedInStorage(origin: string, target: Target): Promise<Record<string, unknown>> {
  // a platform user whose platform real name is 马小宁; the app's 实名 step is the platform's authorisation
  const code = await platformLogin(origin, target, 'assess-mini', {
    name: '马小宁',
    idNumber: ID_NX + idCheckChar(ID_NX),
  })
  const login =
    target === 'weapp'
      ? await call(origin, 'POST', '/api/auth/wechat', { code })
      : await call(origin, 'POST', '/api/auth/alipay', { authCode: code })
  const account = await call(origin, 'POST', '/api/me/identity/platform', { authorise: true }, login.token)
  await call(
    origin,
    'POST',
    '/api/registration',
    {
      region: '640000',
      district: '640104',
      category: 'OTHER_FLEXIBLE',
      ethnicity: '汉族',
      address: '宁夏银川市兴庆区解放东街1号',
      mobile: '13900000000',
    },
    login.token,
  )
  // zustand persist → Taro storage: the JSON string is stored as is (mini-program storage keeps the string).
  const session = JSON.stringify({ state: { token: login.token, expiresAt: login.expiresAt, account }, version: 0 })
  const consent = JSON.stringify({ state: { version: 1, at: `${TODAY}T00:00:00Z` }, version: 0 })
  return { 'zjb-session': session, 'zjb-consent': consent }
}

/**
 * An `input` event on a Taro Input, sent to the page's event entry `eh` like the template's bindinput.
 * (harness `page.input` looks for the binding on the node's template, but the Input template `tmpl_0_<n>` is
 * a switch over its `_focus` / `_blur` variants, which are the ones that carry bindinput="eh".)
 */
function typeInto(page: MiniPage, id: string, value: string) {
  const node = page.find(id)
  if (!node) throw new Error(`no node ${id}; rendered text: ${page.text()}`)
  const target = { id: node.uid ?? node.sid, dataset: { sid: node.sid } }
  const event = { type: 'input', timeStamp: Date.now(), detail: { value, cursor: value.length }, mark: {} }
  return page.instance.eh.call(page.instance, {
    ...event,
    touches: [],
    changedTouches: [],
    target,
    currentTarget: target,
  })
}

export async function assessSmoke(mini: Mini, requestApi: string) {
  const page = await mini.openPage('pages/assess/index')
  await page.waitFor('按什么确定缴费基数？')
  expect(page.text()).toContain('选择缴费基数')
  expect(page.text()).toContain('2025年度标准社平工资 8,088 元/月')
  expect(page.text()).toContain('宁夏回族自治区')
  expect(page.text()).toContain('暂按2025年度标准核定')
  for (const path of ['/api/registration', '/api/regions']) {
    const r = mini.requests.find((x) => x.url.startsWith(`${BAKED_ORIGIN}${path}`))
    expect(r, `${path} requested`).toMatchObject({ api: requestApi, method: 'GET', status: 200 })
    expect(r!.header.Authorization ?? r!.header.authorization).toMatch(/^Bearer /)
  }

  // 按工资 / 按比例 are chosen explicitly; typing goes through the compiled Input's event entry and the
  // live reading re-renders through setData.
  page.tap({ text: '按工资' })
  await page.waitFor('月工资收入（元）')
  typeInto(page, 'base-input', '200')
  await page.waitFor('月工资收入低于缴费基数下限，按下限 4,853 元核定')
  page.tap({ text: '按比例' })
  await page.waitFor('或输入其他比例')
  typeInto(page, 'base-input', '60')
  await page.waitFor('按2025年度标准社平工资的 60% 计算')
  expect(page.text()).toContain('¥4,853.00')
  expect(page.text()).toContain('¥970.60')

  // Next step: the period, and the backend quote for it.
  page.tap({ text: '下一步：选择缴费期间' })
  await page.waitFor('合计应缴')
  const quote = mini.requests.find((x) => x.url === `${BAKED_ORIGIN}/api/assessments/quote`)
  expect(quote).toMatchObject({ api: requestApi, method: 'POST', status: 200 })
  expect(JSON.parse(quote!.body ?? '{}')).toMatchObject({ base: '60' })
  expect(page.text()).toContain('个人账户（8%）')
  expect(page.text()).toContain('¥388.24')
  expect(page.text()).toMatch(/¥[\d,]+\.\d{2}/)
  // Nothing went anywhere but the API.
  expect(mini.requests.filter((r) => !r.url.startsWith(`${BAKED_ORIGIN}/api/`) || r.error)).toEqual([])
  return page
}
