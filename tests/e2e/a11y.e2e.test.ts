/**
 * Accessibility scan of EVERY page of src/routes.ts in the H5 build: axe-core (node_modules/axe-core/axe.min.js,
 * injected with page.addScriptTag) on the whole document, signed in as a registered user (and, for
 * 我的代办, acting for a bound relative, so the action sheet and banner are scanned too). A page passes with
 * zero violations of impact 'serious' or 'critical'; a failure lists page, rule, impact and nodes.
 *
 * There is no list of known issues: every page must pass, signed in and signed out, and the home page in
 * 长辈模式 (elder mode) too.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launch, newPhonePage } from './browser'
import { as, bindRelative, makeId, openSignedIn, registeredUser, signUp, type TestUser } from './session'
import { Route, type RouteName } from '../../src/routes'
import { checkVisibility, type VisibilityProblem } from './visibility'
import { screenshot } from './browser'

const baseURL = inject('baseURL')
const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js')
const AXE_SOURCE = fs.readFileSync(AXE, 'utf8')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; html: string; failureSummary?: string }[]
}

let browser: Browser
let user: TestUser
/** over 50: 首页 offers 长辈模式 */
let elder: TestUser
let recordId: string

beforeAll(async () => {
  browser = await launch()
  user = await registeredUser(baseURL, {
    name: '韩无障',
    idNumber: makeId('640104', '1982-04-04', '017'),
    region: '640000',
    district: '640104',
  })
  const relative = await registeredUser(baseURL, {
    name: '韩老爹',
    idNumber: makeId('640105', '1970-02-02', '019'),
    region: '640000',
    district: '640105',
  })
  elder = relative
  await bindRelative(baseURL, user, relative)
  const rec = await as<{ id: string }>(baseURL, user, 'POST', '/api/assessments', {
    start: '2026-10',
    end: '2026-12',
    base: '60',
  })
  recordId = rec.id
})
afterAll(async () => {
  await browser?.close()
})

/** Waits for page transitions (a redirect slides a page in) to finish: colours mid-fade are not the real ones. */
async function settle(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
    timeout: 5000,
  })
  await page.waitForTimeout(200)
}

async function scan(page: Page): Promise<Violation[]> {
  await settle(page)
  // evaluated through the DevTools protocol: the page's CSP (no inline scripts) stays on, as in production
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({
        target: n.target,
        html: n.html.slice(0, 200),
        failureSummary: n.failureSummary,
      })),
    }))
  })
}

function report(name: string, violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `[${name}] ${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    ${n.target.join(' ')}  ${n.html}\n      ${(n.failureSummary ?? '').split('\n').slice(0, 2).join(' ')}`,
          )
          .join('\n'),
    )
    .join('\n')
}

/** How each page is opened: query (opaque ids only) and set-up. */
const PARAMS: Partial<Record<RouteName, string>> = {
  RecordDetail: '?id=RECORD',
  Guide: '?region=640000',
  Cashier: '?id=RECORD',
  Receipt: '?id=RECORD',
}

async function openPage(name: RouteName): Promise<Page> {
  const page = await newPhonePage(browser)
  const query = (PARAMS[name] ?? '').replace('RECORD', recordId)
  await openSignedIn(page, baseURL, user, `/${Route[name]}${query}`)
  await page.locator('.taro_page').first().waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  if (name === 'People') {
    // scan the list, the action sheet and the banner: act for the relative
    await page.locator('.taro_page:visible .person').first().waitFor()
    await page.locator('.taro_page:visible .person-act').first().click()
    await page.locator('.taro_page:visible #acting-actions').waitFor()
  }
  await page.waitForTimeout(300)
  return page
}

const describeProblem = (p: VisibilityProblem) =>
  `${p.control} “${p.text}” — ${p.problem}${p.fg ? ` (${p.fg} on ${p.bg})` : ''}`

const serious = (v: Violation) => v.impact === 'serious' || v.impact === 'critical'

/** Serious/critical violations. */
function pageOwn(violations: Violation[]): Violation[] {
  return violations.filter(serious)
}

const routes = Object.keys(Route) as RouteName[]

describe('axe-core: no serious or critical violations on any page (H5, signed in)', () => {
  for (const name of routes) {
    it(`${name} (${Route[name]})`, async () => {
      const page = await openPage(name)
      const violations = pageOwn(await scan(page))
      // and what axe skips: disabled controls, contrast against what is really behind the text
      const unreadable = await checkVisibility(page)
      await screenshot(page, `page-${name}`)
      await page.context().close()
      if (violations.length) console.log(report(name, violations))
      expect(
        violations.map((v) => `${v.id} (${v.impact}) × ${v.nodes.length}`),
        report(name, violations),
      ).toEqual([])
      expect(unreadable.map(describeProblem)).toEqual([])
    })
  }

  it('Home in 长辈模式 (elder mode), and the elder-mode offer to a user over 50', async () => {
    const out: string[] = []
    for (const who of [user, elder]) {
      const page = await newPhonePage(browser)
      await openSignedIn(page, baseURL, who, `/${Route.Home}`)
      if (who === user) {
        // elder mode on, as 我的 stores it (Taro storage on H5 wraps the value as {"data": …})
        await page.evaluate(() =>
          localStorage.setItem(
            'zjb-prefs',
            JSON.stringify({ data: JSON.stringify({ state: { elderMode: true, elderOffered: true }, version: 0 }) }),
          ),
        )
        await page.reload()
        await page.locator('.taro_page .elder').first().waitFor()
      } else {
        await page.locator('.taro_page:visible #elder-offer').waitFor()
      }
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      const v = pageOwn(await scan(page))
      const unreadable = await checkVisibility(page)
      await screenshot(page, who === user ? 'page-Home-elder' : 'page-Home-elder-offer')
      await page.context().close()
      if (v.length) out.push(report(who === user ? 'Home (elder mode)' : 'Home (elder offer)', v))
      out.push(...unreadable.map(describeProblem))
    }
    if (out.length) console.log(out.join('\n'))
    expect(out).toEqual([])
  })

  it('Login and Privacy, signed out', async () => {
    const out: string[] = []
    for (const name of ['Login', 'Privacy'] as const) {
      const page = await newPhonePage(browser)
      await page.goto(`${baseURL}/#/${Route[name]}`)
      await page.locator('.taro_page').first().waitFor({ state: 'attached' })
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      const v = pageOwn(await scan(page))
      const unreadable = await checkVisibility(page)
      await screenshot(page, `page-${name}-signed-out`)
      await page.context().close()
      if (v.length) out.push(report(`${name} (signed out)`, v))
      out.push(...unreadable.map(describeProblem))
    }
    if (out.length) console.log(out.join('\n'))
    expect(out).toEqual([])
  })

  it('a signed-in user without a bound name is sent on (no blank page to scan)', async () => {
    const fresh = await signUp(baseURL)
    const page = await newPhonePage(browser)
    await openSignedIn(page, baseURL, fresh, `/${Route.People}`)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    const v = pageOwn(await scan(page))
    await page.context().close()
    expect(v, report('People → Identity', v)).toEqual([])
  })
})
