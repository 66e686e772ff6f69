/**
 * Real names (实名) as identity documents print them, shared by the app (to say what is wrong while the
 * user types) and the server (to store only such names):
 *   - Han characters, the extension planes included (生僻字 as surrogate pairs), e.g. 王𠮷;
 *   - the middle dot `·` between parts of minority and transliterated foreign names (买买提·艾力), its
 *     look-alikes (• ・ ‧ …) normalised to U+00B7;
 *   - Latin letters (with their accents) for foreign names, words separated by one space or a hyphen
 *     (MARIA JOSE GARCIA-LOPEZ).
 * The name is NFC-normalised and trimmed, runs of spaces become one. Refused, each with its reason:
 * control characters and NUL, bidirectional overrides (RLO …), zero-width and other invisible characters,
 * unpaired surrogates, markup characters (< > & " ` …), spaces inside a Han name, a misplaced `·`,
 * any other character, and more than NAME_MAX_LENGTH characters.
 */
import { testOr, unicodeRe } from './unicode'
import { refusal, type ErrorDetails, type Refusal } from './errors'
import type { Result } from './result'

export const NAME_MIN_LENGTH = 1
export const NAME_MAX_LENGTH = 30
export const NAME_DOT = '·'

export type NameProblem = ErrorDetails['NAME_INVALID']['reason']

/** A high surrogate not followed by a low one, or a low one not after a high one (no regex look-behind: ES2015 engines). */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return true
    } else if (c >= 0xdc00 && c <= 0xdfff) return true
  }
  return false
}
// eslint-disable-next-line no-control-regex -- the fallback is exactly \p{Cc}: C0 and C1 controls
const CONTROL = unicodeRe('\\p{Cc}', /[\u0000-\u001F\u007F-\u009F]/)
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
// zero-width, joiners, word joiner, invisible operators, BOM, soft hyphen, Hangul fillers, other format chars
// (the class lists combining characters on purpose: each is to be found on its own)
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200D\u2060-\u2064\u3164\uFEFF\uFFA0]/
const FORMAT = unicodeRe('\\p{Cf}')
const MARKUP = /[<>&"'`\\/{}[\]=;]/
const DOT_LOOKALIKES = /[\u0387\u2022\u2027\u2219\u22C5\u30FB\uFF65\u00B7]/g
const HAN = unicodeRe('\\p{Script=Han}', /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/)
const ALLOWED = unicodeRe('^[\\p{Script=Han}\\p{Script=Latin}\\p{M}· -]+$')
const MARK_FIRST = unicodeRe('(^|[\\s·-])\\p{M}')

function problem(reason: NameProblem): Result<string> {
  return { ok: false, errors: [refusal('NAME_INVALID', { reason })] }
}

/** Checks and normalises a real name. ok → the name to store; otherwise NAME_REQUIRED / NAME_INVALID {reason}. */
export function normaliseName(input: unknown): Result<string> {
  if (typeof input !== 'string' || input.trim() === '')
    return { ok: false, errors: [refusal('NAME_REQUIRED')] as Refusal[] }
  if (hasLoneSurrogate(input)) return problem('surrogate')
  if (testOr(CONTROL, input, false)) return problem('control')
  if (BIDI.test(input)) return problem('bidi')
  if (INVISIBLE.test(input) || testOr(FORMAT, input, false)) return problem('invisible')
  if (MARKUP.test(input)) return problem('markup')
  const name = input
    .normalize('NFC')
    .replace(/[\s\u3000]+/gu, ' ')
    .trim()
    .replace(DOT_LOOKALIKES, NAME_DOT)
    .replace(/ ?· ?/g, NAME_DOT)
  if (!testOr(ALLOWED, name, true)) return problem('char')
  if (testOr(MARK_FIRST, name, false) || (name.includes('-') && testOr(HAN, name, false))) return problem('char')
  if (/^[·-]|[·-]$|[·-]{2}/.test(name)) return problem('dot')
  if (name.includes(' ') && testOr(HAN, name, false)) return problem('space')
  const length = Array.from(name).length
  if (length < NAME_MIN_LENGTH || length > NAME_MAX_LENGTH) return problem('length')
  return { ok: true, value: name }
}
