/**
 * Registration data of RULES.md §1.8 (民族, 户口性质, 联系地址, 手机号码): stored, returned (mobile
 * masked), refused all at once with the rule refusals, reused on a region change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ETHNICITIES } from '../../../src/domain/ethnicities'
import { NX, PERSON_DATA, TJ, auth, bindAgent, makeApp, makeId, person, type TestApp } from '../helpers'

let app: TestApp
let close: () => Promise<void>

beforeAll(async () => {
  const made = await makeApp()
  app = made.app
  close = () => made.app.close()
})
afterAll(async () => close())

const post = (token: string, payload: unknown) =>
  app.inject({ method: 'POST', url: '/api/registration', headers: auth(token), payload: payload as object })
const get = (token: string, url = '/api/registration') => app.inject({ method: 'GET', url, headers: auth(token) })
const codes = (r: { json: () => any }) => r.json().errors.map((e: { code: string }) => e.code)

describe('registration data fields', () => {
  it('the list holds the 56 民族 and 其他', () => {
    expect(ETHNICITIES).toHaveLength(57)
    expect(new Set(ETHNICITIES).size).toBe(57)
    expect(ETHNICITIES[0]).toBe('汉族')
    expect(ETHNICITIES).toContain('其他')
  })

  it('a new registration stores and returns them (mobile masked, address trimmed)', async () => {
    const t = await person(app, 'rf1', '马回', makeId('640104', '1990-03-03', '011'))
    const r = await post(t, {
      ...NX,
      category: 'OTHER_FLEXIBLE',
      ethnicity: '回族',
      hukouType: 'LOCAL_RURAL',
      address: '  宁夏银川市兴庆区解放东街1号  ',
      mobile: '13800000001',
    })
    expect(r.statusCode).toBe(201)
    const expected = {
      ethnicity: '回族',
      hukouType: 'LOCAL_RURAL',
      address: '宁夏银川市兴庆区解放东街1号',
      mobileMasked: '138****0001',
    }
    expect(r.json().registration).toMatchObject(expected)
    expect(r.body).not.toContain('13800000001')
    const st = await get(t)
    expect(st.json()).toMatchObject({ registered: true, ...expected })
    expect(st.body).not.toContain('13800000001')
    // the audit keeps the change, not the contact data
    const act = await get(t, '/api/me/activity')
    expect(act.statusCode).toBe(200)
    expect(act.body).not.toContain('13800000001')
    expect(act.body).not.toContain('解放东街')
  })

  it('an unregistered person has null fields', async () => {
    const t = await person(app, 'rf0', '未登', makeId('640104', '1991-04-04', '013'))
    expect((await get(t)).json()).toMatchObject({
      registered: false,
      ethnicity: null,
      hukouType: null,
      mobileMasked: null,
      address: null,
    })
  })

  it('missing ethnicity, address and mobile are refused all at once (422, Chinese messages)', async () => {
    const t = await person(app, 'rf2', '缺项', makeId('640104', '1992-05-05', '015'))
    const r = await post(t, { ...NX, category: 'OTHER_FLEXIBLE' })
    expect(r.statusCode).toBe(422)
    expect(r.json()).toMatchObject({ ok: false, error: 'ETHNICITY_REQUIRED' })
    expect(codes(r)).toEqual(['ETHNICITY_REQUIRED', 'ADDRESS_REQUIRED', 'MOBILE_REQUIRED'])
    for (const e of r.json().errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    expect((await get(t)).json().registered).toBe(false)
  })

  it('invalid values are refused all at once, together with the rule refusals', async () => {
    const t = await person(app, 'rf3', '错项', makeId('640104', '1993-06-06', '017'))
    const bad = { ethnicity: '火星族', address: ' 短 ', mobile: '2380000000', hukouType: 'CITY' }
    const r = await post(t, { ...NX, category: 'OTHER_FLEXIBLE', ...bad })
    expect(r.statusCode).toBe(422)
    expect(codes(r)).toEqual(['ETHNICITY_INVALID', 'ADDRESS_INVALID', 'MOBILE_INVALID', 'HUKOU_TYPE_INVALID'])
    expect(r.json().errors[1].detail).toMatchObject({ field: 'address', min: 5, max: 100 })

    const mixed = await post(t, { region: '640000', category: 'EMPLOYER_WITH_STAFF', ...bad })
    expect(mixed.statusCode).toBe(422)
    expect(codes(mixed)).toEqual([
      'REGION_REQUIRED',
      'CATEGORY_NOT_ELIGIBLE',
      'ETHNICITY_INVALID',
      'ADDRESS_INVALID',
      'MOBILE_INVALID',
      'HUKOU_TYPE_INVALID',
    ])
    const unknownRegion = await post(t, { region: '999999', category: 'OTHER_FLEXIBLE' })
    expect(codes(unknownRegion)).toEqual([
      'REGION_REQUIRED',
      'ETHNICITY_REQUIRED',
      'ADDRESS_REQUIRED',
      'MOBILE_REQUIRED',
    ])

    const long = await post(t, { ...NX, category: 'OTHER_FLEXIBLE', ...PERSON_DATA, address: '长'.repeat(101) })
    expect(codes(long)).toEqual(['ADDRESS_INVALID'])
    expect((await get(t)).json().registered).toBe(false)
  })

  it('unknown fields are still refused (400 VALIDATION_FAILED)', async () => {
    const t = await person(app, 'rf4', '多项', makeId('640104', '1994-07-07', '019'))
    const r = await post(t, { ...NX, category: 'OTHER_FLEXIBLE', ...PERSON_DATA, nation: '汉族' })
    expect(r.statusCode).toBe(400)
    expect(r.json().error).toBe('VALIDATION_FAILED')
    expect(r.json().detail.fields).toEqual([{ field: 'nation', rule: 'additionalProperties', in: 'body' }])
    const huge = await post(t, { ...NX, category: 'OTHER_FLEXIBLE', ...PERSON_DATA, address: 'x'.repeat(301) })
    expect(huge.statusCode).toBe(400)
  })

  it('a region change keeps the stored values when omitted, and replaces those supplied', async () => {
    const t = await person(app, 'rf5', '变更', makeId('640104', '1989-08-08', '021'), NX)
    const r = await post(t, { region: '640000', district: '640105', category: 'OTHER_FLEXIBLE' })
    expect(r.statusCode).toBe(200)
    expect(r.json().registration).toMatchObject({
      district: '640105',
      ethnicity: '汉族',
      address: PERSON_DATA.address,
      mobileMasked: '139****0000',
      hukouType: null,
    })
    const r2 = await post(t, {
      region: '640000',
      district: '640104',
      category: 'OTHER_FLEXIBLE',
      mobile: '13712345678',
      hukouType: 'NONLOCAL_URBAN',
    })
    expect(r2.json().registration).toMatchObject({ mobileMasked: '137****5678', hukouType: 'NONLOCAL_URBAN' })
    const bad = await post(t, { region: '640000', district: '640104', category: 'OTHER_FLEXIBLE', mobile: '123' })
    expect(bad.statusCode).toBe(422)
    expect(codes(bad)).toEqual(['MOBILE_INVALID'])
  })

  it('a Tianjin duplicate keeps ALREADY_REGISTERED as the primary refusal', async () => {
    const t = await person(app, 'rf6', '津重', makeId('120101', '1992-09-09', '023'), TJ)
    const again = await post(t, { ...TJ, category: 'OTHER_FLEXIBLE', mobile: 'abc' })
    expect(again.statusCode).toBe(422)
    expect(codes(again)).toEqual(['ALREADY_REGISTERED', 'MOBILE_INVALID'])
  })

  it('an agent sees the bound person’s address and masked mobile', async () => {
    const parentId = makeId('640106', '1968-03-01', '031')
    const parent = await person(app, 'rf7p', '吴父', parentId, NX)
    const agent = await person(app, 'rf7a', '吴六', makeId('640106', '1995-05-05', '035'))
    const ref = await bindAgent(app, agent, parent, { name: '吴父', idNumber: parentId })
    const st = await get(agent, `/api/registration?personRef=${ref}`)
    expect(st.json()).toMatchObject({ address: PERSON_DATA.address, mobileMasked: '139****0000', ethnicity: '汉族' })
  })
})
