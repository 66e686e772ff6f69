/**
 * routes/registration.ts (/api/registration): status, eligibility refusals all at once, region change,
 * duplicates, retirement age.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeId, NX, person, PERSON_DATA, type TestApp, TJ } from '../helpers'
import { expectNoUnmaskedIds, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]
let self: string, unreg: string

beforeAll(async () => {
  ;({ app, logs, self, unreg } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post, get } = requests(() => app)

describe('registration', () => {
  it('status of an unregistered person', async () => {
    expect((await get('/api/registration', unreg)).json()).toMatchObject({ registered: false, status: null })
  })
  it('all eligibility problems in one answer', async () => {
    const r = await post('/api/registration', unreg, {
      region: '640000',
      category: 'EMPLOYER_WITH_STAFF',
      employeeInsuranceStatus: 'ACTIVE',
      ...PERSON_DATA,
    })
    expect(r.statusCode).toBe(422)
    const codes = r.json().errors.map((e: any) => e.code)
    expect(codes).toEqual(['REGION_REQUIRED', 'CATEGORY_NOT_ELIGIBLE', 'EMPLOYEE_INSURANCE_ACTIVE'])
    expect(r.json().error).toBe('REGION_REQUIRED')
    expect(
      (await post('/api/registration', unreg, { region: '999999', category: 'OTHER_FLEXIBLE' })).json().error,
    ).toBe('REGION_REQUIRED')
  })
  it('Ningxia re-registration changes region; Tianjin refuses duplicates', async () => {
    const r = await post('/api/registration', self, {
      region: '640000',
      district: '640105',
      category: 'OTHER_FLEXIBLE',
    })
    expect(r.statusCode).toBe(200)
    expect(r.json()).toMatchObject({
      action: 'REGION_CHANGED',
      registration: { district: '640105', retirementMonth: expect.any(String) },
    })
    const t = await person(app, 'tj', '李四津', makeId('120101', '1992-09-09', '015'), TJ)
    const again = await post('/api/registration', t, { ...TJ, category: 'OTHER_FLEXIBLE' })
    expect(again.json().error).toBe('ALREADY_REGISTERED')
  })
  it('above retirement age is refused', async () => {
    const t = await person(app, 'old', '老人', makeId('640104', '1960-01-01', '011'))
    const r = await post('/api/registration', t, { ...NX, category: 'OTHER_FLEXIBLE' })
    expect(r.json().error).toBe('AGE_AT_OR_ABOVE_RETIREMENT')
  })
})
