import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, bindIdentity, makeId, openSignedIn, registeredUser, signUp, type TestUser } from './session'
import { answerModal } from './ui'

/**
 * 缴费核定 on the production H5 build against the real backend (TODAY = 2026-09-15): one assessment in each
 * base mode — 宁夏 (ningxia: percent or wage), 武汉 (tier), 天津 (amount + frequency) — each: base → period →
 * preview from the backend quote → 确认核定 → 核定流水号 → 传输税务 (confirmed in words); then 新增 and the
 * overlapping-period refusal with its link to the conflicting record.
 */
const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

interface RegionAnswer {
  code: string
  inputMode: string
  districts: { code: string }[]
  allowedMonths: { earliest: string; latest: string }
}
async function region(code: string): Promise<RegionAnswer> {
  const res = await fetch(`${baseURL}/api/regions`)
  const body = (await res.json()) as { today: string; regions: RegionAnswer[] }
  expect(body.today).toBe('2026-09-15')
  return body.regions.find((r) => r.code === code)!
}

const text = (page: Page, sel: string) => page.locator(sel).first().innerText()

/** The H5 confirmation dialog (Taro.showModal): checks its words, then confirms. */
async function confirmDialog(page: Page, words: string) {
  const modal = page.locator('.taro__modal .taro-modal__content')
  await modal.waitFor({ state: 'visible' })
  expect(await modal.locator('.taro-modal__text').innerText()).toContain(words)
  await modal.locator('.taro-model__confirm').click()
  await modal.waitFor({ state: 'hidden' })
}

/** Moves a MonthPicker with its ‹ › buttons (the accessible alternative to the picker overlay). */
async function stepMonth(page: Page, id: string, dir: 'prev' | 'next', times: number) {
  for (let i = 0; i < times; i++) await page.locator(`#${id}-${dir}`).click()
}

async function toPeriodStep(page: Page) {
  await page.getByRole('button', { name: '下一步：选择缴费期间' }).click()
  await page.locator('#step-period').waitFor()
}

/** Waits for the backend quote of the period shown, then goes on to 确认核定 and confirms. */
async function confirmAndTransmit(page: Page, user: TestUser, expected: { total: string; period: string }) {
  await expect.poll(() => text(page, '#preview-total')).toBe(expected.total)
  expect(await text(page, '#preview-period')).toBe(expected.period)
  await page.getByRole('button', { name: '下一步：确认核定' }).click()
  await page.locator('#step-confirm').waitFor()
  expect(await text(page, '#step-confirm')).toContain(expected.total)
  await page.getByRole('button', { name: /^确认核定/ }).click()
  await page.locator('#record-id').waitFor()
  const id = (await text(page, '#record-id')).trim()
  expect(id).toMatch(/^HD\d{6}20260915\d{6}$/)
  expect(await text(page, '#record-total')).toBe(expected.total)
  expect(await text(page, '#record-card')).toContain('待传输')

  await page.getByRole('button', { name: '传输到税务' }).click()
  await confirmDialog(page, '传输后如需撤销，须先向税务部门申请撤销')
  await page.locator('#transmitted').waitFor()
  expect(await text(page, '#record-card')).toContain('已传输')
  const saved = await as<{ status: string; total: string }>(baseURL, user, 'GET', `/api/assessments/${id}`)
  expect(saved.status).toBe('TRANSMITTED')
  return id
}

