// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import type { Quote } from '@/api/schema'
import { AssessmentPreview, kindRuns } from '@/components/AssessmentPreview'

afterEach(cleanup)

const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-${String(from + i).padStart(2, '0')}`)

// A quote as POST /api/assessments/quote answers it (宁夏, 60%, 2026年1月–12月, on 2026-09-15).
const quote: Quote = {
  months: 12,
  start: '2026-01',
  end: '2026-12',
  requestedEnd: '2026-12',
  baseMonthly: '4853.00',
  baseTotal: '58236.00',
  contributionMonthly: '970.60',
  accountMonthly: '388.24',
  pooledMonthly: '582.36',
  total: '11647.20',
  baseKind: 'percent',
  monthKinds: ['backpay', 'current', 'prepay'],
  provisional: true,
  truncatedToRetirement: false,
  assessmentYear: 2026,
  parametersYear: 2025,
  yearKind: 'calendar',
  rate: '0.20',
  accountRate: '0.08',
  limits: { lower: '4853.00', upper: '24264.00', published: true, status: 'PROVISIONAL' },
  retirementMonth: '2043-03',
  explanation: '按2024年度社平工资 8,088 元/月的 60% 计，月缴费基数 4,853 元；…合计 11,647.20 元',
  periodText: '2026年1月–2026年12月（共12个月）',
  breakdown: [
    ...months(1, 8).map((month) => ({ month, kind: 'backpay' })),
    { month: '2026-09', kind: 'current' },
    ...months(10, 12).map((month) => ({ month, kind: 'prepay' })),
  ],
}
const text = (c: HTMLElement, sel: string) => c.querySelector(sel)?.textContent ?? ''

describe('AssessmentPreview', () => {
  it("renders the quote's figures: total, period, monthly base and contribution, split, months", () => {
    const { container } = render(<AssessmentPreview quote={quote} />)
    expect(text(container, '#preview-total')).toBe('¥11,647.20')
    expect(text(container, '#preview-period')).toBe('2026年1月–2026年12月（共12个月）')
    expect(text(container, '#preview-base')).toContain('¥4,853.00')
    expect(text(container, '#preview-monthly')).toContain('费率20%')
    expect(text(container, '#preview-monthly')).toContain('¥970.60')
    expect(text(container, '#preview-account')).toContain('个人账户（8%）')
    expect(text(container, '#preview-account')).toContain('¥388.24')
    expect(text(container, '#preview-pooled')).toContain('统筹基金（12%）')
    expect(text(container, '#preview-pooled')).toContain('¥582.36')
    expect(text(container, '#preview-months')).toContain('12个月')
    expect(text(container, '#preview-base-total')).toContain('¥58,236.00')
    expect(text(container, '#preview-explanation')).toContain('8,088 元/月的 60% 计')
  })

  it('shows the month kinds 补缴 / 当期 / 预缴 as runs of months', () => {
    const { container } = render(<AssessmentPreview quote={quote} />)
    const kinds = text(container, '#preview-kinds')
    expect(kinds).toContain('补缴2026年1月–2026年8月（共8个月）')
    expect(kinds).toContain('当期2026年9月（共1个月）')
    expect(kinds).toContain('预缴2026年10月–2026年12月（共3个月）')
    expect(kindRuns(quote).map((r) => r.kind)).toEqual(['backpay', 'current', 'prepay'])
  })

  it('shows the provisional notice, and the retirement truncation when the period was shortened', () => {
    const { container, rerender } = render(<AssessmentPreview quote={quote} />)
    expect(text(container, '#preview-provisional')).toContain('暂按2025年度标准核定')
    expect(container.querySelector('#preview-truncated')).toBeNull()
    rerender(
      <AssessmentPreview
        quote={{
          ...quote,
          provisional: false,
          end: '2026-10',
          requestedEnd: '2026-12',
          months: 10,
          truncatedToRetirement: true,
          retirementMonth: '2026-10',
        }}
      />,
    )
    expect(container.querySelector('#preview-provisional')).toBeNull()
    expect(text(container, '#preview-truncated')).toContain('2026年10月')
    expect(text(container, '#preview-truncated')).toContain('2026年12月')
  })
})
