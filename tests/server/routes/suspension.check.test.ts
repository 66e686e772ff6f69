/** The 停保 options and pre-check of routes/suspension.ts, which run before the user confirms. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NX, auth, makeApp, makeId, person, type TestApp } from '../helpers'

let app: TestApp
let close: () => Promise<void>

beforeAll(async () => {
  const made = await makeApp()
  app = made.app
  close = () => made.app.close()
})
afterAll(async () => close())

describe('停保 options and pre-check', () => {
  it('offers no DEATH to the person themself, dates from the registration month to the year end', async () => {
    const t = await person(app, 'cs4', '马停选', makeId('640104', '1985-06-06', '017'), NX)
    const r = await app.inject({ method: 'GET', url: '/api/suspension/options', headers: auth(t) })
    expect(r.statusCode).toBe(200)
    expect(r.json().reasons).not.toContain('DEATH')
    expect(r.json().reasons).toContain('VOLUNTARY')
    expect(r.json().earliestStopDate).toBe('2026-11-01')
    expect(r.json().latestStopDate).toBe('2026-12-31')
  })

  it('the check gives the same refusal as the submission and stores nothing', async () => {
    const t = await person(app, 'cs5', '马停检', makeId('640104', '1985-07-07', '019'), NX)
    const rec = await app.inject({
      method: 'POST',
      url: '/api/assessments',
      headers: auth(t),
      payload: { start: '2026-11', end: '2026-12', base: '60' },
    })
    expect(rec.statusCode).toBe(201)
    const body = { reason: 'VOLUNTARY', stopDate: '2026-11-23' }
    const check = await app.inject({ method: 'POST', url: '/api/suspension/check', headers: auth(t), payload: body })
    expect(check.statusCode).toBe(422)
    expect(check.json().error).toBe('SUSPEND_OPEN_ASSESSMENTS')
    const late = await app.inject({
      method: 'POST',
      url: '/api/suspension/check',
      headers: auth(t),
      payload: { ...body, stopDate: '2027-01-05' },
    })
    expect(late.json()).toEqual({ ok: true, suspendedFrom: '2027-01' })
    const status = await app.inject({ method: 'GET', url: '/api/registration', headers: auth(t) })
    expect(status.json().status).toBe('ACTIVE')
  })
})
