// @vitest-environment jsdom
// 停保/续保 without rendering: the stage, the form's answers, what is offered (the server's options).
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { RegistrationStatus, SuspensionOptions } from '@/api/schema'
import {
  SUSPEND_FIELDS,
  initialState,
  missing,
  offeredReasons,
  openRecordsOf,
  pickerStart,
  reducer,
  stageOf,
  suspendConfirmText,
  type Action,
  type SuspendState,
} from '@/features/suspend/model'

const ACTIVE = { registered: true, status: 'ACTIVE', suspendedFrom: null } as unknown as RegistrationStatus
const SUSPENDED = { registered: true, status: 'SUSPENDED', suspendedFrom: '2026-09' } as unknown as RegistrationStatus
const NONE = { registered: false, status: null } as unknown as RegistrationStatus
const OPTIONS: SuspensionOptions = {
  reasons: ['TRANSFER_OUT', 'VOLUNTARY', 'EMIGRATION', 'OTHER_LEGAL'],
  earliestStopDate: '2026-09-01',
  latestStopDate: '2026-12-31',
}
const run = (actions: Action[], from: SuspendState = initialState) => actions.reduce(reducer, from)

describe('停保/续保: what the page offers', () => {
  it('the stage follows the registration', () => {
    expect(stageOf(NONE, false)).toBe('unregistered')
    expect(stageOf(ACTIVE, false)).toBe('active')
    expect(stageOf(ACTIVE, true)).toBe('resumed')
    expect(stageOf(SUSPENDED, false)).toBe('suspended')
  })

  it('the reasons are the server’s (no 参保人死亡 for oneself); the picker opens inside its range', () => {
    expect(offeredReasons(OPTIONS).map((r) => r.value)).toEqual(OPTIONS.reasons)
    expect(offeredReasons(OPTIONS).find((r) => r.value === 'VOLUNTARY')?.label).toBe('本人自愿申请停止参保')
    expect(pickerStart(OPTIONS, '2026-09-15')).toBe('2026-09-15')
    expect(pickerStart(OPTIONS, '2026-08-15')).toBe('2026-09-01')
    expect(pickerStart(OPTIONS, '2027-01-02')).toBe('2026-12-31')
    expect(pickerStart(undefined, '2026-08-15')).toBe('2026-08-15')
  })

  it('the records named by the server’s refusal are linked', () => {
    const open = new ApiError('SUSPEND_OPEN_ASSESSMENTS', '请先撤销这些核定', 422, { assessments: ['A1', 'A2'] })
    expect(openRecordsOf(open)).toEqual(['A1', 'A2'])
    expect(openRecordsOf(new ApiError('SUSPEND_DATE_CONFLICT', 'x', 422, { assessments: ['A1'] }))).toEqual([])
    expect(openRecordsOf(undefined)).toEqual([])
  })
})

describe('停保/续保: the form', () => {
  it('nothing chosen: both problems at once, each on its field; choosing clears its own', () => {
    expect(SUSPEND_FIELDS.map((f) => f.id)).toEqual(['reason', 'stopDate'])
    let s = run([{ type: 'attempt' }])
    expect(s.fieldErrors).toEqual({ reason: '请选择停保原因。', stopDate: '请选择停保日期。' })
    expect(s.error?.problems.map((p) => p.message)).toEqual(['请选择停保原因。', '请选择停保日期。'])
    s = run([{ type: 'reason', reason: 'VOLUNTARY' }], s)
    expect(s.fieldErrors.reason).toBeUndefined()
    expect(s.fieldErrors.stopDate).toBe('请选择停保日期。')
    s = run([{ type: 'stopDate', stopDate: '2026-09-15' }, { type: 'attempt' }], s)
    expect(missing(s)).toEqual({})
    expect(s.error).toBeUndefined()
  })

  it('suspended: the month said, the form emptied; resumed: a success state', () => {
    let s = run([
      { type: 'reason', reason: 'VOLUNTARY' },
      { type: 'stopDate', stopDate: '2026-09-15' },
      { type: 'suspended', status: SUSPENDED, stopDate: '2026-09-15' },
    ])
    expect(s).toMatchObject({ notice: '已办理停保：自2026年9月起停保。', reason: undefined, stopDate: undefined })
    s = run([{ type: 'resumed' }], s)
    expect(s).toMatchObject({ notice: undefined, resumed: true })
    expect(suspendConfirmText('2026-09-15')).toContain('2026年9月及以后的月份不能再核定缴费')
  })

  it('the server’s check refusal is kept until the next attempt', () => {
    const refused = new ApiError('SUSPEND_DATE_CONFLICT', '停保年月须在最后一个已缴费月份之后', 422)
    const s = run([
      { type: 'reason', reason: 'VOLUNTARY' },
      { type: 'stopDate', stopDate: '2026-09-15' },
      { type: 'checking', checking: true },
      { type: 'error', error: refused },
      { type: 'checking', checking: false },
    ])
    expect(s).toMatchObject({ error: refused, checking: false })
    expect(run([{ type: 'attempt' }], s).error).toBeUndefined()
  })
})
