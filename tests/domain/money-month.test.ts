import { describe, expect, it } from 'vitest'
import { dec, formatAmountCompact, moneyString, parseUserAmount, roundHalfUp } from '../../src/domain/money'
import { addMonths, formatMonthZh, formatPeriodZh, monthsInclusive, parseMonth } from '../../src/domain/month'
import { formatYuan, formatYuanText } from '../../src/domain'

describe('money', () => {
  it('parses user amounts strictly (§3.3, §13.5)', () => {
    for (const ok of ['60', '65.5', '300.01', '5000.57', '0.01', ' 60 ', '0060', '99999999']) {
      expect(parseUserAmount(ok), ok).not.toBeNull()
    }
    for (const bad of [
      '',
      ' ',
      '0',
      '0.00',
      '-1',
      '+60',
      '60.123',
      '1e3',
      'NaN',
      'Infinity',
      'abc',
      '1,000',
      '60.',
      '.5',
      '６０',
      '60%',
      null,
      undefined,
      {},
    ]) {
      expect(parseUserAmount(bad), String(bad)).toBeNull()
    }
    expect(parseUserAmount('1'.repeat(40))).toBeNull()
  })

  it('accepts finite numbers too', () => {
    expect(parseUserAmount(60)?.toString()).toBe('60')
    expect(parseUserAmount(Number.NaN)).toBeNull()
    expect(parseUserAmount(Number.POSITIVE_INFINITY)).toBeNull()
  })

  it('rounds HALF_UP, never half-even (WH-08)', () => {
    expect(roundHalfUp(dec('18722.5'), 0).toString()).toBe('18723')
    expect(roundHalfUp(dec('18723.5'), 0).toString()).toBe('18724')
    expect(roundHalfUp(dec('0.125'), 2).toFixed(2)).toBe('0.13')
    expect(moneyString(dec('0.1').plus('0.2'))).toBe('0.30')
    expect(moneyString(dec('1234.5'))).toBe('1234.50')
  })

  it('formats for display', () => {
    expect(formatYuan('1234.56')).toBe('¥1,234.56')
    expect(formatYuan(7447.2)).toBe('¥7,447.20')
    expect(formatYuan('0')).toBe('¥0.00')
    expect(formatYuan('1234567.891')).toBe('¥1,234,567.89')
    expect(formatYuan('-5')).toBe('-¥5.00')
    expect(formatYuanText('1234.56')).toBe('1,234.56元')
    expect(formatAmountCompact('8088')).toBe('8,088')
    expect(formatAmountCompact('5171.666')).toBe('5,171.67')
  })
})

describe('month', () => {
  it('parses YYYY-MM strictly', () => {
    expect(parseMonth('2025-01')).toBe(2025 * 12)
    for (const bad of ['2025-13', '2025-00', '2025-1', '202501', '2025/01', '', null, 202501])
      expect(parseMonth(bad)).toBeNull()
  })

  it('does month arithmetic across years', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02')
    expect(addMonths('2025-01', -1)).toBe('2024-12')
    expect(monthsInclusive(parseMonth('2025-01')!, parseMonth('2025-12')!)).toBe(12)
  })

  it('formats in Chinese', () => {
    expect(formatMonthZh('2025-01')).toBe('2025年1月')
    expect(formatMonthZh('2025-12')).toBe('2025年12月')
    expect(formatPeriodZh('2025-01', '2025-12')).toBe('2025年1月–2025年12月')
    expect(formatPeriodZh('2025-03', '2025-03')).toBe('2025年3月')
  })
})
