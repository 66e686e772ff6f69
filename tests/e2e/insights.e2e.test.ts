import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { getRegion, formatYuan } from '../../src/domain'
import { maskName } from '../../src/domain/privacy'
import {
  compareFor,
  estimateFor,
  historyFor,
  yearsFor,
  type EstimateAssumptions,
  type InsightRecord,
} from '../../src/domain/insights'
import { formatMonthZh, formatPeriodZh } from '../../src/domain/month'
import { launch, newPhonePage, screenshot } from './browser'
import { as, bindRelative, makeId, openSignedIn, registeredUser, tax, type TestUser } from './session'

/**
 * 算得清 (issue 14) on the H5 build against the real backend. Every figure a page shows is compared with
 * the engine's answer for the same person (their records read back through the API), for several people.
 */
const baseURL = inject('baseURL')
const adminToken = inject('adminToken')
const today = inject('today')
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const visible = (page: Page, sel: string) => page.locator(`.taro_page:visible ${sel}`).first()
const text = (page: Page, sel: string) => visible(page, sel).innerText()

interface Rec {
  id: string
  start: string
  end: string
  status: string
  baseMonthly: string
  contributionMonthly: string
  baseInput: string
  baseKind: string
  taxRevoked: boolean
}

interface Person {
  user: TestUser
  birth: string
  region: string
}

let seq = 300
async function personIn(name: string, region: string, district: string, birth: string, area = district) {
  seq += 2
  const user = await registeredUser(baseURL, {
    name,
    idNumber: makeId(area, birth, String(seq + 1).padStart(3, '0')),
    region,
    district,
  })
  return { user, birth, region }
}
const create = (user: TestUser, start: string, end: string, base: string, personRef?: string) =>
  as<Rec>(baseURL, user, 'POST', '/api/assessments', { start, end, base, ...(personRef ? { personRef } : {}) })
const transmit = (user: TestUser, id: string) => as<Rec>(baseURL, user, 'POST', `/api/assessments/${id}/transmit`, {})

/** The engine's facts for a person, from their records as the API returns them. */
async function factsOf(p: Person, viewer: TestUser = p.user, personRef?: string) {
  const q = personRef ? `?personRef=${personRef}` : ''
  const list = await as<{ items: Rec[] }>(baseURL, viewer, 'GET', `/api/assessments${q}`)
  const reg = await as<{ retirementCategory: string }>(baseURL, viewer, 'GET', `/api/registration${q}`)
  const records: InsightRecord[] = list.items.map((r) => ({
    id: r.id,
    start: r.start,
    end: r.end,
    status: r.status === 'TRANSMITTED' && r.taxRevoked ? 'TAX_REVOKED' : r.status,
    baseMonthly: r.baseMonthly,
    contributionMonthly: r.contributionMonthly,
    baseInput: r.baseInput,
    baseKind: r.baseKind,
  }))
  return {
    today,
    birthDate: p.birth,
    retirementCategory: reg.retirementCategory,
    rules: getRegion(p.region)!.rule_set,
    records,
  }
}

