/**
 * Sign-in + real-name binding + signed-in home, shared by the weapp and alipay sign-in runtime tests.
 * The platform login code comes from the simulated platform (a user whose platform real name is 马晓燕);
 * the 实名 step is the platform's authorisation ("使用微信/支付宝实名信息"), nothing typed.
 */
import { expect } from 'vitest'
import { idCheckChar } from '../../src/domain/id'
import { BAKED_ORIGIN, type Mini } from './harness'

const first17 = '64010419850315004'
const ID = first17 + idCheckChar(first17)

export const SMOKE_PERSON = { name: '马晓燕', idNumber: ID }

export async function signInSmoke(mini: Mini, loginCode: string) {
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
  expect(authCall?.body).toContain(weapp ? `"code":"${loginCode}"` : `"authCode":"${loginCode}"`)
  expect(String(mini.storage.get('zjb-session'))).toContain('token')

  // 3. Real-name binding: the platform's real name, shown masked, used once the user authorises it.
  const platform = weapp ? '微信' : '支付宝'
  const identity = await mini.openPage('pages/identity/index')
  await identity.waitFor(`使用${platform}实名信息`)
  await identity.waitFor('马*燕')
  expect(identity.text()).toContain('640104********')
  expect(identity.text()).not.toContain(ID)
  expect(identity.text()).not.toContain('身份证号码（18位')
  identity.tap({ text: `同意并使用${platform}实名信息` })
  await identity.waitFor('实名认证成功')
  expect(identity.text()).toContain('马晓燕') // one's own name, unmasked, once bound
  expect(identity.text()).not.toContain(ID)
  const bind = mini.requests.find((r) => r.url === `${BAKED_ORIGIN}/api/me/identity/platform` && r.method === 'POST')
  expect(bind).toMatchObject({ api: requestApi, status: 200 })
  expect(bind?.body).toBe('{"authorise":true}')
  expect(String(mini.storage.get('zjb-session'))).not.toContain(ID)

  // 4. 首页 signed in: not registered yet → 去参保登记.
  const home = await mini.openPage('tabs/home/index')
  await home.waitFor('去参保登记')
  const reg = mini.requests.find((r) => r.url.startsWith(`${BAKED_ORIGIN}/api/registration`))
  expect(reg).toMatchObject({ api: requestApi, method: 'GET', status: 200 })
  expect(reg?.header.Authorization ?? reg?.header.authorization).toMatch(/^Bearer /)
  expect(mini.requests.filter((r) => !r.url.startsWith(`${BAKED_ORIGIN}/api/`) || r.error)).toEqual([])
  return home
}
