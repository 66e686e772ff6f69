// @vitest-environment jsdom
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react'
import type { Region } from '@/api/schema'
import { BaseChooser, readBase } from '@/components/BaseChooser'

afterEach(cleanup)

const common = {
  yearKind: 'calendar' as const,
  assessmentYear: 2026,
  rate: '0.20',
  accountRate: '0.08',
  allowedMonths: { earliest: '2026-01', latest: '2026-12' },
  declarationWindow: null,
  freeze: null,
  frozenToday: false,
  frequencyOptions: [],
  reregister: 'refuse',
  provisional: true,
  provisionalNotice: '2026年度缴费基数上下限尚未公布，暂按2025年度标准核定；公布后以正式标准为准。',
  tiers: [],
}
// The shapes GET /api/regions answers on 2026-09-15 (see tests/e2e).
const ningxia: Region = {
  ...common,
  code: '640000',
  name: '宁夏回族自治区',
  districts: [{ code: '640104', name: '银川市兴庆区' }],
  inputMode: 'ningxia',
  band: { lower: '4853.00', upper: '24264.00', status: 'CANDIDATE' },
}
const wuhan: Region = {
  ...common,
  code: '420100',
  name: '武汉市',
  districts: [{ code: '420100', name: '武汉市' }],
  inputMode: 'tier',
  yearKind: 'si_july',
  band: { lower: '4493.00', upper: '22467.00', status: 'ILLUSTRATIVE' },
  tiers: [
    { percent: 60, baseMonthly: '4493.00', contributionMonthly: '898.60' },
    { percent: 100, baseMonthly: '7489.00', contributionMonthly: '1497.80' },
    { percent: 300, baseMonthly: '22467.00', contributionMonthly: '4493.40' },
  ],
}
const tianjin: Region = {
  ...common,
  code: '120000',
  name: '天津市',
  districts: [{ code: '120101', name: '和平区' }],
  inputMode: 'amount',
  band: { lower: '5013.00', upper: '25065.00', status: 'CANDIDATE' },
  frequencyOptions: ['monthly', 'quarterly', 'yearly'],
}

/** The chooser as a page uses it: controlled, with the value kept by the parent. */
function Harness({ region, initial = '' }: { region: Region; initial?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <BaseChooser region={region} value={value} onChange={setValue} />
      <span data-testid="value">{value}</span>
    </>
  )
}

/** Types into the Taro Input (its web component renders its native input on the next tick). */
async function type(container: HTMLElement, value: string) {
  const input = container.querySelector('#base-input')
  if (!input) throw new Error('no #base-input')
  await waitFor(() => expect(input.querySelector('input')).not.toBeNull())
  fireEvent(input, new CustomEvent('input', { detail: { value } }))
}
const text = (container: HTMLElement, sel: string) => container.querySelector(sel)?.textContent ?? ''

