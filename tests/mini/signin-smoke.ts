/** Sign-in + real-name binding + signed-in home, shared by the weapp and alipay sign-in runtime tests. */
import { expect } from 'vitest'
import { idCheckChar } from '../../src/domain/id'
import { BAKED_ORIGIN, type Mini, type MiniPage } from './harness'

/**
 * Types into an Input. Its template is named tmpl_0_<n>_focus / _blur (the harness's event map reads
 * tmpl_0_<n>), so the input event is sent to the page's `eh` directly, as the template's bindinput="eh" does.
 */
function typeInto(page: MiniPage, id: string, value: string) {
  const node = page.find({ id })
  if (!node) throw new Error(`no input #${id}; rendered: ${page.text()}`)
  const target = { id: node.uid ?? node.sid, dataset: { sid: node.sid } }
  return page.instance.eh.call(page.instance, {
    type: 'input',
    timeStamp: Date.now(),
    detail: { value, cursor: value.length },
    mark: {},
    target,
    currentTarget: target,
  })
}

const first17 = '64010419850315004'
const ID = first17 + idCheckChar(first17)

export async function signInSmoke(mini: Mini) {
  const weapp = mini.target === 'weapp'
  const requestApi = weapp ? 'wx.request' : 'my.request'

  // 1. Privacy consent before anything personal.
  const login = await mini.openPage('pages/login/index')
  await login.waitFor('隐私保护提示')
  expect(login.text()).toContain('《隐私政策》和《用户协议》')
  expect(mini.requests.filter((r) => r.url.includes('/api/auth/'))).toEqual([])
  login.tap({ text: '同意并继续' })
  const loginLabel = weapp ? '微信一键登录' : '支付宝授权登录'
  await login.waitFor(loginLabel)
  expect(String(mini.storage.get('zjb-consent'))).toContain('version')

  // 2. Platform login: wx.login / my.getAuthCode → the backend, through the platform's request API.
  login.tap({ text: loginLabel })
  await login.waitFor(() => mini.navigations.some((n) => n.url?.includes('pages/identity/index')))
  expect(mini.calls.some((c) => c.api === (weapp ? 'login' : 'getAuthCode'))).toBe(true)
  if (!weapp) expect(mini.calls.find((c) => c.api === 'getAuthCode')?.args).toMatchObject({ scopes: 'auth_base' })
  const authCall = mini.requests.find((r) => r.url === `${BAKED_ORIGIN}/api/auth/${weapp ? 'wechat' : 'alipay'}`)
  expect(authCall).toMatchObject({ api: requestApi, method: 'POST', status: 200 })
  expect(authCall?.body).toContain(weapp ? '"code":"test-code"' : '"authCode":"test-auth"')
  expect(String(mini.storage.get('zjb-session'))).toContain('token')

  // 3. Real-name binding: checked as typed, then sent.
  const identity = await mini.openPage('pages/identity/index')
  await identity.waitFor('提交认证')
  typeInto(identity, 'name', '马晓燕')
  typeInto(identity, 'id-number', ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1'))
  await identity.waitFor('校验位不正确')
  typeInto(identity, 'id-number', ID)
  await identity.waitFor('1985年3月15日')
  identity.tap({ text: '提交认证' })
  await identity.waitFor('实名认证成功')
  expect(identity.text()).toContain('640104********')
  expect(identity.text()).not.toContain(ID)
  expect(mini.requests.find((r) => r.url === `${BAKED_ORIGIN}/api/me/identity`)).toMatchObject({
    api: requestApi,
    status: 200,
  })
  expect(String(mini.storage.get('zjb-session'))).not.toContain(ID)

  // 4. 首页 signed in: not registered yet → 去参保登记.
  const home = await mini.openPage('pages/index/index')
  await home.waitFor('去参保登记')
  const reg = mini.requests.find((r) => r.url.startsWith(`${BAKED_ORIGIN}/api/registration`))
  expect(reg).toMatchObject({ api: requestApi, method: 'GET', status: 200 })
  expect(reg?.header.Authorization ?? reg?.header.authorization).toMatch(/^Bearer /)
  expect(mini.requests.filter((r) => !r.url.startsWith(`${BAKED_ORIGIN}/api/`) || r.error)).toEqual([])
  return home
}
