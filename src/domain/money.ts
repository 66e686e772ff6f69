/**
 * Money helpers (RULES.md §0 "Money … uses Decimal (never binary floats)", §3.4).
 *
 * Every amount is a big.js `Big`. Never do Number arithmetic on money.
 * All rounding in this file is HALF_UP (big.js rounding mode 1); banker's rounding is
 * never used (§3.4, case WH-08: 18722.5 → 18723).
 */
import BigJs from 'big.js'

/** A private big.js constructor so that no other code can change our DP/RM settings. */
export const Dec = BigJs()
Dec.DP = 30 // precision of divisions (annual / 12, account / divisor)
Dec.RM = 1 // Big.roundHalfUp

export type Money = BigJs
/** A decimal as data: a number or a decimal string such as "0.20" or "4307.1". */
export type DecimalLike = string | number

export const ROUND_HALF_UP = 1 as const
const ROUND_UP = 3 as const // big.js roundUp (away from zero): used for the yuan ceiling

/** Converts data (number or decimal string) to a Big. Throws on garbage: data is trusted config. */
export function dec(x: DecimalLike | BigJs): BigJs {
  if (typeof x === 'object') return new Dec(x)
  return new Dec(typeof x === 'number' ? String(x) : x.trim())
}

/** Round HALF_UP to `dp` decimals. */
export function roundHalfUp(x: BigJs, dp: number): BigJs {
  return x.round(dp, ROUND_HALF_UP)
}

/** Round up (ceiling for positive amounts) to `dp` decimals. */
export function roundCeiling(x: BigJs, dp: number): BigJs {
  return x.round(dp, ROUND_UP)
}

/** Round to the cent, HALF_UP. */
export function toCents(x: BigJs): BigJs {
  return roundHalfUp(x, 2)
}

/** "1234.5" → "1234.50": the wire format of money (§10 "money strings with exactly two decimals"). */
export function moneyString(x: BigJs): string {
  return fixed2(toCents(x), false, false)
}

/**
 * `r.toFixed(2)` of a value already rounded to the cent, read straight from big.js's digits (`c`, most
 * significant first; `e` the power of ten of c[0]; `s` the sign), optionally with thousands separators
 * (formatGrouped) and without '.00'. Avoids toFixed's copy and re-rounding; tests compare it with toFixed.
 */
function fixed2(r: BigJs, grouped: boolean, dropZeroCents: boolean): string {
  const c = r.c
  const e = r.e
  const n = c.length
  let int = ''
  if (e < 0) int = '0'
  else {
    for (let p = e; p >= 0; p--) {
      const i = e - p
      int += i < n ? String.fromCharCode(48 + c[i]) : '0'
      if (grouped && p > 0 && p % 3 === 0) int += ','
    }
  }
  const i1 = e + 1
  const d1 = i1 >= 0 && i1 < n ? c[i1] : 0
  const d2 = i1 + 1 >= 0 && i1 + 1 < n ? c[i1 + 1] : 0
  const sign = r.s < 0 && c[0] !== 0 ? '-' : ''
  if (dropZeroCents && d1 === 0 && d2 === 0) return sign + int
  return `${sign}${int}.${String.fromCharCode(48 + d1, 48 + d2)}`
}

/**
 * a.cmp(b) (−1, 0, 1) read from the digits, without the copy of `b` that big.js makes on every comparison.
 * The same steps as big.js's P.cmp; tests compare the two.
 */
export function cmpBig(a: BigJs, b: BigJs): number {
  const ac = a.c
  const bc = b.c
  const as = a.s
  const bs = b.s
  if (!ac[0] || !bc[0]) return !ac[0] ? (!bc[0] ? 0 : -bs) : as
  if (as !== bs) return as
  const neg = as < 0
  if (a.e !== b.e) return a.e > b.e !== neg ? 1 : -1
  const al = ac.length
  const bl = bc.length
  const n = al < bl ? al : bl
  for (let i = 0; i < n; i++) if (ac[i] !== bc[i]) return ac[i] > bc[i] !== neg ? 1 : -1
  return al === bl ? 0 : al > bl !== neg ? 1 : -1
}

export function minBig(a: BigJs, b: BigJs): BigJs {
  return cmpBig(a, b) < 0 ? a : b
}
export function maxBig(a: BigJs, b: BigJs): BigJs {
  return cmpBig(a, b) > 0 ? a : b
}
/** clamp(x, lower, upper) (§3.3). */
export function clampBig(x: BigJs, lower: BigJs, upper: BigJs): BigJs {
  return maxBig(lower, minBig(upper, x))
}

/** At most this many characters are read from a typed amount (guards against absurd input). */
export const MAX_INPUT_LENGTH = 32
const DECIMAL_INPUT = /^\d+(?:\.\d{1,2})?$/

/**
 * Strict parse of a number typed by the user (§3.3, §13.5): digits, optionally a point and
 * one or two decimals; surrounding blanks are ignored; must be > 0.
 * Rejected (returns null): empty, signs, exponents, "NaN", "Infinity", thousands separators,
 * more than 2 decimals, 0, over MAX_INPUT_LENGTH characters.
 */
export function parseUserAmount(raw: unknown): BigJs | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : '') : raw.trim()
  if (text.length === 0 || text.length > MAX_INPUT_LENGTH || !DECIMAL_INPUT.test(text)) return null
  const value = new Dec(text)
  return value.c[0] !== 0 ? value : null // > 0: the text has no sign, so any non-zero value
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function formatGrouped(x: BigJs, dropZeroCents: boolean): string {
  return fixed2(toCents(x), true, dropZeroCents)
}

/** formatGrouped as first written (toFixed, split, a regular expression): what tests compare fixed2 with. */
export function formatGroupedReference(x: BigJs, dropZeroCents: boolean): string {
  const fixed = toCents(x).toFixed(2)
  const negative = fixed.startsWith('-')
  const [intPart, frac] = (negative ? fixed.slice(1) : fixed).split('.')
  const body = dropZeroCents && frac === '00' ? groupThousands(intPart) : `${groupThousands(intPart)}.${frac}`
  return negative ? `-${body}` : body
}

/** formatGrouped(x, dropZeroCents) (for tests). */
export function formatGroupedFast(x: BigJs, dropZeroCents: boolean): string {
  return formatGrouped(x, dropZeroCents)
}

/** Display: ¥1,234.56 (UX.md "amounts as ¥1,234.56"). */
export function formatYuan(x: BigJs | DecimalLike): string {
  const v = dec(x)
  return v.lt(0) ? `-¥${formatGrouped(v.abs(), false)}` : `¥${formatGrouped(v, false)}`
}

/** Display inside sentences: 1,234.56元. */
export function formatYuanText(x: BigJs | DecimalLike): string {
  return `${formatGrouped(dec(x), false)}元`
}

/** Compact figure for explanations: 8,088 (whole yuan) or 5,171.67. */
export function formatAmountCompact(x: BigJs | DecimalLike): string {
  // a Big is not copied first (dec(x) did): rounding makes a new value and never changes x
  return formatGrouped(typeof x === 'object' ? x : dec(x), true)
}
