/**
 * One whole journey through the compiled app, on WeChat and on Alipay: sign in → 实名 → 参保登记 →
 * 缴费核定 (with the clipboard, through WeChat's privacy authorization) → 传输 → 撤销 (first refused by the
 * server with its Chinese message, then done once the tax bureau has revoked). Each step is its own
 * helper so that one step can change (e.g. 实名 by a verifier) without rewriting the others.
 * Strict runtime checks hold throughout: no template id unknown to base.wxml/axml, no refused navigation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { idCheckChar } from '../../src/domain/id'
import { assessSmoke } from './assess.flow'
import {
  BAKED_ORIGIN,
  launchMini,
  platformLogin,
  startBackend,
  textOf,
  type Mini,
  type MiniPage,
  type Target,
} from './harness'

const first17 = '64010419850315004'
export const JOURNEY_ID = first17 + idCheckChar(first17)

/** Sends an input event to a Taro Input (the harness bubbles it to the Input's own binding). */
export const typeInto = (page: MiniPage, id: string, value: string) => page.input(id, value)

/** 1. Privacy consent, then the platform's login. */
export async function signInStep(mini: Mini) {
  const login = await mini.openPage('pages/login/index')
  await login.waitFor('同意并继续')
  login.tap({ text: '同意并继续' })
  const label = mini.target === 'weapp' ? '微信一键登录' : '支付宝授权登录'
  await login.waitFor(label)
  login.tap({ text: label })
  await login.waitFor(() => String(mini.storage.get('zjb-session') ?? '').includes('token'))
  login.unload()
}

/** 2. 实名: the platform's own real name of the signed-in platform user, used once the user authorises it. */
export async function identityStep(mini: Mini) {
  const platform = mini.target === 'weapp' ? '微信' : '支付宝'
  const page = await mini.openPage('pages/identity/index')
  await page.waitFor(`使用${platform}实名信息`)
  await page.waitFor('马*燕')
  page.tap({ text: `同意并使用${platform}实名信息` })
  await page.waitFor('实名认证成功')
  expect(page.text()).not.toContain(JOURNEY_ID)
  page.unload()
}

/** 3. 参保登记 in 宁夏 (兴庆区) through the form: pickers, choices, inputs. */
export async function registerStep(mini: Mini) {
  const regions: { regions: { code: string; districts: { code: string }[] }[] } = await (
    await mini.hostFetch(`${mini.origin()}/api/regions`)
  ).json()
  const nx = regions.regions.findIndex((r) => r.code === '640000')
  const district = regions.regions[nx].districts.findIndex((d) => d.code === '640104')
  const page = await mini.openPage('pages/register/index')
  await page.waitFor('我已阅读并知晓参保须知')
  page.tap({ text: '我已阅读并知晓参保须知' })
  await page.waitFor(() => page.find('notice-next') && !page.text().includes('请先勾选'))
  page.tap('notice-next')
  await page.waitFor('提交登记')
  page.tap('category-OTHER_FLEXIBLE')
  page.fire('region-picker', 'change', { value: nx })
  await page.waitFor(() => page.find('district-picker'))
  page.fire('district-picker', 'change', { value: district })
  page.tap('employee-NONE')
  typeInto(page, 'address', '宁夏银川市兴庆区解放东街1号')
  typeInto(page, 'mobile', '13900000011')
  await page.waitFor(() => page.text().includes('兴庆区'))
  page.tap({ text: '提交登记' })
  await page.waitFor(() => page.find('register-done'))
  const post = mini.requests.find((r) => r.method === 'POST' && r.url === `${BAKED_ORIGIN}/api/registration`)
  expect(post?.status).toBe(201)
  page.unload()
}

