/**
 * 我的代办 in a compiled mini-program bundle (dist/weapp or dist/alipay) run in Node with a fake `wx` / `my`
 * against the real backend: an agent (channel login + real name) bound to two registered relatives through
 * the API, the session put in the fake storage in the app's persisted format ('zjb-session'), then
 * pages/people/index renders the list fetched through wx.request / my.request only, with masked names and
 * IDs (never the full number). One suite, run by people.weapp / people.alipay.runtime.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { idCheckChar } from '../../src/domain/id'
import { launchMini, platformLogin, startBackend, TODAY, type Mini, type Target } from './harness'
import { callApi as call } from '../support/http'

const id = (first17: string) => first17 + idCheckChar(first17)
const AGENT_ID = id('64010419950505013')
const FATHER_ID = id('64010519680303011')
const MOTHER_ID = id('64010619800808024')

/** Signs in as the simulated platform user `label` (with that platform real name) and binds it. */
async function login(TARGET: Target, origin: string, label: string, name: string, idNumber: string) {
  const code = await platformLogin(origin, TARGET, label, { name, idNumber })
  const l =
    TARGET === 'weapp'
      ? await call(origin, 'POST', '/api/auth/wechat', { code })
      : await call(origin, 'POST', '/api/auth/alipay', { authCode: code })
  const account = await call(origin, 'POST', '/api/me/identity/platform', { authorise: true }, l.token)
  return { ...l, account }
}

async function relative(TARGET: Target, origin: string, code: string, name: string, idNumber: string) {
  const l = await login(TARGET, origin, code, name, idNumber)
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
    l.token,
  )
  return l.token as string
}

/** The agent asks, the relative agrees in their own account. */
async function agree(origin: string, agent: string, relativeToken: string, name: string, idNumber: string) {
  const req = await call(origin, 'POST', '/api/agents/people', { name, idNumber, relationship: 'PARENT' }, agent)
  await call(origin, 'POST', `/api/me/agent-requests/${req.ref}/approve`, {}, relativeToken)
}

export function peopleSuite(TARGET: Target) {
  const requestApi = TARGET === 'weapp' ? 'wx.request' : 'my.request'
  describe(`${TARGET} runtime: 我的代办`, () => {
    let backend: Awaited<ReturnType<typeof startBackend>>
    let mini: Mini

    beforeAll(async () => {
      backend = await startBackend()
      const o = backend.origin
      const father = await relative(TARGET, o, `people-father-${TARGET}`, '马大爷', FATHER_ID)
      const mother = await relative(TARGET, o, `people-mother-${TARGET}`, '苏阿姨', MOTHER_ID)
      const agent = await login(TARGET, o, `people-agent-${TARGET}`, '马小宁', AGENT_ID)
      const account = agent.account
      await agree(o, agent.token, father, '马大爷', FATHER_ID)
      await agree(o, agent.token, mother, '苏阿姨', MOTHER_ID)
      // zustand persist → Taro storage: the JSON string is stored as is
      const session = JSON.stringify({ state: { token: agent.token, expiresAt: agent.expiresAt, account }, version: 0 })
      const consent = JSON.stringify({ state: { version: 1, at: `${TODAY}T00:00:00Z` }, version: 0 })
      mini = await launchMini(TARGET, { origin: o, storage: { 'zjb-session': session, 'zjb-consent': consent } })
    })
    afterAll(async () => {
      mini?.close()
      await backend?.close()
    })

    it(`renders the bound people fetched through ${requestApi}, masked`, async () => {
      const page = await mini.openPage('pages/people/index')
      await page.waitFor('马*爷')
      await page.waitFor('苏*姨')
      const text = page.text()
      expect(text).toContain('我的代办对象')
      expect(text).toContain(`640105********${FATHER_ID.slice(14)}`)
      expect(text).toContain('宁夏回族自治区')
      expect(text).toContain('正常参保')
      expect(text).not.toContain(FATHER_ID)
      expect(text).not.toContain(MOTHER_ID)
      const people = mini.requests.filter((r) => r.url.endsWith('/api/agents/people'))
      expect(people.length).toBeGreaterThan(0)
      expect(people.every((r) => r.api === requestApi && r.status === 200)).toBe(true)
      expect(people[0].header.Authorization ?? people[0].header.authorization).toMatch(/^Bearer /)
    })

    it('为TA办理 shows the actions for the chosen person', async () => {
      const page = await mini.openPage('pages/people/index')
      await page.waitFor('马*爷')
      page.tap({ text: '为TA办理' })
      await page.waitFor('正在为 马*爷 办理')
      expect(page.text()).toContain('切换为本人办理')
      // the panel is scrolled into view (pageScrollTo after it renders); let that finish before the harness closes
      await page.waitFor(() => mini.calls.some((c) => c.api === 'pageScrollTo'))
      await new Promise((resolve) => setTimeout(resolve, 300))
    })
  })
}
