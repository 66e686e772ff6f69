/**
 * Set-up through the real API for browser tests that are not about signing in: make a user (H5 phone
 * login with the dev SMS code), bind a real name, register, and hand the session to the browser the way
 * the app stores it (Taro storage on H5 = localStorage, value wrapped as {"data": …}).
 * The sign-in flow itself is tested through the UI in its own test.
 */
import { inject } from 'vitest'
import type { Page } from 'playwright-core'
import { idCheckChar } from '../../src/domain/id'
import { callApi as call } from '../support/http'

let phoneSeq = 0

/** A unique phone per call within a run (the run has its own fresh database). */
export function nextPhone(): string {
  phoneSeq += 1
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(phoneSeq).padStart(4, '0')}`
}

/** A valid ID number: area + YYYY-MM-DD + 3-digit sequence (odd = male, even = female) + check character. */
export function makeId(area: string, birth: string, seq: string): string {
  const first17 = `${area}${birth.replace(/-/g, '')}${seq}`
  return first17 + idCheckChar(first17)
}

export interface TestUser {
  token: string
  expiresAt: string
  account: { id: string; channel: 'h5'; identity: unknown }
  phone: string
  idNumber?: string
  name?: string
}

export async function signUp(baseURL: string): Promise<TestUser> {
  const phone = nextPhone()
  const sent = await call<{ devCode: string }>(baseURL, 'POST', '/api/auth/sms/send', { phone })
  const login = await call<{ token: string; expiresAt: string; account: TestUser['account'] }>(
    baseURL,
    'POST',
    '/api/auth/sms/verify',
    { phone, code: sent.devCode },
  )
  return { ...login, phone }
}

/** The simulated carrier register learns that `mobile` belongs to this person (the outside world, ADMIN_TOKEN). */
export function enrol(baseURL: string, p: { name: string; idNumber: string; mobile: string }) {
  return call(baseURL, 'POST', '/api/sim/identity/people', p, inject('adminToken'))
}

/** The last simulated SMS to `phone` (development outbox, ADMIN_TOKEN). */
export async function lastSms(baseURL: string, phone: string) {
  const r = await call<{ items: { text: string; code: string | null; purpose: string }[] }>(
    baseURL,
    'GET',
    `/api/sim/sms?phone=${phone}`,
    undefined,
    inject('adminToken'),
  )
  return r.items[0]
}

/** 实名认证 as on H5: the person is in the carrier register with the login phone; 三要素 + the SMS code. */
export async function bindIdentity(baseURL: string, user: TestUser, name: string, idNumber: string) {
  await enrol(baseURL, { name, idNumber, mobile: user.phone })
  const started = await call<{ checkId: string }>(
    baseURL,
    'POST',
    '/api/me/identity/mobile',
    { name, idNumber, mobile: user.phone },
    user.token,
  )
  const sms = await lastSms(baseURL, user.phone)
  user.account = await call(
    baseURL,
    'POST',
    '/api/me/identity/mobile/confirm',
    { checkId: started.checkId, code: sms.code },
    user.token,
  )
  user.name = name
  user.idNumber = idNumber
  return user
}

/**
 * The agent asks to act for `person` and the person approves in their own account (API). Returns the
 * agent's personRef of the binding.
 */
export async function bindRelative(
  baseURL: string,
  agent: TestUser,
  person: TestUser,
  relationship = 'PARENT',
): Promise<string> {
  const req = await call<{ ref: string }>(
    baseURL,
    'POST',
    '/api/agents/people',
    { name: person.name, idNumber: person.idNumber, relationship },
    agent.token,
  )
  await call(baseURL, 'POST', `/api/me/agent-requests/${req.ref}/approve`, {}, person.token)
  const list = await call<{ items: { ref: string; bindingRef: string | null }[] }>(
    baseURL,
    'GET',
    '/api/agents/requests',
    undefined,
    agent.token,
  )
  return list.items.find((r) => r.ref === req.ref)!.bindingRef as string
}

export async function register(
  baseURL: string,
  user: TestUser,
  body: {
    region: string
    district?: string
    category?: string
    ethnicity?: string
    address?: string
    mobile?: string
    hukouType?: string
  },
) {
  return call(
    baseURL,
    'POST',
    '/api/registration',
    {
      category: 'OTHER_FLEXIBLE',
      ethnicity: '汉族',
      address: '宁夏银川市兴庆区解放东街1号',
      mobile: user.phone,
      ...body,
    },
    user.token,
  )
}

/** Sign up + bind + register in one go. */
export async function registeredUser(
  baseURL: string,
  opts: { name: string; idNumber: string; region: string; district?: string },
): Promise<TestUser> {
  const user = await signUp(baseURL)
  await bindIdentity(baseURL, user, opts.name, opts.idNumber)
  await register(baseURL, user, { region: opts.region, district: opts.district })
  return user
}

/** Any API call as this user (for arranging state, e.g. creating a record to revoke). */
export function as<T = unknown>(baseURL: string, user: TestUser, method: string, url: string, body?: unknown) {
  return call<T>(baseURL, method, url, body, user.token)
}

/** The simulated tax bureau: mark paid / tax-revoke. */
export function tax(baseURL: string, adminToken: string, id: string, action: 'paid' | 'tax-revoke') {
  return call(baseURL, 'POST', `/api/tax/assessments/${id}/${action}`, {}, adminToken)
}

/**
 * Opens the app already signed in as `user` (and with privacy consent given, if the app keeps it under
 * `zjb-consent`). Navigates to `hashPath` (e.g. '/pages/assess/index').
 */
export async function openSignedIn(page: Page, baseURL: string, user: TestUser, hashPath = '/tabs/home/index') {
  await page.goto(baseURL + '/')
  await page.evaluate((u) => {
    const wrap = (v: unknown) => JSON.stringify({ data: typeof v === 'string' ? v : JSON.stringify(v) })
    localStorage.setItem(
      'zjb-session',
      wrap({
        state: {
          token: u.token,
          expiresAt: u.expiresAt,
          account: u.account,
        },
        version: 0,
      }),
    )
    localStorage.setItem('zjb-consent', wrap({ state: { version: 1, at: '2026-09-15T00:00:00Z' }, version: 0 }))
  }, user)
  // A fresh document on the target (not a hash change + reload: a hash change alone runs the page in the app
  // that has no session yet, whose sign-in guard would move on to 登录 before the reload).
  await page.goto('about:blank')
  await page.goto(`${baseURL}/#${hashPath}`)
}

/**
 * A registered agent and a registered relative (a man born 1972 in 兴庆区) who has agreed to be acted for, and
 * a signed-in page of the agent that has chosen 为TA办理 on 我的代办 (the action panel open).
 */
export async function actingForRelative(
  baseURL: string,
  page: Page,
  names: { agent: string; relative: string },
  ids: { agent: string; relative: string },
) {
  const place = { region: '640000', district: ids.agent.slice(0, 6) }
  const agent = await registeredUser(baseURL, { name: names.agent, idNumber: ids.agent, ...place })
  const relative = await registeredUser(baseURL, { name: names.relative, idNumber: ids.relative, ...place })
  await bindRelative(baseURL, agent, relative)
  await openSignedIn(page, baseURL, agent, '/pages/people/index')
  const card = page.locator('.taro_page:visible .person').first()
  await card.waitFor()
  await card.getByRole('button', { name: /为TA办理/ }).click()
  await page.locator('.taro_page:visible #acting-actions').waitFor()
  return { agent, relative }
}
