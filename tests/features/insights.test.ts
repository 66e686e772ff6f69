// @vitest-environment jsdom
// 算得清 without rendering: the estimate form's inputs → the query asked, the result card's data,
// the comparison's chosen row and bars, the history's gaps; and the kept answer while re-asking.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import { ApiError, http } from '@/api/client'
import type { ComparisonResult, ComparisonRow, EstimateResult, HistoryResult } from '@/api/schema'
import { clearQueries, keyOf } from '@/query/cache'
import { queries } from '@/query/queries'
import { useActingFor } from '@/store/actingFor'
import {
  FIELDS,
  PARTS,
  accountText,
  assessBase,
  estimateInit,
  estimateReducer,
  fieldError,
  futureText,
  sameAssumptions,
} from '@/features/insights/estimate.model'
import { barShares, chooseLabel, chosenRow, optionLabel, rowCells } from '@/features/insights/compare.model'
import { gapAction, yearBar } from '@/features/insights/history.model'
import { monthsText } from '@/features/insights/Years'
import { useKeptQuery } from '@/features/insights/useKeptQuery'

afterEach(() => {
  vi.restoreAllMocks()
  useActingFor.getState().actForSelf()
  clearQueries(['app', 'account', 'person'])
})

const estimate = (over: Partial<EstimateResult['context']> = {}) =>
  ({
    person: { self: true, nameMasked: '孙*算', regionName: '宁夏回族自治区', inputMode: 'ningxia' },
    context: {
      retirementMonth: '2036-02',
      pensionBaseDefault: '8000.00',
      futureMonths: 120,
      futureFrom: '2026-07',
      futureUntil: '2036-01',
      ...over,
    },
    base: { input: '100', kind: 'percent', base: '7000.00', monthly: '1400.00', explanation: '按社平工资的100%。' },
    estimate: { total: '2100.00', basic: '1500.00', personalAccount: '600.00', account: '83000.00', avgIndex: '0.9' },
    explanation: { basic: '基础养老金这样算', account: '个人账户养老金这样算', years: '年限' },
  }) as unknown as EstimateResult

describe('养老金测算: the form and the query it asks', () => {
  it('opens with the base handed over by 档次对比 and asks for exactly that', () => {
    const s = estimateInit({ base: '150' })
    expect(s.applied).toEqual({ base: '150', interestRate: '', pensionBase: '', openingBalance: '' })
    expect(keyOf(queries.estimate(s.applied))).toBe('a:-|p:self|estimate|150,,,')
  })

  it('editing changes the form, not the question; 重新测算 asks for what the form holds', () => {
    let s = estimateInit({})
    s = estimateReducer(s, { type: 'edit', patch: { interestRate: '2.62' } })
    expect(s.applied.interestRate).toBe('')
    expect(sameAssumptions(s.form, s.applied)).toBe(false)
    s = estimateReducer(s, { type: 'run' })
    expect(s.applied).toEqual({ base: '', interestRate: '2.62', pensionBase: '', openingBalance: '' })
    expect(sameAssumptions(s.form, s.applied)).toBe(true)
    expect(keyOf(queries.estimate(s.applied))).toBe('a:-|p:self|estimate|,2.62,,')
  })

  it('an answer fills only what the user left empty', () => {
    let s = estimateReducer(estimateInit({}), { type: 'edit', patch: { pensionBase: '9000' } })
    s = estimateReducer(s, { type: 'answer', result: estimate() })
    expect(s.form).toEqual({ base: '100', interestRate: '', pensionBase: '9000', openingBalance: '' })
    expect(assessBase(s.form, estimate())).toBe('100')
    expect(assessBase({ ...s.form, base: '' }, estimate())).toBe('100')
  })

  it('puts each refusal next to its field (base and tier refusals to the base)', () => {
    const problems = [
      { code: 'VALUE_RANGE', message: '记账利率须在 0 到 10 之间', detail: { field: 'interestRate' } },
      { code: 'TIER_UNKNOWN', message: '没有这个档次' },
    ]
    expect(fieldError(problems, 'interestRate')).toBe('记账利率须在 0 到 10 之间')
    expect(fieldError(problems, 'base')).toBe('没有这个档次')
    expect(fieldError(problems, 'openingBalance')).toBeUndefined()
    expect(fieldError(undefined, 'base')).toBeUndefined()
  })

  it('the result card: both parts from one table, the fields and the derivations as data', () => {
    const r = estimate()
    expect(PARTS.map((p) => [p.id, p.label, p.value(r), p.how(r)])).toEqual([
      ['basic', '基础养老金', '1500.00', '基础养老金这样算'],
      ['account', '个人账户养老金', '600.00', '个人账户养老金这样算'],
    ])
    expect(FIELDS.map((f) => f.id)).toEqual(['base', 'pensionBase', 'interestRate', 'openingBalance'])
    expect(FIELDS[0].hint(r)).toContain('60 到 300')
    expect(FIELDS[1].hint(r)).toContain('8,000.00')
    expect(accountText(r, { interestRate: '2.62', openingBalance: '' })).toContain('按年记账利率 2.62% 计息')
    expect(accountText(r, undefined)).toContain('未计利息')
    expect(futureText(r)).toContain('共 120 个月')
    expect(futureText(estimate({ futureMonths: 0 }))).toBe('到法定退休年月前已没有可以继续缴费的月份。')
  })
})

