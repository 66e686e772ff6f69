// @vitest-environment jsdom
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react'
import type { Region } from '@/api/schema'
import { BaseChooser, engineInput, readBase, type BaseEntry } from '@/features/assess/BaseChooser'

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
function Harness({ region, initial = { typed: '' } }: { region: Region; initial?: BaseEntry }) {
  const [value, setValue] = useState<BaseEntry>(initial)
  return (
    <>
      <BaseChooser region={region} value={value} onChange={setValue} />
      <span data-testid="value">{value.typed}</span>
      <span data-testid="engine">{engineInput(region, value) ?? ''}</span>
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

describe('BaseChooser — ningxia (按比例 or 按工资, chosen explicitly)', () => {
  it('asks first how the base is set, names the year once, and shows the provisional notice', () => {
    const { container } = render(<Harness region={ningxia} />)
    expect(container.querySelector('#base-input')).toBeNull()
    expect(text(container, '#base-mode')).toContain('按比例')
    expect(text(container, '#base-mode')).toContain('按工资')
    expect(text(container, '#base-average')).toContain('2025年度标准社平工资 8,088 元/月')
    expect(text(container, '#provisional-notice')).toContain('暂按2025年度标准核定')
    // one year for the figures: no 上年度 and no 2024 beside 2025
    expect(container.textContent).not.toContain('上年度')
    expect(container.textContent).not.toContain('2024')
    expect(readBase(ningxia, { typed: '60' }).ok).toBe(false) // no mode chosen yet
  })

  it('按比例: each percentage shows its monthly base and amount; a typed one reads live', async () => {
    const { container, getByTestId } = render(<Harness region={ningxia} />)
    fireEvent.click(container.querySelector('#mode-percent')!)
    await waitFor(() => expect(container.querySelector('#percent-60')).not.toBeNull())
    expect(text(container, '#percent-60')).toContain('¥4,853.00')
    expect(text(container, '#percent-60')).toContain('¥970.60')
    expect(text(container, '#percent-300')).toContain('¥24,264.00')
    fireEvent.click(container.querySelector('#percent-100')!)
    await waitFor(() => expect(getByTestId('engine').textContent).toBe('100'))
    expect(text(container, '#base-reading')).toContain('¥8,088.00')
    expect(text(container, '#base-reading')).toContain('¥1,617.60')
    await type(container, '120')
    await waitFor(() => expect(text(container, '#base-reading')).toContain('2025年度标准社平工资的 120% 计算'))
    // outside 60–300 is refused in 按比例 (it is never silently read as a wage)
    await type(container, '6000')
    await waitFor(() => expect(text(container, '#base-error')).toContain('比例须在 60%–300% 之间'))
    expect(getByTestId('engine').textContent).toBe('')
    await type(container, '59')
    await waitFor(() => expect(text(container, '#base-error')).toContain('比例须在 60%–300% 之间'))
  })

  it('按工资: a wage is a wage (even 200), below the lower limit it is raised, above the upper cut', async () => {
    const { container, getByTestId } = render(<Harness region={ningxia} />)
    fireEvent.click(container.querySelector('#mode-wage')!)
    await type(container, '200')
    await waitFor(() => expect(text(container, '#base-warning')).toContain('按下限 4,853 元核定'))
    expect(getByTestId('engine').textContent).toBe('4853') // never read as 200%
    expect(text(container, '#base-reading')).toContain('¥4,853.00')
    await type(container, '6000')
    await waitFor(() => expect(container.querySelector('#base-warning')).toBeNull())
    expect(text(container, '#base-reading')).toContain('¥6,000.00')
    expect(text(container, '#base-reading')).toContain('¥1,200.00')
    expect(getByTestId('engine').textContent).toBe('6000')
    await type(container, '99999999999')
    await waitFor(() => expect(text(container, '#base-warning')).toContain('按上限 24,264 元核定'))
    expect(readBase(ningxia, { mode: 'wage', typed: '99999999999' }).confirm).toContain('是否填写正确')
    expect(readBase(ningxia, { mode: 'wage', typed: '30000' }).confirm).toBeUndefined()
    await type(container, '60.123')
    await waitFor(() => expect(text(container, '#base-error')).toContain('请输入金额'))
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
    // the tiers are named as the engine's explanation names them (第五档（100%）), never 第5档
    expect(text(container, '#tier-60')).toContain('第一档（60%）')
    expect(container.textContent).not.toMatch(/第\d档/)
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
  it('shows the band, what each offered amount costs, and refuses amounts outside it', async () => {
    const { container, getByTestId } = render(<Harness region={tianjin} initial={{ mode: 'amount', typed: '' }} />)
    expect(text(container, '#base-band')).toContain('¥5,013.00 – ¥25,065.00')
    expect(text(container, '#amount-5013')).toContain('（下限）')
    expect(text(container, '#amount-5013')).toContain('¥1,002.60')
    expect(text(container, '#amount-25065')).toContain('¥5,013.00')
    expect(container.querySelector('#base-input input')?.getAttribute('placeholder') ?? '').not.toContain('60')
    fireEvent.click(container.querySelector('#amount-25065')!)
    await waitFor(() => expect(getByTestId('value').textContent).toBe('25065'))
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
