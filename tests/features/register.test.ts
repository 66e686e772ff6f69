// @vitest-environment jsdom
// 参保登记 without rendering: the steps as data, the reducer, what the form shows, what it sends.
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { Region, RegistrationStatus } from '@/api/schema'
import {
  EMPTY_FORM,
  STEPS,
  bodyOf,
  draftOf,
  formView,
  initialState,
  isFilled,
  isRegistering,
  notOfferedText,
  reducer,
  regionText,
  stepIndex,
  withoutProblemsOf,
  type Action,
  type RegisterState,
} from '@/features/register/model'
import { contactBody, contactProblems, contactReducer, initialContact } from '@/features/register/contact.model'

const NONE: RegistrationStatus = {
  registered: false,
  region: null,
  regionName: null,
  district: null,
  category: null,
  ethnicity: null,
  hukouType: null,
  mobileMasked: null,
  address: null,
  status: null,
  workStartDate: null,
  retirementCategory: null,
  retirementMonth: null,
  suspendedFrom: null,
  suspendReason: null,
  resumedFrom: null,
  monthsCoveredThisYear: [],
  nextDueMonth: null,
}
const REGISTERED: RegistrationStatus = {
  ...NONE,
  registered: true,
  region: '640000',
  regionName: '宁夏回族自治区',
  district: '640104',
  category: 'OTHER_FLEXIBLE',
  ethnicity: '回族',
  hukouType: 'LOCAL_URBAN',
  mobileMasked: '138****0001',
  address: '宁夏银川市兴庆区解放东街1号',
  status: 'ACTIVE',
}
const region = (code: string, name: string, reregister: string, districts: [string, string][] = []) =>
  ({ code, name, reregister, districts: districts.map(([c, n]) => ({ code: c, name: n })) }) as unknown as Region
const NX = region('640000', '宁夏回族自治区', 'change_region', [
  ['640104', '兴庆区'],
  ['640105', '西夏区'],
])
const WH = region('420100', '武汉市', 'refuse', [['420100', '武汉市']])
const TJ = region('120000', '天津市', 'change_region')
const REGIONS = [NX, WH, TJ]

const run = (actions: Action[], from: RegisterState = initialState) => actions.reduce(reducer, from)
const filled = { category: 'OTHER_FLEXIBLE', region: '640000', district: '640104', employee: 'NONE' } as const

describe('参保登记: steps as data', () => {
  it('the steps in order, with the Steps bar position of each stage', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['notice', 'form', 'done'])
    expect(['notice', 'form', 'done', 'view'].map((s) => stepIndex(s as never))).toEqual([0, 1, 3, 0])
  })

  it('the form may only be entered once the notice is agreed to; 登记完成 only with a result', () => {
    let s = run([{ type: 'loaded', registration: NONE }])
    expect(s.stage).toBe('notice')
    s = run([{ type: 'goTo', stage: 'form' }], s)
    expect(s.stage).toBe('notice')
    s = run(
      [
        { type: 'agree', agreed: true },
        { type: 'goTo', stage: 'form' },
      ],
      s,
    )
    expect(s.stage).toBe('form')
    expect(run([{ type: 'goTo', stage: 'done' }], s).stage).toBe('form')
  })
})

