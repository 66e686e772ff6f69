/**
 * Exact decimals as a safe integer and a scale (m / 10^s), for the hot path of `assess` (§3.4 amounts,
 * money strings). Every operation either gives the exact result or null ("not representable"), and the
 * caller then falls back to big.js (money.ts), so results are the same digits either way.
 * Only non-negative values are handled (a negative one is null): HALF_UP is then plain "≥ .5 rounds up".
 */
import type BigJs from 'big.js'

export interface Fixed {
  /** a safe integer ≥ 0 */
  m: number
  /** decimals, 0..MAX_SCALE */
  s: number
}

const MAX_SCALE = 15
const POW10: readonly number[] = Array.from({ length: MAX_SCALE + 1 }, (_, i) => 10 ** i)

/** The exact value of a big.js number, or null when negative, over 15 digits or over 15 decimals. */
export function fixedOfBig(x: BigJs): Fixed | null {
  const c = x.c
  const n = c.length
  if (x.s < 0 || n > MAX_SCALE) return null
  const e = x.e
  const s = n - 1 - e > 0 ? n - 1 - e : 0 // decimals
  const pad = e - n + 1 + s // zeros after the last digit (≥ 0)
  if (s > MAX_SCALE || n + pad > MAX_SCALE) return null
  let m = 0
  for (let i = 0; i < n; i++) m = m * 10 + c[i]
  return { m: m * POW10[pad], s }
}

/** a × b exactly, or null. */
export function fixedTimes(a: Fixed, b: Fixed): Fixed | null {
  const m = a.m * b.m
  const s = a.s + b.s
  return Number.isSafeInteger(m) && s <= MAX_SCALE ? { m, s } : null
}

/** a × k for a whole number k ≥ 0, or null. */
export function fixedTimesInt(a: Fixed, k: number): Fixed | null {
  const m = a.m * k
  return Number.isSafeInteger(m) && k >= 0 ? { m, s: a.s } : null
}

/** round(n / d) HALF_UP for whole numbers n ≥ 0, d > 0 with 2n + d safe; exact (remainder-corrected). */
function roundDiv(n: number, d: number): number {
  let q = Math.floor(n / d)
  let r = n - q * d
  if (r < 0) {
    q -= 1
    r += d
  } else if (r >= d) {
    q += 1
    r -= d
  }
  return 2 * r >= d ? q + 1 : q
}

/**
 * avg × percent / 100 / divisor rounded HALF_UP to `dp` decimals, as decimal text, or null when it does not fit.
 * big.js (percentOfAverage, then roundBase) divides to 30 decimals first and rounds again; that gives the same
 * result whenever the exact quotient's denominator × 10^dp is below 10^30, because a quotient that is not exactly
 * on a rounding boundary is then more than 0.5e-30 away from it. The safe-integer check here implies that.
 */
export function percentOfFixed(avg: Fixed, percent: Fixed, divisor: number, dp: number): string | null {
  const n = avg.m * percent.m * POW10[dp]
  const s = avg.s + percent.s + 2 // the / 100
  if (s > MAX_SCALE || dp > 2) return null
  const d = POW10[s] * divisor
  if (!Number.isSafeInteger(2 * n + d)) return null
  const k = roundDiv(n, d)
  if (dp === 0) return String(k)
  const text = String(k).padStart(dp + 1, '0')
  return `${text.slice(0, text.length - dp)}.${text.slice(text.length - dp)}`
}

/** a rounded HALF_UP to the cent, as a whole number of cents, or null. */
export function toCentsInt(a: Fixed): number | null {
  if (a.s <= 2) {
    const cents = a.m * POW10[2 - a.s]
    return Number.isSafeInteger(cents) ? cents : null
  }
  const d = POW10[a.s - 2]
  return Number.isSafeInteger(2 * a.m + d) ? roundDiv(a.m, d) : null
}

/**
 * A whole number of cents ≥ 0 as money text: '1234.50' (the wire format), or with `grouped` '1,234.50',
 * and with `dropZeroCents` '1,234' for whole yuan (formatAmountCompact).
 */
export function centsText(cents: number, grouped: boolean, dropZeroCents: boolean): string {
  const frac = cents % 100
  const yuan = String((cents - frac) / 100)
  let int = yuan
  if (grouped && yuan.length > 3) {
    int = ''
    const n = yuan.length
    for (let i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 === 0) int += ','
      int += yuan[i]
    }
  }
  if (dropZeroCents && frac === 0) return int
  return frac < 10 ? `${int}.0${frac}` : `${int}.${frac}`
}

/** The money of a quote as text: moneyString of each amount, formatAmountCompact of contribution and total. */
export interface AmountTexts {
  base: string
  baseTotal: string
  contribution: string
  account: string
  pooled: string
  total: string
  contributionCompact: string
  totalCompact: string
}

/**
 * The money texts of a quote (contributionAmounts, §3.4: contribution and account HALF_UP per month, pooled the
 * difference, × months) in integer cents, or null when a figure does not fit or the rates are not representable
 * (then big.js decides). `rate` and `accountRate` are fixedOfBig of the rule set's rates.
 */
export function centsAmountTexts(
  base: BigJs,
  months: number,
  rate: Fixed | null,
  accountRate: Fixed | null,
): AmountTexts | null {
  const b = fixedOfBig(base)
  if (b === null || rate === null || accountRate === null || !Number.isSafeInteger(months) || months < 0) return null
  const c = fixedTimes(b, rate)
  const acc = fixedTimes(b, accountRate)
  const bt = fixedTimesInt(b, months)
  if (c === null || acc === null || bt === null) return null
  const baseCents = toCentsInt(b)
  const contribution = toCentsInt(c)
  const account = toCentsInt(acc)
  const baseTotal = toCentsInt(bt)
  if (baseCents === null || contribution === null || account === null || baseTotal === null) return null
  const pooled = contribution - account
  const total = contribution * months
  if (pooled < 0 || !Number.isSafeInteger(total)) return null
  return {
    base: centsText(baseCents, false, false),
    baseTotal: centsText(baseTotal, false, false),
    contribution: centsText(contribution, false, false),
    account: centsText(account, false, false),
    pooled: centsText(pooled, false, false),
    total: centsText(total, false, false),
    contributionCompact: centsText(contribution, true, true),
    totalCompact: centsText(total, true, true),
  }
}