async function engineEstimate(p: Person, a: EstimateAssumptions = {}, viewer?: TestUser, ref?: string) {
  const r = estimateFor(await factsOf(p, viewer, ref), a)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

async function expectEstimateShown(page: Page, e: Awaited<ReturnType<typeof engineEstimate>>) {
  await expect.poll(() => text(page, '#estimate-total'), { timeout: 15000 }).toBe(formatYuan(e.estimate.total))
  expect(await text(page, '#estimate-basic')).toContain(formatYuan(e.estimate.basic))
  expect(await text(page, '#estimate-account')).toContain(formatYuan(e.estimate.personal_account))
  expect(await text(page, '#estimate-basic-how')).toBe(e.explanation.basic)
  expect(await text(page, '#estimate-account-how')).toBe(e.explanation.account)
  expect(await text(page, '#estimate-years-how')).toBe(e.explanation.years)
  expect(await text(page, '#estimate-result')).toContain(formatMonthZh(e.context.retirement.retirement_month))
}

async function fill(page: Page, id: string, value: string) {
  const input = visible(page, `#${id} input`)
  await input.fill(value)
}

describe('养老金测算 (H5)', () => {
  it('for oneself: prefilled from the records, both parts derived, assumptions editable and validated', async () => {
    const p = await personIn('孙测算', '640000', '640104', '1976-02-10')
    const paid = await create(p.user, '2026-01', '2026-03', '60')
    await transmit(p.user, paid.id)
    await tax(baseURL, adminToken, paid.id, 'paid')
    await create(p.user, '2026-04', '2026-06', '100')

    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, p.user, '/pages/estimate/index')
    const e = await engineEstimate(p)
    expect(e.base.input).toBe('100') // the latest record's choice
    await expectEstimateShown(page, e)
    expect(await visible(page, '#base input').inputValue()).toBe('100')
    expect(await visible(page, '#pensionBase input').inputValue()).toBe(e.context.pension_base_default)
    expect(await text(page, '#estimate-facts')).toContain('已缴费 3 个月，已核定未缴费 3 个月')
    await screenshot(page, 'estimate-self')

    // change the assumptions: 150 %, 2.62 % interest, 计发基数 9000
    await fill(page, 'base', '150')
    await fill(page, 'interestRate', '2.62')
    await fill(page, 'pensionBase', '9000')
    await visible(page, '#estimate-run').click()
    const e2 = await engineEstimate(p, { base: '150', interestPercent: '2.62', pensionBase: '9000' })
    await expectEstimateShown(page, e2)
    expect(await text(page, '#estimate-facts')).toContain('按年记账利率 2.62% 计息')

    // a bad rate is refused next to its field, in words
    await fill(page, 'interestRate', '150')
    await visible(page, '#estimate-run').click()
    await expect.poll(() => text(page, '#interestRate-error'), { timeout: 10000 }).toContain('记账利率')
    expect(await text(page, '#estimate-total')).toBe(formatYuan(e2.estimate.total)) // the last good result stays
    await screenshot(page, 'estimate-invalid')

    // linked to the other pages
    await visible(page, '#nav-compare').click()
    await visible(page, '#compare-list').waitFor({ timeout: 15000 })
    await page.close()
  })

  it('for a relative, through 我的代办 (personRef): the relative’s own figures', async () => {
    const rel = await personIn('钱亲属', '640000', '640104', '1972-06-01', '640104')
    // the relative is a woman (even sequence)? makeId: odd sequence = male; use the registration's category
    await create(rel.user, '2026-01', '2026-08', '80')
    const agent = await personIn('钱代办', '640000', '640104', '1996-01-01')
    // 钱亲属 agrees in her own account
    const bound = { ref: await bindRelative(baseURL, agent.user, rel.user), nameMasked: maskName('钱亲属') }
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, agent.user, '/pages/people/index')
    const card = page.locator('.taro_page:visible .person', { hasText: bound.nameMasked })
    await card.getByRole('button', { name: `为TA办理（${bound.nameMasked}）` }).click()
    await visible(page, '#acting-actions').waitFor()
    await visible(page, '#go-estimate').click()
    await expect.poll(() => text(page, '#proxy-banner'), { timeout: 15000 }).toContain(bound.nameMasked)
    const e = await engineEstimate(rel, {}, agent.user, bound.ref)
    await expectEstimateShown(page, e)
    expect(await text(page, '#estimate-result')).toContain(`${bound.nameMasked}退休时预计每月可领`)
    // and it differs from the agent's own
    const own = await engineEstimate(agent)
    expect(own.estimate.total).not.toBe(e.estimate.total)
    await screenshot(page, 'estimate-relative')
    await page.close()
  })
})

