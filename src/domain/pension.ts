/**
 * Pension estimate (optional feature), RULES.md §9 (国发〔2005〕38号):
 *   basic    = 计发基数 × (1 + 平均缴费指数) / 2 × 缴费年限 × 1%
 *   account  = 个人账户储存额 / 计发月数(退休年龄)
 *   total    = basic + account (each rounded HALF_UP to the cent first)
 * 计发月数 (revised §9, 2026-12): whole ages 50–65 take their row of the 2005 table; a non-whole age
 * Y岁M个月 (the reform's 60y4m etc.) is interpolated by month between rows Y and Y+1 and rounded HALF_UP
 * to one decimal: M(Y) − (M(Y) − M(Y+1)) × M / 12. Ages outside 50y0m–65y0m give
 * PENSION_DIVISOR_UNDEFINED unless the region configures a table, which always wins.
 */
import { refusal } from './errors'
import type BigJs from 'big.js'
import { dec, moneyString, roundHalfUp, type DecimalLike } from './money'
import { fail, ok, type Result } from './result'

/** 计发月数, ages 50–65 (every source consulted agrees on this range, §9). */
export const PENSION_DIVISORS: Readonly<Record<number, number>> = {
  50: 195,
  51: 190,
  52: 185,
  53: 180,
  54: 175,
  55: 170,
  56: 164,
  57: 158,
  58: 152,
  59: 145,
  60: 139,
  61: 132,
  62: 125,
  63: 117,
  64: 109,
  65: 101,
}

export interface PensionInput {
  /** 计发基数, yuan per month */
  baseMonthly: DecimalLike
  /** 本人平均缴费指数 */
  avgIndex: DecimalLike
  /** 缴费年限 */
  years: DecimalLike
  /** 个人账户储存额 */
  account: DecimalLike
  ageYears: number
  ageMonths?: number
  /**
   * Optional regional/national divisor table configured by the region, keyed 'Y' or 'YyMm'
   * (e.g. '60y4m'); consulted before the 2005 table.
   */
  divisorTable?: Readonly<Record<string, number>>
}

export interface PensionEstimate {
  basic: string
  personal_account: string
  total: string
  divisor: number
}

/** 计发月数 for an age, or null when undefined (§9): a table row, or the monthly interpolation. */
export function pensionDivisor(
  ageYears: number,
  ageMonths = 0,
  table?: Readonly<Record<string, number>>,
): number | null {
  if (!Number.isInteger(ageYears) || !Number.isInteger(ageMonths) || ageMonths < 0 || ageMonths > 11) return null
  const configured = table?.[ageMonths ? `${ageYears}y${ageMonths}m` : String(ageYears)]
  if (configured !== undefined) return configured
  const row = PENSION_DIVISORS[ageYears]
  if (row === undefined) return null
  if (ageMonths === 0) return row
  const next = PENSION_DIVISORS[ageYears + 1]
  if (next === undefined) return null // 65y1m and later: no row 66 agreed on (§9)
  const interpolated = dec(row).minus(
    dec(row - next)
      .times(ageMonths)
      .div(12),
  )
  return Number(roundHalfUp(interpolated, 1).toFixed(1))
}

const NON_NEGATIVE_DECIMAL = /^\d+(?:\.\d+)?$/

/** A non-negative decimal (any number of decimals: the index may be 1.2345). */
function nonNegative(value: DecimalLike, field: string): Result<BigJs> {
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : typeof value === 'string'
        ? value.trim()
        : ''
  if (!NON_NEGATIVE_DECIMAL.test(text)) return fail(refusal('INPUT_INVALID', { field }))
  return ok(dec(text))
}

/** Operation `pension_estimate`. */
export function pensionEstimate(input: PensionInput): Result<PensionEstimate> {
  const divisor = pensionDivisor(input.ageYears, input.ageMonths ?? 0, input.divisorTable)
  if (divisor === null) return fail(refusal('PENSION_DIVISOR_UNDEFINED'))
  const base = nonNegative(input.baseMonthly, 'base_monthly')
  const index = nonNegative(input.avgIndex, 'avg_index')
  const years = nonNegative(input.years, 'years')
  const account = nonNegative(input.account, 'account')
  if (!base.ok) return base
  if (!index.ok) return index
  if (!years.ok) return years
  if (!account.ok) return account

  const basic = roundHalfUp(base.value.times(index.value.plus(1)).div(2).times(years.value).div(100), 2)
  const personal = roundHalfUp(account.value.div(divisor), 2)
  return ok({
    basic: moneyString(basic),
    personal_account: moneyString(personal),
    total: moneyString(basic.plus(personal)),
    divisor,
  })
}