describe('缴费核定 (H5)', () => {
  it('宁夏 (ningxia mode): 按比例 or 按工资 with costs, a huge wage asked about, 60% → preview → 核定 → 传输; 新增; overlap refused with a link', async () => {
    const nx = await region('640000')
    expect(nx.inputMode).toBe('ningxia')
    expect(nx.allowedMonths).toEqual({ earliest: '2026-01', latest: '2026-12' })
    const user = await registeredUser(baseURL, {
      name: '张宁夏',
      idNumber: makeId('640104', '1980-03-01', '011'),
      region: nx.code,
      district: nx.districts[0].code,
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/assess/index')
    await page.locator('#step-base').waitFor()
    expect(await text(page, '.steps')).toContain('缴费基数')
    expect(await text(page, '#provisional-notice')).toContain('暂按2025年度标准核定')
    // One year named for the figures (no 上年度, no 2024 beside 2025), and an explicit choice of how.
    expect(await text(page, '#base-average')).toContain('2025年度标准社平工资 8,088 元/月')
    const stepBase = await text(page, '#step-base')
    expect(stepBase).not.toContain('上年度')
    expect(stepBase).not.toContain('2024')
    expect(await page.locator('#base-input').count()).toBe(0)
    expect(await page.getByRole('button', { name: '下一步：选择缴费期间' }).isDisabled()).toBe(true)
    expect(await text(page, '#base-next-why')).toContain('请先选择“按比例”或“按工资”')
    await screenshot(page, 'assess-base-ningxia-mode')

    // 按比例: each percentage shows what it costs; 300% is the top.
    await page.getByRole('radio', { name: /^按比例/ }).click()
    expect(await text(page, '#percent-60')).toContain('¥970.60')
    expect(await text(page, '#percent-300')).toContain('¥24,264.00')
    await page.locator('#base-input input').fill('6000')
    expect(await text(page, '#base-error')).toContain('比例须在 60%–300% 之间')
    await screenshot(page, 'assess-base-ningxia-percent')

    // 按工资: a wage is a wage; an implausible one is capped and asked about before going on.
    await page.getByRole('radio', { name: /^按工资/ }).click()
    await page.locator('#base-input input').fill('99999999999')
    await expect.poll(() => text(page, '#base-warning')).toContain('按上限 24,264 元核定')
    await page.getByRole('button', { name: '下一步：选择缴费期间' }).click()
    expect(await answerModal(page, false)).toContain('是否填写正确')
    expect(await page.locator('#step-period').count()).toBe(0)
    await page.locator('#base-input input').fill('200')
    await expect.poll(() => text(page, '#base-warning')).toContain('按下限 4,853 元核定')
    await screenshot(page, 'assess-base-ningxia-wage')

    await page.getByRole('radio', { name: /^按比例/ }).click()
    await page.locator('#percent-60').click()
    await expect.poll(() => text(page, '#base-reading')).toContain('¥4,853.00')
    await toPeriodStep(page)

    // Default period: the first open months (nothing assessed yet: the whole year); choose 2026年1月–6月.
    expect(await text(page, '#start-month-value')).toBe('2026年1月')
    expect(await text(page, '#end-month-value')).toBe('2026年12月')
    expect(await text(page, '#period-intro')).toContain('往年的月份不能在线补缴')
    await stepMonth(page, 'end-month', 'prev', 6)
    expect(await text(page, '#period-summary')).toBe('2026年1月–2026年6月（共6个月）')
    await expect.poll(() => text(page, '#preview-total')).toBe('¥5,823.60')
    const preview = await text(page, '#assessment-preview')
    expect(preview).toContain('¥4,853.00')
    expect(preview).toContain('¥970.60')
    expect(preview).toContain('¥388.24')
    expect(preview).toContain('¥582.36')
    expect(preview).toContain('补缴')
    expect(preview).toContain('暂按2025年度标准核定')
    await screenshot(page, 'assess-preview')
    const first = await confirmAndTransmit(page, user, {
      total: '¥5,823.60',
      period: '2026年1月–2026年6月（共6个月）',
    })
    // Step 4 done: every step of the indicator is ticked.
    expect(await page.locator('.taro_page:visible .step-done').count()).toBe(4)
    await screenshot(page, 'assess-transmitted')

    // 新增: another period with the same base, starting after the last record.
    await page.getByRole('button', { name: '新增：核定其他期间' }).click()
    await page.locator('#step-period').waitFor()
    expect(await text(page, '#start-month-value')).toBe('2026年7月')
    expect(await text(page, '#end-month-value')).toBe('2026年12月')
    await expect.poll(() => text(page, '#preview-total')).toBe('¥5,823.60')
    const kinds = await text(page, '#preview-kinds')
    expect(kinds).toContain('补缴')
    expect(kinds).toContain('当期')
    expect(kinds).toContain('预缴')
    await page.getByRole('button', { name: '下一步：确认核定' }).click()
    await page.getByRole('button', { name: /^确认核定/ }).click()
    await page.locator('#record-id').waitFor()
    const second = (await text(page, '#record-id')).trim()
    expect(second).not.toBe(first)
    await screenshot(page, 'assess-record')

    // 新增 again: every month of the year is taken — said at once; an assessed month is marked and refused.
    await page.getByRole('button', { name: '新增：核定其他期间' }).click()
    await page.locator('#step-period').waitFor()
    expect(await text(page, '#period-intro')).toContain('本年度可核定的月份都已核定')
    await stepMonth(page, 'start-month', 'prev', 6)
    expect(await text(page, '#start-month')).toContain('（已核定）')
    await page.locator('#quote-errors').waitFor()
    expect(await text(page, '#quote-errors')).toContain(`已有核定记录（${first}）有重叠月份`)
    expect(await page.getByRole('button', { name: '下一步：确认核定' }).isDisabled()).toBe(true)
    await screenshot(page, 'assess-overlap')
    await page.getByRole('link', { name: `查看已有核定记录 ${first}` }).click()
    await page.locator('#record-detail').waitFor()
    expect(await text(page, '#record-id')).toBe(first)
    void second
  })

  it('武汉 (tier mode): each tier shows its base and amount; 100% → preview → 核定 → 传输', async () => {
    const wh = await region('420100')
    expect(wh.inputMode).toBe('tier')
    const user = await registeredUser(baseURL, {
      name: '孙武汉',
      idNumber: makeId('420102', '1985-06-01', '013'),
      region: wh.code,
      district: wh.districts[0].code,
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/assess/index')
    await page.locator('#step-base').waitFor()
    expect(await text(page, '#tier-60')).toContain('¥4,493.00')
    expect(await text(page, '#tier-60')).toContain('¥898.60')
    expect(await text(page, '#tier-300')).toContain('¥22,467.00')
    expect(await page.getByRole('button', { name: '下一步：选择缴费期间' }).isDisabled()).toBe(true)
    expect(await text(page, '#step-base')).not.toMatch(/第\d档/)
    await page.getByRole('radio', { name: /^第五档（100%）/ }).click()
    expect(await text(page, '#tier-100')).toContain('已选')
    await screenshot(page, 'assess-base-tier')
    await toPeriodStep(page)
    // SI year 2026 = 2026年7月–2027年6月; choose 2026年7月–2026年12月.
    await stepMonth(page, 'start-month', 'prev', 6)
    expect(await text(page, '#start-month-value')).toBe('2026年7月')
    expect(await page.locator('#start-month-prev').getAttribute('class')).toContain('month-step-disabled')
    while ((await text(page, '#end-month-value')) !== '2026年12月') await page.locator('#end-month-prev').click()
    await confirmAndTransmit(page, user, { total: '¥8,986.80', period: '2026年7月–2026年12月（共6个月）' })
  })

  it('天津 (amount mode): the band refuses 4,000; 6,000 按季 → preview → 核定 → 传输', async () => {
    const tj = await region('120000')
    expect(tj.inputMode).toBe('amount')
    const user = await registeredUser(baseURL, {
      name: '李天津',
      idNumber: makeId('120101', '1979-11-11', '015'),
      region: tj.code,
      district: tj.districts[0].code,
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/assess/index')
    await page.locator('#step-base').waitFor()
    expect(await text(page, '#base-band')).toContain('¥5,013.00 – ¥25,065.00')
    // What each offered amount costs; the hint's example is a valid amount (never 60).
    expect(await text(page, '#amount-5013')).toContain('¥1,002.60')
    expect(await text(page, '#amount-25065')).toContain('¥5,013.00')
    expect(await page.locator('#base-input input').getAttribute('placeholder')).toBe('例如 5013')
    await page.locator('#base-input input').fill('4000')
    await page.locator('#base-error').waitFor()
    expect(await text(page, '#base-error')).toContain('5,013–25,065 元之间')
    expect(await page.getByRole('button', { name: '下一步：选择缴费期间' }).isDisabled()).toBe(true)
    await screenshot(page, 'assess-base-amount-refused')
    await page.locator('#base-input input').fill('6000')
    await expect.poll(() => text(page, '#base-reading')).toContain('¥1,200.00')
    await toPeriodStep(page)
    // Frequencies offered by the region; 按月 is the default (the first open month), 按季 a calendar quarter.
    expect(await text(page, '#end-month-text')).toContain('2026年1月')
    await expect.poll(() => text(page, '#preview-total')).toBe('¥1,200.00')
    await page.getByRole('radio', { name: /^按季缴费/ }).click()
    expect(await text(page, '#period-summary')).toBe('2026年1月–2026年3月（共3个月）')
    await stepMonth(page, 'start-month', 'next', 2)
    expect(await text(page, '#period-summary')).toBe('2026年7月–2026年9月（共3个月）')
    await expect.poll(() => text(page, '#preview-kinds')).toContain('当期')
    await screenshot(page, 'assess-period-quarter')
    await confirmAndTransmit(page, user, { total: '¥3,600.00', period: '2026年7月–2026年9月（共3个月）' })
  })

  it('unregistered: a clear state with 去参保登记 and a way back, never a blank page', async () => {
    const user = await signUp(baseURL)
    await bindIdentity(baseURL, user, '赵未登', makeId('640104', '1990-02-02', '031'))
    const page = await newPhonePage(browser)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await openSignedIn(page, baseURL, user, '/pages/assess/index')
    await page.locator('.taro_page:visible #not-registered').waitFor()
    expect(await text(page, '.taro_page:visible #not-registered')).toContain('请先办理参保登记')
    expect(await page.locator('.taro_page:visible #back-home').count()).toBe(1)
    await screenshot(page, 'assess-unregistered')
    expect(errors).toEqual([])
    await page.locator('.taro_page:visible #go-register').click()
    await page.waitForURL(/pages\/register\/index/)
    await page.locator('.taro_page:visible #register-notice').waitFor()
    expect(errors).toEqual([])
  })

  it('a reload in the middle keeps the base, the period and the step; success clears the draft', async () => {
    const user = await registeredUser(baseURL, {
      name: '马草稿',
      idNumber: makeId('640104', '1982-04-04', '033'),
      region: '640000',
      district: '640104',
    })
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, user, '/pages/assess/index')
    await page.locator('#step-base').waitFor()
    await page.getByRole('radio', { name: /^按比例/ }).click()
    await page.locator('#base-input input').fill('150')
    await expect.poll(() => text(page, '#base-reading')).toContain('150%')
    await toPeriodStep(page)
    await stepMonth(page, 'end-month', 'prev', 3)
    expect(await text(page, '#period-summary')).toBe('2026年1月–2026年9月（共9个月）')
    // the draft is written a moment after the last change
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage)
            .filter((k) => k.startsWith('zjb-draft:assess:'))
            .map((k) => localStorage.getItem(k))
            .join(),
        ),
      )
      .toContain('2026-09')
    await page.reload()
    await page.locator('#step-period').waitFor()
    expect(await text(page, '#period-summary')).toBe('2026年1月–2026年9月（共9个月）')
    await expect.poll(() => text(page, '#preview-base')).toContain('¥12,132.00')
    await page.getByRole('button', { name: '上一步：修改缴费基数' }).click()
    expect(await page.locator('#base-input input').inputValue()).toBe('150')
    await toPeriodStep(page)
    await expect.poll(() => text(page, '#preview-total')).toBe('¥21,837.60')
    await page.getByRole('button', { name: '下一步：确认核定' }).click()
    await page.getByRole('button', { name: /^确认核定/ }).click()
    await page.locator('#record-id').waitFor()
    await page.reload()
    await page.locator('#step-base').waitFor()
    expect(await page.locator('#base-input').count()).toBe(0) // nothing restored: a fresh start
  })
})
