/**
 * What a form field says while it is being filled in (sign-in, 实名认证, a relative's details): only what is
 * certain so far while typing, everything once the user has finished (left the field or submitted).
 * The values themselves are checked by the engine (validateId, normaliseName); these add the words for
 * "still missing" and "cannot be right whatever follows".
 */
import { validateId } from './id'
import { normaliseName } from './names'
import { MOBILE_RE } from './registration'

/** The ID number field: nothing while it may still become valid; the engine's message once it cannot. */
export function idNumberProblem(raw: string, finished: boolean): string | undefined {
  const v = raw.trim()
  if (!v) return finished ? '请输入18位身份证号码。' : undefined
  if (/[^0-9Xx]/.test(v)) return '身份证号码只能包含数字和字母X。'
  if (v.length < 18) return finished ? '身份证号码应为18位，请核对后重新输入。' : undefined
  const r = validateId(v)
  return r.ok ? undefined : r.errors[0].message
}

/** A real name as typed: required, and only what identity documents print. */
export function nameProblem(raw: string): string | undefined {
  if (!raw.trim()) return '请输入姓名。'
  return normaliseName(raw).ok ? undefined : '姓名只能包含汉字、字母和间隔号“·”。'
}

/** A mainland mobile number: 11 digits starting with 1. */
export function mobileProblem(raw: string): string | undefined {
  return MOBILE_RE.test(raw) ? undefined : '请输入11位手机号码（以1开头）。'
}

/** A 6-digit code from an SMS. */
export const isSmsCode = (raw: string) => /^\d{6}$/.test(raw)