/** 4. 缴费核定: base and quote (assessSmoke), confirm, copy the 流水号, transmit. Returns the record id. */
export async function assessAndTransmitStep(mini: Mini): Promise<string> {
  const page = await assessSmoke(mini, mini.target === 'weapp' ? 'wx.request' : 'my.request')
  page.tap({ text: '下一步：确认核定' })
  await page.waitFor('确认核定后生成核定流水号')
  page.tap('confirm-assess')
  await page.waitFor('核定成功')
  const created = mini.requests.find((r) => r.method === 'POST' && r.url === `${BAKED_ORIGIN}/api/assessments`)
  expect(created?.status).toBe(201)
  const id = recordIdFrom(page)

  // 复制: on WeChat the clipboard waits for the privacy guideline to be agreed in the app's own prompt.
  page.tap({ text: '复制' })
  if (mini.target === 'weapp') {
    await page.waitFor('隐私保护提示')
    page.fire('privacy-agree', 'agreeprivacyauthorization', { errMsg: 'agreePrivacyAuthorization:ok' })
    await page.waitFor(() => !page.text().includes('隐私保护提示'))
  }
  await page.waitFor(() => mini.clipboard.includes(id))

  page.tap({ text: '传输到税务' })
  await page.waitFor('已传输到税务')
  page.unload()
  return id
}

function recordIdFrom(page: MiniPage): string {
  const node = page.find('record-id')
  if (!node) throw new Error(`no 核定流水号 on the page: ${page.text()}`)
  return textOf(node).trim()
}

/**
 * 5. 撤销: refused while the tax bureau holds the record — the server's own Chinese message is shown —
 * then done after the (simulated) tax bureau revoked it.
 */
export async function revokeStep(mini: Mini, id: string, adminToken: string) {
  const page = await mini.openPage('pages/record-detail/index', { id })
  await page.waitFor('已传输')
  page.tap('detail-revoke')
  await page.waitFor('须先向税务部门申请撤销核定；税务部门撤销后，即可在此撤销社保核定。')
  const refused = mini.requests.find((r) => r.url.endsWith(`/api/assessments/${id}/revoke`))
  expect(refused?.status).toBe(422)
  expect(page.text()).not.toContain('服务暂时不可用')

  const taxRevoke = await mini.hostFetch(`${mini.origin()}/api/tax/assessments/${id}/tax-revoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}` },
  })
  expect(taxRevoke.status).toBe(200)
  page.unload()
  const again = await mini.openPage('pages/record-detail/index', { id })
  await again.waitFor('税务部门已撤销本核定')
  again.tap('detail-revoke')
  await again.waitFor(() =>
    mini.requests.some((r) => r.url.endsWith(`/api/assessments/${id}/revoke`) && r.status === 200),
  )
  await again.waitFor('本核定已撤销')
  again.unload()
}

export async function wholeJourney(mini: Mini, adminToken: string) {
  await signInStep(mini)
  await identityStep(mini)
  await registerStep(mini)
  const id = await assessAndTransmitStep(mini)
  await revokeStep(mini, id, adminToken)
  expect(mini.templateErrors).toEqual([])
  expect(mini.navigationErrors).toEqual([])
  expect(mini.requests.filter((r) => !r.url.startsWith(`${BAKED_ORIGIN}/api/`))).toEqual([])
}

/** The journey as a suite, run by journey.weapp / journey.alipay.runtime.test.ts in the strict sandbox. */
export function journeySuite(target: Target) {
  describe(`${target} runtime: the whole journey`, () => {
    let backend: Awaited<ReturnType<typeof startBackend>>
    let mini: Mini

    beforeAll(async () => {
      backend = await startBackend()
      // the simulated platform issues the login code to a platform user who has a platform real name
      const loginCode = await platformLogin(backend.origin, target, 'journey', { name: '马晓燕', idNumber: JOURNEY_ID })
      mini = await launchMini(target, { origin: backend.origin, loginCode })
    })
    afterAll(async () => {
      mini?.close()
      await backend?.close()
    })

    it('goes from sign-in to a revoked assessment, and shows the server refusal in Chinese', async () => {
      await wholeJourney(mini, backend.adminToken)
    }, 60000)
  })
}