describe('参保登记: loading, the draft and a registration', () => {
  it('someone registered sees their registration (no draft applied)', () => {
    const draft = { stage: 'form' as const, agreed: true, form: { ...EMPTY_FORM, address: '草稿地址一号' } }
    const s = run([{ type: 'loaded', registration: REGISTERED, draft }])
    expect(s.stage).toBe('view')
    expect(s.form.address).toBe('')
  })

  it('a draft brings back what was entered and the step (on the first answer only)', () => {
    const draft = { stage: 'form' as const, agreed: true, form: { ...EMPTY_FORM, address: '草稿地址一号' } }
    let s = run([{ type: 'loaded', registration: NONE, draft }])
    expect(s).toMatchObject({ stage: 'form', agreed: true, form: { address: '草稿地址一号', ethnicity: '汉族' } })
    s = run(
      [
        { type: 'set', patch: { address: '新地址二号' } },
        { type: 'loaded', registration: NONE, draft },
      ],
      s,
    )
    expect(s.form.address).toBe('新地址二号')
    // a draft of the notice step (not agreed) opens the notice
    expect(run([{ type: 'loaded', registration: NONE, draft: { ...draft, agreed: false } }]).stage).toBe('notice')
  })

  it('a draft is kept while registering and something is entered', () => {
    const s = run([{ type: 'loaded', registration: NONE }])
    expect(isRegistering(s, NONE)).toBe(true)
    expect(isFilled(s)).toBe(false)
    const t = run([{ type: 'set', patch: { category: 'OTHER_FLEXIBLE' } }], s)
    expect(isFilled(t)).toBe(true)
    expect(draftOf(t)).toEqual({ stage: 'notice', agreed: false, form: t.form })
    expect(isRegistering(t, REGISTERED)).toBe(false)
  })

  it('registered: 登记完成 stays, whatever the answer refetched says', () => {
    const result = { action: 'REGISTERED' as const, registration: REGISTERED }
    let s = run([
      { type: 'loaded', registration: NONE },
      { type: 'registered', result },
    ])
    s = run([{ type: 'loaded', registration: REGISTERED }], s)
    expect(s).toMatchObject({ stage: 'done', result, attempted: false })
    expect(stepIndex(s.stage)).toBe(STEPS.length)
  })

  it('变更参保地 starts from the current registration; 取消 goes back', () => {
    let s = run([
      { type: 'loaded', registration: REGISTERED },
      { type: 'startChange', registration: REGISTERED },
    ])
    expect(s.stage).toBe('form')
    expect(s.form).toMatchObject({ region: '640000', district: '640104', ethnicity: '回族', mobile: '' })
    s = run([{ type: 'cancelChange' }], s)
    expect(s.stage).toBe('view')
  })
})

describe('参保登记: what the form shows', () => {
  const ctx = { registration: NONE, regions: REGIONS, loginPhone: '138****0001' }

  it('nothing shown before a first 提交; then every problem at once, each on its field', () => {
    let s = run([{ type: 'loaded', registration: NONE }])
    expect(formView(s, ctx).error).toBeUndefined()
    s = run([{ type: 'attempt', valid: false }], s)
    const v = formView(s, ctx)
    expect(v.error?.problems).toHaveLength(4)
    expect(Object.keys(v.fieldErrors)).toEqual(['category', 'region', 'employee', 'address'])
    // the summary follows each fix
    s = run([{ type: 'set', patch: { category: 'OTHER_FLEXIBLE' } }], s)
    expect(formView(s, ctx).error?.problems).toHaveLength(3)
    s = run([{ type: 'set', patch: { region: '640000' } }], s)
    expect(formView(s, ctx).fieldErrors.district).toContain('参保区县')
  })

  it('the login phone is used by default on H5; a typed number is checked by the engine’s rule', () => {
    const s = run([
      { type: 'loaded', registration: NONE },
      { type: 'set', patch: { ...filled, address: '宁夏银川市兴庆区解放东街1号' } },
    ])
    expect(formView(s, ctx).mobileChoice).toBe('login')
    expect(formView(s, ctx).local()).toEqual([])
    expect(bodyOf(s.form, 'login')).toMatchObject({ mobileFromLogin: true, address: '宁夏银川市兴庆区解放东街1号' })
    const other = run([{ type: 'set', patch: { mobileChoice: 'other', mobile: '12' } }], s)
    expect(
      formView(other, ctx)
        .local()
        .map((p) => p.code),
    ).toEqual(['MOBILE_INVALID'])
    expect(formView(other, { ...ctx, loginPhone: undefined }).mobileChoice).toBe('other')
  })

  it('on a region change a blank mobile keeps the stored one; only where a move is possible is offered', () => {
    const c = { registration: REGISTERED, regions: REGIONS, loginPhone: '138****0001' }
    const s = run([
      { type: 'loaded', registration: REGISTERED },
      { type: 'startChange', registration: REGISTERED },
    ])
    const v = formView(s, c)
    expect(v).toMatchObject({ changing: true, keepMobile: true, mobileChoice: 'other' })
    // category, region, district and address come from the registration; the employee question is asked again
    expect(v.local().map((p) => p.code)).toEqual(['EMPLOYEE_STATUS_REQUIRED'])
    expect(bodyOf({ ...s.form, employee: 'NONE' }, v.mobileChoice)).not.toHaveProperty('mobile')
    expect(v.offered.map((r) => r.code)).toEqual(['640000', '120000'])
    const note = notOfferedText(v.offered, v.notOffered, REGISTERED.region)
    expect(note).toContain('可在线变更到：宁夏回族自治区、天津市。武汉市按当地规定不接受已参保人员在线变更参保地')
    expect(notOfferedText([NX], [WH, TJ], '640000')).toMatch(/^您可以在宁夏回族自治区内变更参保区县。/)
  })

  it('the server’s problems stay on their fields until the field changes', () => {
    const refused = new ApiError('AGE_AT_OR_ABOVE_RETIREMENT', '您已达到法定退休年龄', 422, {}, [
      { code: 'AGE_AT_OR_ABOVE_RETIREMENT', message: '您已达到法定退休年龄' },
      { code: 'EMPLOYEE_INSURANCE_ACTIVE', message: '请中断缴费后再登记' },
    ])
    let s = run([
      { type: 'loaded', registration: NONE },
      { type: 'set', patch: { ...filled, employee: 'ACTIVE', address: '宁夏银川市兴庆区解放东街2号' } },
      { type: 'attempt', valid: true },
      { type: 'refused', error: refused },
    ])
    let v = formView(s, ctx)
    expect(v.error?.problems.map((p) => p.code)).toEqual(['AGE_AT_OR_ABOVE_RETIREMENT', 'EMPLOYEE_INSURANCE_ACTIVE'])
    expect(v.fieldErrors).toMatchObject({ person: '您已达到法定退休年龄', employee: '请中断缴费后再登记' })
    s = run([{ type: 'set', patch: { employee: 'NONE' } }], s)
    v = formView(s, ctx)
    expect(v.error?.problems.map((p) => p.code)).toEqual(['AGE_AT_OR_ABOVE_RETIREMENT'])
    // 岗位性质 decides the retirement age: choosing it clears the age problem
    expect(withoutProblemsOf(s.refused, ['postType'])).toBeUndefined()
    // choosing a region clears the district's problem too
    const district = new ApiError('DISTRICT_NOT_ALLOWED', 'x', 422, {}, [
      { code: 'DISTRICT_NOT_ALLOWED', message: 'x' },
    ])
    expect(withoutProblemsOf(district, ['region'])).toBeUndefined()
  })

  it('武汉: the district is not repeated after the region', () => {
    const wh = { ...REGISTERED, region: '420100', regionName: '武汉市', district: '420100' }
    expect(regionText(wh, WH)).toBe('武汉市')
    expect(regionText(REGISTERED, NX)).toBe('宁夏回族自治区 · 兴庆区')
  })
})

