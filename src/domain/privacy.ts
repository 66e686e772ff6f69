/**
 * Masking of personal data for display and logs (pure; no rules here).
 *   maskId('640104198503150024') → '640104********0024'
 *   maskName('王某某') → '王*某', maskName('王五') → '王*'
 */

/** Masks an 18-character ID number: first 6 and last 4 characters stay. Other lengths keep only the last 4. */
export function maskId(id: string): string {
  const s = String(id ?? '')
  if (s.length === 18) return `${s.slice(0, 6)}********${s.slice(14)}`
  if (s.length <= 4) return '*'.repeat(s.length)
  return '*'.repeat(s.length - 4) + s.slice(-4)
}

/** Masks a name: 1 char → '*', 2 chars → first + '*', longer → first + '*'… + last. */
export function maskName(name: string): string {
  const chars = Array.from(String(name ?? ''))
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}

/** Masks a mobile number: 138****0001. */
export function maskPhone(phone: string): string {
  const s = String(phone ?? '')
  return s.length === 11 ? `${s.slice(0, 3)}****${s.slice(7)}` : maskId(s)
}

const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])/g

/** Replaces every 18-character ID number inside free text by its mask (for log lines). */
export function maskIdsInText(text: string): string {
  return text.replace(ID_IN_TEXT, (_m, a: string, _b: string, c: string) => `${a}********${c.slice(-4)}`)
}
