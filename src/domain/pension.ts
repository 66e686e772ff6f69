/**
 * Pension estimate (optional feature), RULES.md §9 (国发〔2005〕38号):
 *   basic    = 计发基数 × (1 + 平均缴费指数) / 2 × 缴费年限 × 1%
 *   account  = 个人账户储存额 / 计发月数(退休年龄)
 *   total    = basic + account (each rounded HALF_UP to the cent first)
 * The 计发月数 table is supported for whole ages 50–65 only; other ages (incl. the reform's
 * 60y4m etc.) give PENSION_DIVISOR_UNDEFINED unless a table is configured.
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

/** 计发月数 for an age, or null when undefined (§9). */
export function pensionDivisor(
  ageYears: number,
  ageMonths = 0,
  table?: Readonly<Record<string, number>>,
): number | null {
  const configured = table?.[ageMonths ? `${ageYears}y${ageMonths}m` : String(ageYears)]
  if (configured !== undefined) return configured
  if (ageMonths !== 0 || !Number.isInteger(ageYears)) return null
  return PENSION_DIVISORS[ageYears] ?? null
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
