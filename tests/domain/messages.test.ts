/**
 * The message catalogue (src/domain/messages.ts): every code the server can emit and every code the app
 * raises has a Chinese message there, and no message shows developer wording to a citizen.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ADDRESS_MAX, ADDRESS_MIN, CONTACT_CODES, CONTACT_MESSAGES, ERROR_CODES } from '../../src/domain'
import {
  MESSAGE_CODES,
  RULE_MESSAGES,
  hasMessage,
  messageOf,
  platformIdentityMissing,
  validationMessage,
} from '../../src/domain/messages'
import { messageFor } from '../../src/api/messages'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function sources(dir: string, ext = /\.tsx?$/): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (ext.test(p)) out.push({ file: path.relative(root, p), text: readFileSync(p, 'utf8') })
    }
  }
  walk(path.join(root, dir))
  return out
}

function codesIn(files: { text: string }[], patterns: RegExp[]): Set<string> {
  const codes = new Set<string>()
  for (const { text } of files) for (const re of patterns) for (const m of text.matchAll(re)) codes.add(m[1])
  return codes
}

/**
 * Every code the server can answer with: its refusal helpers' call sites, problems, providers' codes, and
 * the problems the engine's server-side checks build (registration data, contact).
 */
const serverCodes = codesIn(
  [...sources('mock-server/src'), ...sources('src/domain')],
  [
    /(?:serverError|retryLater)\(\s*[^,()]+,\s*'([A-Z][A-Z0-9_]+)'/g,
    /\b(?:problem|refusal|messageFor|dataProblem|contactProblem)\(\s*'([A-Z][A-Z0-9_]+)'/g,
    /\bcode:\s*'([A-Z][A-Z0-9_]+)'/g,
    /\[\d{3}, '([A-Z][A-Z0-9_]+)'/g,
    /code: '(CASHIER_[A-Z_]+)'/g,
    /'(CASHIER_[A-Z_]+)'/g,
  ],
)

/** Every code the app raises itself (pages, components, the API client). */
const appCodes = codesIn(
  [...sources('src/pages'), ...sources('src/components'), ...sources('src/api')],
  [/new ApiError\(\s*'([A-Z][A-Z0-9_]*[A-Z0-9])'/g, /messageFor\(\s*'([A-Z][A-Z0-9_]*[A-Z0-9])'/g],
)

/** Codes the pages or features give words of their own to (a REFUSALS/MESSAGES table): there must be none. */
const pageTableCodes = new Set<string>()
for (const { text } of [...sources('src/pages'), ...sources('src/features'), ...sources('src/components')])
  for (const [, body] of text.matchAll(/const (?:REFUSALS|MESSAGES): Record<string, string> = \{([^}]*)\}/g))
    for (const [, code] of body.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)) pageTableCodes.add(code)

/** Sample details that reach every branch of the engine's formatters. */
const FULL: Record<string, unknown> = {
  expected: 'X',
  eligible_from: '2026-01-01',
  retirement_month: '2025-08',
  allowed: ['640104'],
  minimum: 60,
  lower: '5013.00',
  upper: '25065.00',
  statistical_year: 2025,
  year_kind: 'calendar',
  earliest: '2025-07',
  conflicting: 'HD6400002025070001',
  max_end: '2025-08',
  suspended_from: '2025-07',
  frequency: 'monthly',
  assessments: ['HD6400002025070001'],
  reason: 'DEATH',
  field: 'interest_rate',
  action: 'transmit',
  from: 'PAID',
  latest: '2025-12',
}
const SAMPLES: Record<string, unknown>[] = [
  FULL,
  { year_kind: 'si_july', frequency: 'quarterly', reason: 'TRANSFER_OUT', field: 'stop_date', action: 'pay' },
  { frequency: 'yearly', reason: 'ABROAD', field: 'today', action: 'tax_revoke', from: 'REVOKED', allowed: [60, 100] },
  { field: 'no_such_field', action: 'no_such_action', from: 'NO_SUCH_STATUS' },
  { action: 'suspend', from: 'SUSPENDED' },
  { action: 'resume', from: 'ACTIVE' },
  ...['control', 'bidi', 'invisible', 'surrogate', 'markup', 'space', 'dot', 'char', 'length', 'other'].map(
    (reason) => ({ reason }),
  ),
]

function allMessages(): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = []
  for (const code of MESSAGE_CODES) {
    if (code in RULE_MESSAGES) {
      for (const d of SAMPLES) out.push({ code, message: messageOf(code, { ...FULL, ...d }) as string })
    } else out.push({ code, message: messageOf(code) as string })
  }
  // the optional keys of §10, absent
  for (const code of ['PREPAY_NOT_ALLOWED', 'BACKPAY_NOT_ALLOWED', 'FREQUENCY_PERIOD_MISMATCH', 'YEAR_END_FREEZE'])
    out.push({ code, message: messageOf(code, {}) as string })
  out.push({ code: 'PLATFORM_IDENTITY_MISSING', message: platformIdentityMissing('wechat') })
  out.push({ code: 'PLATFORM_IDENTITY_MISSING', message: platformIdentityMissing('alipay') })
  out.push({
    code: 'VALIDATION_FAILED',
    message: validationMessage([
      { field: 'name', keyword: 'maxLength', limit: 30 },
      { field: 'mobile', keyword: 'required' },
    ]),
  })
  return out
}

describe('message catalogue', () => {
  it('has a message for every code the server can emit', () => {
    expect(serverCodes.size).toBeGreaterThan(40)
    for (const code of ['DB_BUSY', 'HEADERS_TOO_LARGE', 'CASHIER_UNAVAILABLE', 'ETHNICITY_INVALID', 'REGION_REQUIRED'])
      expect(serverCodes, code).toContain(code)
    const codes = [...serverCodes, ...ERROR_CODES, ...CONTACT_CODES]
    const missing = codes.filter((c) => !hasMessage(c))
    expect(missing).toEqual([])
  })

  it('no page or feature words a refusal itself: the catalogue is the one place', () => {
    expect([...pageTableCodes]).toEqual([])
  })

  it('has a message for every code the app raises', () => {
    expect(appCodes).toContain('NETWORK')
    for (const code of ['NETWORK', 'TIMEOUT', 'SERVER', 'UNAUTHORIZED', 'BAD_RESPONSE', 'UNKNOWN']) appCodes.add(code)
    const missing = [...appCodes].filter((c) => !hasMessage(c))
    expect(missing).toEqual([])
  })

  it('speaks Chinese without developer wording: no codes, field names, English or placeholders', () => {
    const messages = allMessages()
    expect(messages.length).toBeGreaterThan(MESSAGE_CODES.length)
    for (const { code, message } of messages) {
      expect(typeof message, code).toBe('string')
      expect(message, code).toMatch(/[\u4e00-\u9fff]/)
      expect(message.length, code).toBeGreaterThan(4)
      expect(message, code).not.toMatch(
        /\b(error|errors|null|undefined|nan|json|true|false|object|function|exception|http|api|code|id|status)\b/i,
      )
      expect(message, code).not.toMatch(/[A-Z]{2,}_[A-Z0-9_]+/) // a code
      expect(message, code).not.toMatch(/\b[a-z]+_[a-z_]+\b/) // a field name
      expect(message, code).not.toMatch(/\$\{|\[object|\{\}/)
      expect(message.trim(), code).toMatch(/[。？！）]$/)
    }
  })

  it('one code, one wording: the server, the engine and the app answer with the same words', () => {
    expect(messageOf('REGION_REQUIRED')).toBe(RULE_MESSAGES.REGION_REQUIRED({} as Record<string, never>))
    expect(messageFor('UNAUTHORIZED')).toBe(messageOf('UNAUTHORIZED'))
    expect(messageFor('SERVER')).toBe(messageOf('INTERNAL'))
    expect(messageFor('NO_SUCH_CODE')).toBe(messageOf('UNKNOWN'))
    for (const code of CONTACT_CODES) expect(CONTACT_MESSAGES[code]).toBe(messageOf(code))
  })

  it('the address length in the words matches the rule', () => {
    expect(CONTACT_MESSAGES.ADDRESS_INVALID).toContain(`${ADDRESS_MIN}至${ADDRESS_MAX}个字`)
  })

  it('INPUT_INVALID names the field in the words of the form', () => {
    expect(messageOf('INPUT_INVALID', { field: 'interest_rate' })).toMatch(/记账利率/)
    expect(messageOf('INPUT_INVALID', { field: 'stop_date' })).toContain('停保年月')
    expect(messageOf('TRANSITION_NOT_ALLOWED', { action: 'transmit', from: 'PAID' })).toBe(
      '该核定记录已缴费，不能传输到税务部门。请刷新页面查看最新状态后再试。',
    )
  })
})