const row = (input: string, over: Partial<ComparisonRow> = {}) =>
  ({
    input,
    kind: 'tier',
    percent: Number(input),
    base: '5000.00',
    monthly: String(Number(input) * 10),
    costUntilRetirement: '100000.00',
    paybackYears: '8.5',
    estimate: { total: String(Number(input) * 20) },
    ...over,
  }) as unknown as ComparisonRow

describe('档次对比', () => {
  const data = {
    person: { self: true, nameMasked: '周*', inputMode: 'tier' },
    context: { defaultBase: '100' },
    rows: [row('60'), row('100'), row('300', { paybackYears: null })],
  } as unknown as ComparisonResult

  it('the chosen row is the tapped one, else the base the records use', () => {
    expect(chosenRow(data, '')?.input).toBe('100')
    expect(chosenRow(data, '300')?.input).toBe('300')
    expect(chosenRow(undefined, '300')).toBeUndefined()
    expect(chooseLabel(chosenRow(data, '60'), data.rows)).toBe('按 60%档 去缴费核定')
    expect(chooseLabel(undefined, data.rows)).toBe('请先选择一行')
  })

  it('bars are shares of the largest value; a row names itself as its region reads it', () => {
    expect(barShares(data.rows).map((s) => s.cost)).toEqual([0.2, 1 / 3, 1])
    expect(barShares([])).toEqual([])
    const amounts = [
      row('4000', { kind: 'amount', percent: null, base: '4000' }),
      row('20000', { kind: 'amount', percent: null, base: '20000' }),
    ]
    expect(optionLabel(amounts[0], amounts)).toBe('¥4,000.00（下限）')
    expect(optionLabel(amounts[1], amounts)).toBe('¥20,000.00（上限）')
    expect(optionLabel(row('9000', { kind: 'declared_wage', base: '9000' }))).toBe('申报工资 ¥9,000.00')
    expect(rowCells(data.rows[2]).map((c) => c.value)).toContain('—')
  })
})

describe('缴费记录 and 缴费年限', () => {
  const year = {
    year: 2026,
    paidMonths: 3,
    assessedMonths: 3,
    gaps: [
      { start: '2026-07', end: '2026-09', months: 3, payable: { start: '2026-07', end: '2026-09' } },
      { start: '2019-01', end: '2019-12', months: 12, payable: null },
    ],
  } as unknown as HistoryResult['years'][number]

  it('a year’s bar and its gaps', () => {
    expect(yearBar(year)).toEqual({
      speech: '2026年 已缴费3个月，已核定待缴费3个月',
      months: '6/12 个月',
      paid: '25%',
      assessed: '25%',
    })
    expect(gapAction(year.gaps[0])).toEqual({
      label: '补缴 2026年7月–2026年9月',
      params: { start: '2026-07', end: '2026-09' },
    })
    expect(gapAction(year.gaps[1])).toBeUndefined()
  })

  it('months in years and months', () => {
    expect(monthsText(186)).toBe('186个月（15年6个月）')
    expect(monthsText(0)).toBe('0个月（0个月）')
  })
})

describe('useKeptQuery: the last good answer stays while new arguments load or are refused', () => {
  it('keeps the answer shown, with its arguments, when the next question is refused', async () => {
    const refusal = new ApiError('VALIDATION_FAILED', '记账利率不对', 400)
    const get = vi.spyOn(http, 'get').mockImplementation((async (
      _url: string,
      o: { params?: Record<string, string> },
    ) => {
      if (o.params?.interestRate === '150') throw refusal
      return { data: { ok: o.params?.interestRate ?? '' } }
    }) as never)
    const q = (rate: string) => ({
      name: 'estimate',
      args: [rate],
      scope: 'person' as const,
      fetch: () => http.get('/x', { params: rate ? { interestRate: rate } : {} }).then((r) => r.data as { ok: string }),
    })
    const { result, rerender } = renderHook(({ rate }) => useKeptQuery(q, rate), { initialProps: { rate: '' } })
    await waitFor(() => expect(result.current.data).toEqual({ ok: '' }))
    rerender({ rate: '150' })
    expect(result.current.data).toEqual({ ok: '' })
    expect(result.current.loading).toBe(true)
    await waitFor(() => expect(result.current.error?.message).toBe('记账利率不对'))
    expect(result.current).toMatchObject({ data: { ok: '' }, shownArgs: '', current: false })
    rerender({ rate: '2.62' })
    await waitFor(() => expect(result.current.data).toEqual({ ok: '2.62' }))
    expect(result.current).toMatchObject({ shownArgs: '2.62', current: true, error: undefined })
    // back to the refused arguments: asked again, not answered from the earlier failure
    const before = get.mock.calls.length
    rerender({ rate: '150' })
    await waitFor(() => expect(get.mock.calls.length).toBe(before + 1))
    await act(async () => undefined)
  })
})
