// @vitest-environment jsdom
// 核定记录 / 核定详情 / 税务缴费 without rendering: filters, words, and what a record offers (the engine's).
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { Assessment } from '@/api/schema'
import { allowedActions } from '@/domain/revocation'
import {
  actionDialog,
  actionsOf,
  baseInputText,
  detailOperatorText,
  doneText,
  emptyText,
  FILTERS,
  isRecordId,
  mayHaveChanged,
  notFound,
  operatorText,
  ownerText,
  payDialog,
  periodText,
  statusOf,
} from '@/features/records/model'

const rec = (patch: Partial<Assessment> = {}): Assessment =>
  ({
    id: 'A1',
    status: 'CREATED',
    taxRevoked: false,
    start: '2026-01',
    end: '2026-03',
    months: 3,
    total: '3007.80',
    baseKind: 'amount',
    baseInput: '5013',
    owner: { self: true, nameMasked: '张*', idNumberMasked: '1201**********0011' },
    operator: { self: true, byAgent: false, label: '张*' },
    ...patch,
  }) as Assessment

describe('the list', () => {
  it('filters by status, and says which list is empty', () => {
    expect(FILTERS.map((f) => f.key)).toEqual(['ALL', 'CREATED', 'TRANSMITTED', 'PAID', 'REVOKED'])
    expect(statusOf('ALL')).toBeUndefined()
    expect(statusOf('PAID')).toBe('PAID')
    expect(emptyText('ALL')).toBe('暂无核定记录')
    expect(emptyText('CREATED')).toBe('暂无“待传输”的核定记录')
  })

  it('names who did it in plain words (an agent, oneself, a deleted account)', () => {
    expect(operatorText(rec())).toBe('本人办理')
    expect(operatorText(rec({ operator: { self: false, byAgent: true, label: '王*某' } } as Partial<Assessment>))).toBe(
      '由 王*某 代办',
    )
    expect(
      operatorText(
        rec({ operator: { self: false, byAgent: true, label: '已注销用户#5c20c273' } } as Partial<Assessment>),
      ),
    ).toBe('由 已注销的代办人 代办')
    expect(detailOperatorText(rec(), '张三')).toBe('张三（本人）')
    expect(ownerText(rec(), '')).toBe('张*（本人）')
    expect(periodText(rec())).toBe('2026年1月–2026年3月（共3个月）')
    expect(baseInputText(rec({ baseKind: 'tier', baseInput: '100' }))).toBe('100%（缴费档次）')
    expect(baseInputText(rec({ baseKind: 'declared_wage', baseInput: '6000' }))).toBe('6000 元（申报月工资收入）')
  })
})

describe('what a record offers is the engine’s', () => {
  it('the same as allowedActions for every status', () => {
    for (const status of ['CREATED', 'TRANSMITTED', 'PAID', 'REVOKED'] as const)
      for (const taxRevoked of [false, true])
        expect(actionsOf(rec({ status, taxRevoked }))).toEqual(allowedActions({ status, taxRevoked }))
  })

  it('the revoke confirmation says when the tax bureau must revoke first', () => {
    expect(actionDialog('revoke', rec()).content).toContain('撤销后本核定作废')
    expect(actionDialog('revoke', rec({ status: 'TRANSMITTED' })).content).toContain('只有税务部门撤销后')
    expect(actionDialog('revoke', rec({ status: 'TRANSMITTED', taxRevoked: true })).content).toContain(
      '撤销后本核定作废',
    )
    expect(actionDialog('transmit', rec())).toMatchObject({ title: '传输到税务', confirmText: '确认传输' })
    expect(payDialog(rec()).content).toContain('¥3,007.80')
    expect(doneText('transmit')).toBe('已传输到税务部门。')
  })
})

describe('links and refusals', () => {
  it('only a possible 核定流水号 is asked for; others are “not found” in words', () => {
    expect(isRecordId('A20260915001')).toBe(true)
    for (const bad of ['', '../x', 'a b', 'x'.repeat(41), '<script>']) expect(isRecordId(bad)).toBe(false)
    expect(notFound().message).toContain('没有找到这条核定记录')
  })

  it('a conflict or a rule refusal may mean the record changed elsewhere', () => {
    expect(mayHaveChanged(new ApiError('X', 'x', 409))).toBe(true)
    expect(mayHaveChanged(new ApiError('X', 'x', 422))).toBe(true)
    expect(mayHaveChanged(new ApiError('NETWORK', 'x'))).toBe(false)
  })
})
