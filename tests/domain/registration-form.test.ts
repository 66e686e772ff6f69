import { describe, expect, it } from 'vitest'
import { messageOf } from '../../src/domain/messages'
import {
  checkCategory,
  checkContactChange,
  checkEmployeeStatus,
  checkEthnicity,
  checkHukouType,
  checkRegion,
  checkRegistrationForm,
} from '../../src/domain/registration-form'
import { refusal } from '../../src/domain/errors'

const VALID = {
  category: 'OTHER_FLEXIBLE',
  region: '640000',
  districtsOfRegion: ['640104', '640105'],
  district: '640104',
  employeeInsuranceStatus: 'NONE',
  ethnicity: '回族',
  address: '宁夏银川市兴庆区解放东街1号',
}

describe('registration form checks (§1.8): the server’s codes and words', () => {
  it('says what the server says for 民族, 户口性质 and nothing to change', () => {
    // the server refuses with these codes too (mock-server/src/services/registration.ts), and both take the words
    // from the one catalogue
    const problems = [checkEthnicity(''), checkEthnicity('火星族'), checkHukouType('城里'), ...checkContactChange({})]
    expect(problems.map((p) => p?.code)).toEqual([
      'ETHNICITY_REQUIRED',
      'ETHNICITY_INVALID',
      'HUKOU_TYPE_INVALID',
      'CONTACT_NOTHING_TO_CHANGE',
    ])
    for (const p of problems) expect(p?.message).toBe(messageOf(p!.code))
  })

  it('民族: required, from the list', () => {
    expect(checkEthnicity('回族')).toBeNull()
    expect(checkEthnicity('其他')).toBeNull()
    expect(checkEthnicity('')).toMatchObject({ code: 'ETHNICITY_REQUIRED', field: 'ethnicity' })
    expect(checkEthnicity(undefined)?.code).toBe('ETHNICITY_REQUIRED')
    expect(checkEthnicity('火星族')).toMatchObject({ code: 'ETHNICITY_INVALID', field: 'ethnicity' })
  })

  it('户口性质: optional; a code outside the four is refused like the server does', () => {
    expect(checkHukouType(undefined)).toBeNull()
    expect(checkHukouType('')).toBeNull()
    expect(checkHukouType('LOCAL_RURAL')).toBeNull()
    expect(checkHukouType('MARS')).toMatchObject({ code: 'HUKOU_TYPE_INVALID', field: 'hukouType' })
  })

  it('参保身份, 参保地区/区县 and the employee question must be answered', () => {
    expect(checkCategory(undefined)).toMatchObject({ code: 'CATEGORY_REQUIRED', field: 'category' })
    expect(checkCategory('EMPLOYER')).toMatchObject({
      code: 'CATEGORY_NOT_ELIGIBLE',
      message: refusal('CATEGORY_NOT_ELIGIBLE').message,
    })
    expect(checkCategory('SELF_EMPLOYED_NO_EMPLOYEES')).toBeNull()
    expect(checkRegion(undefined, undefined, [])).toMatchObject({
      code: 'REGION_REQUIRED',
      field: 'region',
      message: refusal('REGION_REQUIRED').message,
    })
    expect(checkRegion('640000', undefined, ['640104'])).toMatchObject({ code: 'DISTRICT_REQUIRED', field: 'district' })
    expect(checkRegion('420100', undefined, [])).toBeNull()
    expect(checkEmployeeStatus('')).toMatchObject({ code: 'EMPLOYEE_STATUS_REQUIRED', field: 'employee' })
    expect(checkEmployeeStatus('ACTIVE')).toBeNull() // the rule about an active employment is the server's
  })

  it('the whole form: every problem at once, in the order of the fields', () => {
    expect(checkRegistrationForm(VALID)).toEqual([])
    const empty = checkRegistrationForm({ districtsOfRegion: [], ethnicity: '汉族', address: '' })
    expect(empty.map((p) => p.field)).toEqual(['category', 'region', 'employee', 'address'])
    // a typed mobile is checked by the engine's rule; the login phone (undefined) is not typed
    const typed = checkRegistrationForm({ ...VALID, mobile: '12' })
    expect(typed).toEqual([expect.objectContaining({ code: 'MOBILE_INVALID', field: 'mobile' })])
    const emoji = checkRegistrationForm({ ...VALID, address: '😀😀😀😀😀' })
    expect(emoji[0]).toMatchObject({ code: 'ADDRESS_CHARS_INVALID', field: 'address' })
    expect(emoji[0].message).toBe(messageOf('ADDRESS_CHARS_INVALID'))
  })

  it('更正联系方式: nothing to change is refused; a new mobile or address is checked', () => {
    expect(checkContactChange({})).toEqual([
      { code: 'CONTACT_NOTHING_TO_CHANGE', message: messageOf('CONTACT_NOTHING_TO_CHANGE') },
    ])
    expect(checkContactChange({ mobileFromLogin: true })).toEqual([])
    expect(checkContactChange({ address: '宁夏银川市金凤区北京中路8号' })).toEqual([])
    expect(checkContactChange({ mobile: '12', address: '😀😀😀😀😀' }).map((p) => [p.code, p.field])).toEqual([
      ['MOBILE_INVALID', 'mobile'],
      ['ADDRESS_CHARS_INVALID', 'address'],
    ])
  })
})
