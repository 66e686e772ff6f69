// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { RegistrationStatus } from '@/api/schema'
import { firstOpenPeriod, monthRange } from '@/domain/frequency'
import { openMonthsFor } from '@/features/assess/model'

/** 天津's period parameters (按月 / 按季 / 按年); the free shape is the same without a frequency. */
const rules = { frequency: 'm_q_y', year_kind: 'calendar', cap_inclusive: true } as const
const openMonths = (months: string[], r: RegistrationStatus) => openMonthsFor(months, r, rules)

const year = monthRange('2026-01', '2026-12')
const reg = (patch: Partial<RegistrationStatus>): RegistrationStatus => ({
  registered: true,
  region: '640000',
  regionName: '宁夏回族自治区',
  district: '640104',
  category: 'OTHER_FLEXIBLE',
  ethnicity: '汉族',
  hukouType: null,
  mobileMasked: '139****0000',
  address: '宁夏银川市兴庆区解放东街1号',
  status: 'ACTIVE',
  workStartDate: '2026-01-01',
  retirementCategory: 'MALE_60',
  retirementMonth: '2040-01',
  suspendedFrom: null,
  suspendReason: null,
  resumedFrom: null,
  monthsCoveredThisYear: [],
  nextDueMonth: '2026-09',
  ...patch,
})

describe('缴费核定 default period: the first open months', () => {
  it('skips assessed months and stops before the next assessed one (never an overlap)', () => {
    const r = reg({ monthsCoveredThisYear: ['2026-01', '2026-02', '2026-06'] })
    expect(firstOpenPeriod(year, openMonths(year, r), '', rules)).toEqual({ start: '2026-03', end: '2026-05' })
  })

  it('stops before a suspension (停保 from 2026-10)', () => {
    const r = reg({ status: 'SUSPENDED', suspendedFrom: '2026-10' })
    expect(firstOpenPeriod(year, openMonths(year, r), '', rules)).toEqual({ start: '2026-01', end: '2026-09' })
  })

  it('keeps the frequency shape (天津 按季: the first whole open quarter)', () => {
    const r = reg({ monthsCoveredThisYear: ['2026-02'] })
    expect(firstOpenPeriod(year, openMonths(year, r), 'quarterly', rules)).toEqual({ start: '2026-04', end: '2026-06' })
    expect(firstOpenPeriod(year, openMonths(year, r), 'monthly', rules)).toEqual({ start: '2026-01', end: '2026-01' })
  })

  it('nothing open: no default', () => {
    expect(firstOpenPeriod(year, openMonths(year, reg({ monthsCoveredThisYear: year })), '', rules)).toBeUndefined()
  })
})