describe('BaseChooser — ningxia (one input, percent or wage)', () => {
  it('explains how the number will be read and shows the provisional notice', () => {
    const { container } = render(<Harness region={ningxia} />)
    expect(text(container, '#base-hint')).toBe('60–300：按上年度社平工资的百分比；大于300：按月工资收入（元）')
    expect(text(container, '#provisional-notice')).toContain('暂按2025年度标准核定')
    expect(container.querySelector('#base-reading')).toBeNull()
  })

  it('reads 60–300 as a percent of the average wage, live, with the monthly base and amount', async () => {
    const { container } = render(<Harness region={ningxia} />)
    await type(container, '60')
    await waitFor(() => expect(text(container, '#base-reading')).toContain('将按上年度社平工资的 60% 计算'))
    const reading = text(container, '#base-reading')
    expect(reading).toContain('8,088 元/月的 60% 计')
    expect(reading).toContain('¥4,853.00') // monthly base
    expect(reading).toContain('¥970.60') // 20% of it
    await type(container, '300')
    await waitFor(() => expect(text(container, '#base-reading')).toContain('¥24,264.00'))
    expect(container.querySelector('#base-jump-warning')).toBeNull()
    await type(container, '100')
    await waitFor(() => expect(text(container, '#base-reading')).toContain('¥8,088.00'))
    expect(text(container, '#base-reading')).toContain('¥1,617.60')
  })

  it('warns about the 300 / 300.01 jump: just above 300 is a wage raised to the lower limit', async () => {
    const { container } = render(<Harness region={ningxia} />)
    await type(container, '300.01')
    await waitFor(() => expect(container.querySelector('#base-jump-warning')).not.toBeNull())
    expect(text(container, '#base-jump-warning')).toContain('300.01 以上按月工资收入计，将按缴费基数下限 4,853 元核定')
    expect(text(container, '#base-reading')).toContain('将按月工资收入 300.01 元计算')
    expect(text(container, '#base-reading')).toContain('¥4,853.00')
    // A wage inside the band is used as typed, with no warning.
    await type(container, '6000')
    await waitFor(() => expect(container.querySelector('#base-jump-warning')).toBeNull())
    expect(text(container, '#base-reading')).toContain('¥6,000.00')
    expect(text(container, '#base-reading')).toContain('¥1,200.00')
  })

  it('refuses below 60 and non-numbers, saying what to type instead', async () => {
    const { container } = render(<Harness region={ningxia} />)
    await type(container, '59')
    await waitFor(() => expect(text(container, '#base-error')).toContain('请输入 60–300 之间的百分比'))
    expect(readBase(ningxia, '59').ok).toBe(false)
    await type(container, '60.123')
    await waitFor(() => expect(text(container, '#base-error')).toContain('请输入数字'))
    expect(readBase(ningxia, '60').ok).toBe(true)
  })
})

describe('BaseChooser — tier (Wuhan)', () => {
  it('lists every tier with its monthly base and monthly amount, and picks one', async () => {
    const { container, getByTestId } = render(<Harness region={wuhan} />)
    expect(container.querySelector('#base-input')).toBeNull()
    for (const t of wuhan.tiers) {
      const el = container.querySelector(`#tier-${t.percent}`)
      expect(el?.textContent).toContain(`${t.percent}%`)
    }
    expect(text(container, '#tier-60')).toContain('¥4,493.00')
    expect(text(container, '#tier-60')).toContain('¥898.60')
    expect(text(container, '#tier-100')).toContain('¥7,489.00')
    expect(text(container, '#tier-100')).toContain('¥1,497.80')
    expect(text(container, '#tier-300')).toContain('¥22,467.00')
    expect(text(container, '#tier-300')).toContain('¥4,493.40')
    expect(container.querySelector('#tier-100')?.getAttribute('aria-label')).toContain('月缴费基数 ¥7,489.00')
    fireEvent.click(container.querySelector('#tier-100')!)
    await waitFor(() => expect(getByTestId('value').textContent).toBe('100'))
    expect(text(container, '#tier-100')).toContain('已选')
    expect(text(container, '#tier-60')).not.toContain('已选')
    expect(readBase(wuhan, '100')).toMatchObject({ ok: true, baseMonthly: '7489.00', contributionMonthly: '1497.80' })
    expect(readBase(wuhan, '65').ok).toBe(false)
  })
})

describe('BaseChooser — amount (Tianjin)', () => {
  it('shows the band and refuses amounts outside it', async () => {
    const { container } = render(<Harness region={tianjin} />)
    expect(text(container, '#base-band')).toContain('¥5,013.00 – ¥25,065.00')
    await type(container, '5000')
    await waitFor(() => expect(text(container, '#base-error')).toContain('5,013–25,065 元之间'))
    expect(readBase(tianjin, '5000').ok).toBe(false)
    await type(container, '25065.01')
    await waitFor(() => expect(text(container, '#base-error')).toContain('超出可选范围'))
    await type(container, '6000')
    await waitFor(() => expect(container.querySelector('#base-error')).toBeNull())
    expect(text(container, '#base-reading')).toContain('¥6,000.00')
    expect(text(container, '#base-reading')).toContain('¥1,200.00')
    expect(readBase(tianjin, '5013').ok).toBe(true)
    expect(readBase(tianjin, '25065').ok).toBe(true)
  })
})