describe('档次对比 (H5)', () => {
  for (const [label, region, district, birth, pick] of [
    ['天津', '120000', '120101', '1985-04-04', 3],
    ['武汉', '420100', '420102', '1979-09-09', 4],
  ] as const) {
    it(`${label}: every choice with the engine's cost, pension and payback; the chosen row carries into 缴费核定`, async () => {
      const p = await personIn(`周${label}`, region, district, birth)
      const page = await newPhonePage(browser)
      await openSignedIn(page, baseURL, p.user, '/pages/compare/index')
      const r = compareFor(await factsOf(p))
      if (!r.ok) throw new Error('engine')
      await visible(page, '#compare-list')
        .waitFor({ timeout: 15000 })
        .catch(async (e) => {
          throw new Error(`${String(e)}\n${await page.locator('.taro_page:visible').first().innerText()}`)
        })
      expect(await page.locator('.taro_page:visible #compare-list .option-row').count()).toBe(r.value.rows.length)
      for (const row of r.value.rows) {
        expect(await text(page, `#option-${row.input.replace('.', '\\.')}-monthly`)).toContain(formatYuan(row.monthly))
        expect(await text(page, `#option-${row.input.replace('.', '\\.')}-cost`)).toContain(
          formatYuan(row.cost_until_retirement),
        )
        expect(await text(page, `#option-${row.input.replace('.', '\\.')}-pension`)).toContain(
          formatYuan(row.estimate.total),
        )
        expect(await text(page, `#option-${row.input.replace('.', '\\.')}-payback`)).toContain(
          row.payback_years ? `${row.payback_years}年` : '—',
        )
      }
      // the chart: one pair of bars per row
      expect(await page.locator('.taro_page:visible #compare-chart .bar-row').count()).toBe(2 * r.value.rows.length)
      await screenshot(page, `compare-${region}`)
      const chosen = r.value.rows[pick]
      await visible(page, `#option-${chosen.input.replace('.', '\\.')}`).click()
      await visible(page, '#compare-choose').click()
      await expect
        .poll(() => page.url(), { timeout: 15000 })
        .toContain(`pages/assess/index?base=${encodeURIComponent(chosen.input)}`)
      // …and 缴费核定 opens with that base chosen (the selected option, or the typed amount's reading)
      await expect
        .poll(
          async () => {
            const selected = page.locator('.taro_page:visible .tier-selected')
            if (await selected.count()) return selected.first().innerText()
            const reading = page.locator('.taro_page:visible #base-reading')
            return (await reading.count()) ? reading.innerText() : ''
          },
          { timeout: 15000 },
        )
        .toContain(formatYuan(chosen.base))
      await page.close()
    })
  }
})

describe('缴费年限 (H5)', () => {
  it('a person retiring 2027-01 without enough months: warning with 延长缴费 / 一次性缴费', async () => {
    const p = await personIn('王九样', '640000', '640104', '1966-08-01')
    await create(p.user, '2026-01', '2026-06', '60')
    const y = yearsFor(await factsOf(p))
    if (!y.ok) throw new Error('engine')
    expect(y.value.retirement_month).toBe('2027-01')
    expect(y.value.reachable).toBe(false)
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, p.user, '/pages/years/index')
    await visible(page, '#years-warning').waitFor({ timeout: 15000 })
    expect(await text(page, '#years-needed')).toContain(`${y.value.needed_months}个月`)
    expect(await text(page, '#years-required')).toContain(`${y.value.required_months}个月`)
    expect(await text(page, '#years-assessed')).toContain(`${y.value.assessed_months}个月`)
    const warning = await text(page, '#years-warning')
    expect(warning).toContain(`仍差 ${y.value.shortfall_at_retirement} 个月`)
    expect(warning).toContain(formatMonthZh('2027-01'))
    expect(warning).toContain('延长缴费')
    expect(warning).toContain('一次性缴费')
    await screenshot(page, 'years-short')
    await page.close()
  })
})

describe('缴费记录 by year (H5)', () => {
  it('marks the gap and leads into 缴费核定 with that period', async () => {
    const p = await personIn('吴断缴', '640000', '640104', '1988-03-03')
    const paid = await create(p.user, '2026-01', '2026-03', '60')
    await transmit(p.user, paid.id)
    await tax(baseURL, adminToken, paid.id, 'paid')
    await create(p.user, '2026-07', '2026-08', '100')
    const h = historyFor(await factsOf(p))
    if (!h.ok) throw new Error('engine')
    const year = h.value.years[0]
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, p.user, '/pages/history/index')
    await visible(page, '#history-year-2026').waitFor({ timeout: 15000 })
    const card = await text(page, '#history-year-2026')
    expect(card).toContain(`已缴费 ${year.paid_months} 个月`)
    expect(card).toContain(formatYuan(year.paid_amount))
    expect(card).toContain(formatYuan(year.assessed_amount))
    const gap = h.value.gaps[0]
    expect(gap).toMatchObject({ start: '2026-04', end: '2026-06' })
    expect(await text(page, `#gap-${gap.start}`)).toContain(`断缴：${formatPeriodZh(gap.start, gap.end)}（共3个月）`)
    await screenshot(page, 'history-gap')
    await visible(page, `#gap-pay-${gap.start}`).click()
    await expect
      .poll(() => page.url(), { timeout: 15000 })
      .toContain(`pages/assess/index?start=${gap.payable!.start}&end=${gap.payable!.end}`)
    // the base step comes first; the carried period is what the period step then shows
    await visible(page, '#step-base').waitFor({ timeout: 15000 })
    await page.close()
  })
})

