/**
 * 算得清 in the compiled mini-program bundles (dist/weapp, dist/alipay) run in Node against the real backend:
 * 档次对比 renders every row with the engine's figures, the 税务缴费 page pays a transmitted record through
 * the simulated cashier (modal confirmed), and 缴费凭证 renders the receipt with masked data only — every
 * request through wx.request / my.request. One suite, run by insights.weapp / insights.alipay.runtime.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatYuan, getRegion } from '../../src/domain'
import { idCheckChar } from '../../src/domain/id'
import { compareFor } from '../../src/domain/insights'
import { formatPeriodZh } from '../../src/domain/month'
import { maskName } from '../../src/domain/privacy'
import { launchMini, platformLogin, startBackend, TODAY, type Mini, type Target } from './harness'
import { callApi as call } from '../support/http'

// the harness removes Node's fetch once the mini-program runs: keep it for reading state back
const nodeFetch = globalThis.fetch.bind(globalThis)
async function read<T = any>(origin: string, url: string, token: string): Promise<T> {
  const res = await nodeFetch(origin + url, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}`)
  return (await res.json()) as T
}

const ID = (t: Target) => {
  const first17 = `640104198403${t === 'weapp' ? '03' : '04'}0111`.slice(0, 17)
  return first17 + idCheckChar(first17)
}

interface Rec {
  id: string
  start: string
  end: string
  status: string
  baseMonthly: string
  contributionMonthly: string
  baseInput: string
  baseKind: string
  total: string
}

export function insightsSuite(TARGET: Target) {
  const requestApi = TARGET === 'weapp' ? 'wx.request' : 'my.request'
  describe(`${TARGET} runtime: 档次对比 and 缴费凭证`, () => {
    let backend: Awaited<ReturnType<typeof startBackend>>
    let mini: Mini
    let token = ''
    let record: Rec
    const idNumber = ID(TARGET)

    beforeAll(async () => {
      backend = await startBackend()
      const o = backend.origin
      // a platform user with its platform real name (the simulated WeChat/Alipay), then 使用平台实名信息
      const code = await platformLogin(o, TARGET, `insights-${TARGET}`, { name: '金对比', idNumber })
      const l =
        TARGET === 'weapp'
          ? await call(o, 'POST', '/api/auth/wechat', { code })
          : await call(o, 'POST', '/api/auth/alipay', { authCode: code })
      token = l.token
      const account = await call(o, 'POST', '/api/me/identity/platform', { authorise: true }, token)
      await call(
        o,
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
        token,
      )
      record = await call(o, 'POST', '/api/assessments', { start: '2026-10', end: '2026-11', base: '80' }, token)
      await call(o, 'POST', `/api/assessments/${record.id}/transmit`, {}, token)
      const session = JSON.stringify({ state: { token, expiresAt: l.expiresAt, account }, version: 0 })
      const consent = JSON.stringify({ state: { version: 1, at: `${TODAY}T00:00:00Z` }, version: 0 })
      mini = await launchMini(TARGET, { origin: o, storage: { 'zjb-session': session, 'zjb-consent': consent } })
    })
    afterAll(async () => {
      mini?.close()
      await backend?.close()
    })

    it(`renders every row of 档次对比 with the engine's figures, fetched through ${requestApi}`, async () => {
      const list = await read(backend.origin, '/api/assessments', token)
      const engine = compareFor({
        today: TODAY,
        birthDate: '1984-03-03',
        retirementCategory: 'M60',
        rules: getRegion('640000')!.rule_set,
        records: (list.items as Rec[]).map((r) => ({ ...r })),
      })
      if (!engine.ok) throw new Error(JSON.stringify(engine.errors))
      const page = await mini.openPage('pages/compare/index')
      await page.waitFor('逐项对比', 10000)
      const text = page.text()
      for (const row of engine.value.rows) {
        expect(text).toContain(formatYuan(row.monthly))
        expect(text).toContain(formatYuan(row.cost_until_retirement))
        expect(text).toContain(formatYuan(row.estimate.total))
        if (row.payback_years) expect(text).toContain(`${row.payback_years}年`)
      }
      expect(page.find({ id: 'compare-chart' })).toBeDefined()
      const calls = mini.requests.filter((r) => r.url.includes('/api/insights/compare'))
      expect(calls.length).toBeGreaterThan(0)
      expect(calls.every((r) => r.api === requestApi)).toBe(true)
    })

    it('pays at the simulated cashier and renders the 缴费凭证, masked', async () => {
      const cashier = await mini.openPage('pages/cashier/index', { id: record.id })
      await cashier.waitFor('确认缴费', 10000)
      expect(cashier.text()).toContain(formatYuan(record.total))
      mini.answerModal(true)
      await cashier.tap({ id: 'cashier-pay' })
      for (let i = 0; i < 100; i++) {
        const r = await read(backend.origin, `/api/assessments/${record.id}`, token)
        if (r.status === 'PAID') break
        await new Promise((res) => setTimeout(res, 50))
      }
      const page = await mini.openPage('pages/receipt/index', { id: record.id })
      await page.waitFor('凭证号', 10000)
      await page.waitFor(() => /PZ\d{8}[0-9A-Z]{10}/.test(page.text()), 10000)
      const text = page.text()
      expect(text).toContain(record.id)
      expect(text).toContain(maskName('金对比'))
      expect(text).toContain(`${formatPeriodZh('2026-10', '2026-11')}（共2个月）`)
      expect(text).toContain(formatYuan(record.total))
      expect(text).toContain('2026年11月23日')
      expect(text).not.toContain(idNumber)
      expect(text).not.toContain('打印凭证') // printing is H5's
      const receipt = await read(backend.origin, `/api/assessments/${record.id}/receipt`, token)
      expect(text).toContain(receipt.voucherNo)
    })
  })
}
