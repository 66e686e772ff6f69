import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage, screenshot } from './browser'
import { as, makeId, openSignedIn, registeredUser, type TestUser } from './session'

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
  it('宁夏 (ningxia mode): 300.01 warning, 60% → preview → 核定 → 传输; 新增; overlap refused with a link', async () => {
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
    expect(await text(page, '.steps')).toContain('选择缴费基数')
    expect(await text(page, '#base-hint')).toContain('60–300：按上年度社平工资的百分比；大于300：按月工资收入（元）')
    expect(await text(page, '#provisional-notice')).toContain('暂按2025年度标准核定')

    // The 300 / 300.01 jump is explained before anything is asked.
    await page.locator('#base-input input').fill('300')
    await expect.poll(() => text(page, '#base-reading')).toContain('¥24,264.00')
    await page.locator('#base-input input').fill('300.01')
    await page.locator('#base-jump-warning').waitFor()
    expect(await text(page, '#base-jump-warning')).toContain('300.01 以上按月工资收入计，将按缴费基数下限 4,853 元核定')
    await screenshot(page, 'assess-base-ningxia-warning')
    await page.locator('#base-input input').fill('60')
    await expect.poll(() => text(page, '#base-reading')).toContain('¥4,853.00')
    expect(await page.locator('#base-jump-warning').count()).toBe(0)
    await toPeriodStep(page)

    // Default period: from the next month due (2026年9月) to the end of the year; choose 2026年1月–6月.
    expect(await text(page, '#start-month-value')).toBe('2026年9月')
    expect(await text(page, '#end-month-value')).toBe('2026年12月')
    await stepMonth(page, 'start-month', 'prev', 8)
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

    // 新增 again: every month of the year is taken, so the first allowed period overlaps the first record.
    await page.getByRole('button', { name: '新增：核定其他期间' }).click()
    await page.locator('#quote-errors').waitFor()
    expect(await text(page, '#quote-errors')).toContain(`已有核定记录（${first}）有重叠月份`)
    expect(await page.getByRole('button', { name: '下一步：确认核定' }).isDisabled()).toBe(true)
    await screenshot(page, 'assess-overlap')
    await page.getByRole('link', { name: `查看已有核定记录 ${first}` }).click()
    await page.locator('#record-detail').waitFor()
    expect(await text(page, '#record-id')).toBe(first)
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
    await page.getByRole('radio', { name: /第5档 100%/ }).click()
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
    await page.locator('#base-input input').fill('4000')
    await page.locator('#base-error').waitFor()
    expect(await text(page, '#base-error')).toContain('5,013–25,065 元之间')
    expect(await page.getByRole('button', { name: '下一步：选择缴费期间' }).isDisabled()).toBe(true)
    await screenshot(page, 'assess-base-amount-refused')
    await page.locator('#base-input input').fill('6000')
    await expect.poll(() => text(page, '#base-reading')).toContain('¥1,200.00')
    await toPeriodStep(page)
    // Frequencies offered by the region; 按月 is the default (one month), 按季 gives a calendar quarter.
    expect(await text(page, '#end-month-text')).toContain('2026年9月')
    await expect.poll(() => text(page, '#preview-total')).toBe('¥1,200.00')
    await page.getByRole('radio', { name: /^按季缴费/ }).click()
    expect(await text(page, '#period-summary')).toBe('2026年7月–2026年9月（共3个月）')
    await expect.poll(() => text(page, '#preview-kinds')).toContain('当期')
    await screenshot(page, 'assess-period-quarter')
    await confirmAndTransmit(page, user, { total: '¥3,600.00', period: '2026年7月–2026年9月（共3个月）' })
  })
})