describe('去缴费 → 缴费凭证 → 核验 (H5)', () => {
  it('消息 carries the person’s own 缴费提醒: a transmitted record awaiting payment leads to the cashier', async () => {
    const p = await personIn('钱提醒', '640000', '640104', '1991-01-11')
    const rec = await create(p.user, '2026-08', '2026-08', '60')
    await transmit(p.user, rec.id)
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, p.user, '/pages/messages/index')
    const reminder = visible(page, '#reminder-AWAITING_PAYMENT')
    await reminder.waitFor({ timeout: 15000 })
    await reminder.click()
    await visible(page, '#cashier-pay').waitFor({ timeout: 15000 })
    expect(page.url()).toContain(`pages/cashier/index?id=${rec.id}`)
    await page.close()
  })

  it('the simulated tax cashier pays a transmitted record; the receipt prints; the voucher verifies publicly', async () => {
    const p = await personIn('郑缴费', '640000', '640104', '1990-10-10')
    const rec = await create(p.user, '2026-08', '2026-09', '100')
    await transmit(p.user, rec.id)
    const page = await newPhonePage(browser)
    // 去缴费 on the record's detail page opens the cashier
    await openSignedIn(page, baseURL, p.user, `/pages/record-detail/index?id=${rec.id}`)
    await visible(page, '#detail-pay')
      .click({ timeout: 15000 })
      .catch(async (e) => {
        throw new Error(`${String(e)}\n${page.url()}\n${await page.locator('.taro_page:visible').last().innerText()}`)
      })
    await visible(page, '#cashier-pay').waitFor({ timeout: 15000 })
    expect(await text(page, '#cashier-total')).toBe(formatYuan('3235.20'))
    await screenshot(page, 'cashier')
    await visible(page, '#cashier-pay').click()
    const modal = page.locator('.taro__modal .taro-modal__content')
    await modal.waitFor({ state: 'visible' })
    expect(await modal.innerText()).toContain('¥3,235.20')
    await modal.locator('.taro-model__confirm').click()
    await visible(page, '#receipt').waitFor({ timeout: 15000 })
    const after = await as<Rec & { status: string }>(baseURL, p.user, 'GET', `/api/assessments/${rec.id}`)
    expect(after.status).toBe('PAID')
    const receipt = await text(page, '#receipt')
    expect(receipt).toContain(rec.id)
    expect(receipt).toContain(maskName('郑缴费'))
    expect(receipt).toContain('2026年8月–2026年9月（共2个月）')
    expect(receipt).toContain(formatYuan('8088.00'))
    expect(receipt).toContain(formatYuan('3235.20'))
    expect(receipt).not.toContain(p.user.idNumber!.slice(6, 14))
    const voucher = (await text(page, '#receipt-voucher')).match(/PZ[0-9A-Z]+/)![0]
    await screenshot(page, 'receipt')
    // print: only the receipt
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.taro_page:visible .receipt-actions').isVisible()).toBe(false)
    expect(await visible(page, '#receipt').isVisible()).toBe(true)
    await screenshot(page, 'receipt-print')
    await page.emulateMedia({ media: 'screen' })

    await visible(page, '#receipt-verify').click()
    await visible(page, '#voucher-result').waitFor({ timeout: 15000 })
    expect(await text(page, '#voucher-name')).toBe(maskName('郑缴费'))
    expect(await text(page, '#voucher-period')).toBe('2026年8月–2026年9月')
    // the public check, signed out, in a fresh browser
    const stranger = await newPhonePage(browser)
    await stranger.goto(`${baseURL}/#/pages/voucher-check/index`)
    await fill(stranger, 'voucherNo', voucher)
    await visible(stranger, '#voucher-check').click()
    await visible(stranger, '#voucher-result').waitFor({ timeout: 15000 })
    const shown = await text(stranger, '#voucher-result')
    expect(shown).toContain(maskName('郑缴费'))
    expect(shown).not.toContain('3,235')
    await fill(stranger, 'voucherNo', 'PZ20260915AAAAAAAAAA')
    await visible(stranger, '#voucher-check').click()
    await expect.poll(() => text(stranger, '#voucher-errors'), { timeout: 10000 }).toContain('未查到该缴费凭证')
    await screenshot(stranger, 'voucher-check')
    await stranger.close()
    // the paid record's detail leads to its 缴费凭证
    await openSignedIn(page, baseURL, p.user, `/pages/record-detail/index?id=${rec.id}`)
    await visible(page, '#detail-receipt').click({ timeout: 15000 })
    await expect.poll(() => text(page, '#receipt-voucher'), { timeout: 15000 }).toContain(voucher)
    await page.close()
  })
})
