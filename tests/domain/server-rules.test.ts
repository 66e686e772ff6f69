/**
 * Rules the server applies, as pure functions of the engine: the registration data of §1.8 and the contact
 * correction, the months due this year (§4), and the decisions around 停保/续保 (§7).
 */
import { describe, expect, it } from 'vitest'
import { getRegion } from '../../src/domain'
import { dueMonths } from '../../src/domain/due'
import {
  checkContactCorrection,
  checkRegistrationData,
  isLocalHukou,
  type RegistrationData,
} from '../../src/domain/registration'
import { checkResumable, checkSuspendable, mustSuspendAtCounter, suspensionOptions } from '../../src/domain/suspension'
import { TODAY } from '../support/today'

const codes = (ps: readonly { code: string }[]) => ps.map((p) => p.code)
const STORED: RegistrationData = {
  ethnicity: '汉族',
  hukou_type: 'LOCAL_URBAN',
  address: '银川市兴庆区解放西街1号',
  mobile: '13800000001',
}

describe('§1.8 registration data', () => {
  it('a new registration needs 民族, 联系地址 and 手机号码; every problem is told at once, in form order', () => {
    const r = checkRegistrationData({}, undefined)
    expect(codes(r.problems)).toEqual(['ETHNICITY_REQUIRED', 'ADDRESS_REQUIRED', 'MOBILE_REQUIRED'])
    expect(r.problems.every((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(true)
    expect(r.problems[0].detail).toEqual({ field: 'ethnicity' })
  })

  it('values outside the lists are refused; 户口性质 stays optional', () => {
    const r = checkRegistrationData(
      { ethnicity: '火星族', hukouType: 'MARS', address: '银川市兴庆区解放西街1号', mobile: '23800000001' },
      undefined,
    )
    expect(codes(r.problems)).toEqual(['ETHNICITY_INVALID', 'MOBILE_INVALID', 'HUKOU_TYPE_INVALID'])
    expect(r.problems[2].detail).toEqual({ field: 'hukouType' })
    const ok = checkRegistrationData(
      { ethnicity: '回族', address: ' 银川市兴庆区解放西街1号 ', mobile: '13800000002' },
      undefined,
    )
    expect(ok.problems).toEqual([])
    expect(ok.fields).toEqual({
      ethnicity: '回族',
      hukou_type: null,
      address: '银川市兴庆区解放西街1号',
      mobile: '13800000002',
    })
  })

  it('a region change keeps the stored values it omits; an empty value is a missing one', () => {
    expect(checkRegistrationData({}, STORED)).toEqual({ fields: STORED, problems: [] })
    const cleared = checkRegistrationData({ address: '  ' }, STORED)
    expect(codes(cleared.problems)).toEqual(['ADDRESS_REQUIRED'])
    expect(cleared.fields.address).toBeNull()
  })

  it('户口性质 LOCAL_* is 本地户籍; none or unknown says nothing', () => {
    expect(isLocalHukou('LOCAL_RURAL')).toBe(true)
    expect(isLocalHukou('NONLOCAL_URBAN')).toBe(false)
    expect(isLocalHukou(null)).toBeUndefined()
    expect(isLocalHukou('MARS')).toBeUndefined()
  })
})

describe('§1.8 更正联系方式', () => {
  it('nothing given is CONTACT_NOTHING_TO_CHANGE', () => {
    expect(codes(checkContactCorrection({}).problems)).toEqual(['CONTACT_NOTHING_TO_CHANGE'])
  })
  it('checks the mobile, then the address, by the rules of registration; values are trimmed', () => {
    expect(codes(checkContactCorrection({ mobile: '123', address: '😀😀😀😀😀' }).problems)).toEqual([
      'MOBILE_INVALID',
      'ADDRESS_CHARS_INVALID',
    ])
    expect(checkContactCorrection({ mobile: ' 13800000003 ' })).toEqual({
      mobile: '13800000003',
      address: undefined,
      problems: [],
    })
  })
})

describe('§4 months due this year', () => {
  const base = { today: '2026-05-10', yearKind: 'calendar' as const, retirementMonth: '2040-01', suspended: false }
  it('the first month from this month on that no record covers; revoked records cover nothing', () => {
    const due = dueMonths({
      ...base,
      records: [
        { start: '2025-11', end: '2026-06', status: 'PAID' },
        { start: '2026-07', end: '2026-07', status: 'REVOKED' },
        { start: '2026-08', end: '2026-08', status: 'CREATED' },
      ],
    })
    expect(due.monthsCoveredThisYear).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-08',
    ])
    expect(due.nextDueMonth).toBe('2026-07')
  })
  it('none while suspended, none after retirement, none once the year is covered', () => {
    expect(dueMonths({ ...base, records: [], suspended: true }).nextDueMonth).toBeNull()
    expect(dueMonths({ ...base, records: [], retirementMonth: '2026-04' }).nextDueMonth).toBeNull()
    expect(dueMonths({ ...base, records: [], retirementMonth: '2026-05' }).nextDueMonth).toBe('2026-05')
    expect(
      dueMonths({ ...base, records: [{ start: '2026-05', end: '2026-12', status: 'PAID' }] }).nextDueMonth,
    ).toBeNull()
  })
  it('the social-insurance year (July to June) where the rule set says so', () => {
    const due = dueMonths({
      ...base,
      yearKind: 'si_july',
      records: [{ start: '2025-06', end: '2026-06', status: 'PAID' }],
    })
    expect(due.monthsCoveredThisYear[0]).toBe('2025-07')
    expect(due.monthsCoveredThisYear.at(-1)).toBe('2026-06')
    expect(due.nextDueMonth).toBeNull()
  })
})

describe('§7 停保/续保 decisions', () => {
  it('not registered: NOT_REGISTERED for oneself, TARGET_NOT_REGISTERED for an agent', () => {
    expect(checkSuspendable({ registered: false, status: null, viaAgent: false })?.code).toBe('NOT_REGISTERED')
    expect(checkResumable({ registered: false, status: null, viaAgent: true })?.code).toBe('TARGET_NOT_REGISTERED')
  })
  it('suspending a suspended person, or resuming an active one, is a state conflict', () => {
    expect(checkSuspendable({ registered: true, status: 'SUSPENDED', viaAgent: false })).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      detail: { action: 'suspend', from: 'SUSPENDED' },
    })
    expect(checkSuspendable({ registered: true, status: 'ACTIVE', viaAgent: false })).toBeNull()
    expect(checkResumable({ registered: true, status: 'ACTIVE', viaAgent: false })?.detail).toEqual({
      action: 'resume',
      from: 'ACTIVE',
    })
    expect(checkResumable({ registered: true, status: 'SUSPENDED', viaAgent: true })).toBeNull()
  })
  it('an agent reports death or emigration at the counter, not online; other reasons and the person may', () => {
    expect(mustSuspendAtCounter(true, 'DEATH')).toBe(true)
    expect(mustSuspendAtCounter(true, 'EMIGRATION')).toBe(true)
    expect(mustSuspendAtCounter(true, 'VOLUNTARY')).toBe(false)
    expect(mustSuspendAtCounter(false, 'EMIGRATION')).toBe(false)
  })
  it('form options: from the registration month (never after today) to the last assessable month', () => {
    const nx = getRegion('640000')?.rule_set
    expect(nx).toBeDefined()
    const o = suspensionOptions({
      today: TODAY,
      registeredOn: '2026-12-01',
      records: [],
      rules: nx,
      viaAgent: false,
    })
    expect(o.earliestStopDate).toBe('2026-11-01')
    expect(o.reasons).not.toContain('DEATH')
    expect(o.latestStopDate >= '2026-11-30').toBe(true)
    const none = suspensionOptions({
      today: '2026-03-05',
      registeredOn: '2025-01-01',
      records: [],
      rules: undefined,
      viaAgent: true,
    })
    expect(none).toEqual({
      reasons: ['DEATH', 'TRANSFER_OUT', 'VOLUNTARY', 'EMIGRATION', 'OTHER_LEGAL'],
      earliestStopDate: '2025-01-01',
      latestStopDate: '2026-12-31',
    })
  })
})