describe('更正联系方式', () => {
  it('sends only what changes; nothing changed is refused in the server’s words', () => {
    let s = initialContact(REGISTERED, false)
    expect(contactBody(s, REGISTERED)).toEqual({})
    expect(contactProblems(s, REGISTERED)).toEqual([]) // nothing before a first 保存
    s = contactReducer(s, { type: 'attempt' })
    expect(contactProblems(s, REGISTERED).map((p) => p.code)).toEqual(['CONTACT_NOTHING_TO_CHANGE'])
    s = contactReducer(s, { type: 'edit', patch: { mobileChoice: 'other', mobile: '12', address: '😀😀😀😀😀' } })
    expect(contactProblems(s, REGISTERED).map((p) => [p.code, p.field])).toEqual([
      ['MOBILE_INVALID', 'mobile'],
      ['ADDRESS_CHARS_INVALID', 'address'],
    ])
    s = contactReducer(s, { type: 'edit', patch: { mobile: '13700000017', address: ' 宁夏银川市金凤区北京中路8号 ' } })
    expect(contactProblems(s, REGISTERED)).toEqual([])
    expect(contactBody(s, REGISTERED)).toEqual({ mobile: '13700000017', address: '宁夏银川市金凤区北京中路8号' })
    expect(contactBody({ ...s, mobileChoice: 'login' }, REGISTERED)).toMatchObject({ mobileFromLogin: true })
  })

  it('after saving: the new address shown, the mobile choice back to 不修改', () => {
    const saved = { ...REGISTERED, address: '宁夏银川市金凤区北京中路8号', mobileMasked: '137****0017' }
    const s = contactReducer(
      { ...initialContact(REGISTERED, true), attempted: true, mobileChoice: 'other', mobile: '13700000017' },
      { type: 'saved', registration: saved },
    )
    expect(s).toEqual({
      open: true,
      mobileChoice: 'keep',
      mobile: '',
      address: '宁夏银川市金凤区北京中路8号',
      attempted: false,
      saved: true,
    })
  })
})
