/**
 * 公民身份号码 (GB 11643-1999), RULES.md §6.2.
 * Check order: format (15-digit legacy, then 18-character shape) → birth date (real date,
 * year ≥ 1900, not after `today`, §13.7) → check character. [CHOICE] §6.2 does not order the
 * birth-date and check-character tests; the birth date goes first (as in the §10 table) so a
 * number with an impossible date reports the date, whatever its last character.
 */
import { compareDates, formatDate, parseDate, isRealDate } from './date'
import { refusal } from './errors'
import { fail, ok, type Result } from './result'

export type Sex = 'M' | 'F'

export interface IdInfo {
  /** normalised: trimmed, check character upper-case */
  id: string
  birth_date: string // YYYY-MM-DD
  sex: Sex
}

/** W_i = 2^(17-i) mod 11 */
export const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'

/** ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

export function normaliseId(raw: string): string {
  return raw.trim().toUpperCase()
}

/** Validates an ID number; `today` (YYYY-MM-DD), when given, rejects future birth dates. */
export function validateId(raw: unknown, today?: string): Result<IdInfo> {
  if (typeof raw !== 'string') return fail(refusal('ID_INVALID_FORMAT'))
  const id = normaliseId(raw)
  if (/^\d{15}$/.test(id)) return fail(refusal('ID_LEGACY_15_DIGIT'))
  if (!/^\d{17}[\dX]$/.test(id)) return fail(refusal('ID_INVALID_FORMAT'))

  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  if (y < 1900 || !isRealDate(y, m, d)) return fail(refusal('ID_INVALID_BIRTHDATE'))
  const birth = { y, m, d }
  const todayDate = today === undefined ? null : parseDate(today)
  if (todayDate && compareDates(birth, todayDate) > 0) return fail(refusal('ID_INVALID_BIRTHDATE'))

  const expected = idCheckChar(id.slice(0, 17))
  if (id[17] !== expected) return fail(refusal('ID_INVALID_CHECKSUM', { expected }))

  // 17th character: odd = male, even = female
  const sex: Sex = Number(id[16]) % 2 === 1 ? 'M' : 'F'
  return ok({ id, birth_date: formatDate(birth), sex })
}

const digitOf = (s: string, i: number): number => s.charCodeAt(i) - 48

export interface IdFacts {
  y: number
  m: number
  d: number
  sex: Sex
}

/**
 * The birth date and sex of an ID number that `validateId(raw)` (no `today`) accepts, else null: the same checks
 * in one pass over the characters, without building the normalised number, the date string or a refusal.
 * Used on the hot path of `assess`; tests compare it with validateId.
 */
export function idFacts(raw: unknown): IdFacts | null {
  if (typeof raw !== 'string') return null
  const id = raw.length === 18 ? raw : normaliseId(raw)
  if (id.length !== 18) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const digit = id.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return null
    sum += digit * ID_WEIGHTS[i]
  }
  const last = id.charCodeAt(17)
  const lastChar = last === 120 /* x */ ? 'X' : id[17]
  if (!((last >= 48 && last <= 57) || lastChar === 'X')) return null
  const y = digitOf(id, 6) * 1000 + digitOf(id, 7) * 100 + digitOf(id, 8) * 10 + digitOf(id, 9)
  const m = digitOf(id, 10) * 10 + digitOf(id, 11)
  const d = digitOf(id, 12) * 10 + digitOf(id, 13)
  if (y < 1900 || !isRealDate(y, m, d)) return null
  if (lastChar !== CHECK_CHARS[sum % 11]) return null
  return { y, m, d, sex: digitOf(id, 16) % 2 === 1 ? 'M' : 'F' }
}
