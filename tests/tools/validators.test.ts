/**
 * The answer checks the app ships (src/api/validators.gen.ts, built from src/api/check.ts) are current, and
 * decide exactly as TypeBox's own compiled checks of src/api/schema.ts do: on answers generated from every
 * schema, good ones and ones with one thing wrong (a field missing, added, of the wrong type, too long, not
 * matching its pattern, out of range…).
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Kind, OptionalKind, type TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { Value } from '@sinclair/typebox/value'
import { compilable, GENERATED, validatorsSource } from '../../config/validators'
import * as Schema from '../../src/api/schema'
import * as V from '../../src/api/validators.gen'
import { apiBaseProblem, appIdFor } from '../../config/release'

describe('ahead-of-time answer checks', () => {
  it('src/api/validators.gen.ts is current (else run `npm run gen:validators`)', () => {
    expect(fs.readFileSync(GENERATED, 'utf8') === validatorsSource(), 'stale: run `npm run gen:validators`').toBe(true)
  })

  it('uses no run-time code generation and no BigInt', () => {
    const text = fs.readFileSync(GENERATED, 'utf8')
    expect(text).not.toMatch(/new Function|\beval\(|BigInt\(/)
  })

  const account = {
    id: 'a1',
    channel: 'wechat',
    channelUser: 'o***1',
    identity: { name: '马晓燕', idNumberMasked: '640104********0024', sex: 'F', birthDate: '1985-03-15' },
    registered: false,
    boundPeople: 0,
  }
  const cases: [string, unknown][] = [
    ['good', account],
    ['identity null', { ...account, identity: null }],
    ['unknown channel', { ...account, channel: 'qq' }],
    ['bad birth date', { ...account, identity: { ...account.identity, birthDate: '1985/03/15' } }],
    ['count not an integer', { ...account, boundPeople: 1.5 }],
    ['missing field', { ...account, registered: undefined }],
    ['not an object', 'ok'],
    ['null', null],
  ]
  it.each(cases)('Account: %s agrees with Value.Check', (_name, value) => {
    expect(V.Account(value)).toBe(Value.Check(Schema.Account, value))
  })

  const names = Object.keys(Schema).filter((k) => typeof (Schema as any)[k] === 'object' && Kind in (Schema as any)[k])

  it.each(names)('%s: the shipped check decides as TypeBox compiled on good and broken answers', (name) => {
    const schema = compilable((Schema as any)[name]) as TSchema
    const oracle = TypeCompiler.Compile(schema)
    const ours = (V as any)[name] as (v: unknown) => boolean
    let good = 0
    let bad = 0
    fc.assert(
      fc.property(answerOf(schema), (value) => {
        const expected = oracle.Check(value)
        if (expected) good++
        else bad++
        expect(ours(value)).toBe(expected)
      }),
      { numRuns: 1000, seed: 13 },
    )
    // the generator makes both kinds (else the comparison could not fail)
    expect(good).toBeGreaterThan(0)
    expect(bad).toBeGreaterThan(0)
  })

  it('the generator refuses a keyword it does not know rather than check less', async () => {
    const { Type } = await import('@sinclair/typebox')
    const { checkOf } = await import('../../config/validators')
    expect(() => checkOf(Type.String({ format: 'email' }))).toThrow(/format/)
    expect(() => checkOf(Type.Number({ multipleOf: 2 }))).toThrow(/multipleOf/)
    expect(() => checkOf(Type.Array(Type.String(), { uniqueItems: true }))).toThrow(/uniqueItems/)
    expect(() => checkOf(Type.Date())).toThrow(/not supported/)
  })

  it('every schema of schema.ts has its check', () => {
    const schemas = Object.keys(Schema).filter((k) => typeof (Schema as any)[k] === 'object')
    const checks = Object.keys(V).filter((k) => typeof (V as any)[k] === 'function')
    expect(checks.sort()).toEqual(schemas.sort())
  })
})

describe('release checks', () => {
  it.each([
    ['http://127.0.0.1:3000', /not https/],
    ['https://127.0.0.1', /loopback/],
    ['https://localhost:8443', /loopback/],
    ['https://10.0.0.5', /IP address/],
    ['', /not an absolute URL/],
  ])('refuses %s', (base, why) => {
    expect(apiBaseProblem(base)).toMatch(why)
  })
  it('accepts an https domain', () => {
    expect(apiBaseProblem('https://api.example.cn')).toBeUndefined()
  })
  it('AppIDs come from WEAPP_APPID / ALIPAY_APPID, default touristappid', () => {
    const saved = { ...process.env }
    try {
      delete process.env.WEAPP_APPID
      delete process.env.ALIPAY_APPID
      expect(appIdFor('weapp')).toBe('touristappid')
      process.env.WEAPP_APPID = 'wx0123456789abcdef'
      process.env.ALIPAY_APPID = '2021000000000000'
      expect(appIdFor('weapp')).toBe('wx0123456789abcdef')
      expect(appIdFor('alipay')).toBe('2021000000000000')
    } finally {
      process.env = saved
    }
  })
})

// ── answers generated from a schema: good ones, and good ones with one thing broken ─────────────────────

const JUNK: unknown[] = [
  ...[undefined, null, true, 0, -1, 1.5, NaN, Infinity, '', 'x', '2025-01', [], {}, [1], { a: 1 }],
  ...[new Date(0), new Uint8Array(1)],
]

/** Candidate strings near what schema.ts's patterns and lengths accept. */
const STRINGS = [
  ...['2025-01', '2026-12', '2025-1', '202501', '1985-03-15', '2026-11-23', '1985/03/15'],
  ...['0.00', '-12.50', '3600.00', '12.5', '12', 'abc_DEF-09', 'p1', 'a b', '13900000000', '1390000000'],
  ...['123456', '12345', 'abcdef', 'PZ64000020261123000001', 'PZ1234567', '中', '马晓燕', 'x', ''],
]

/** A good value of `schema` (every part as the schema asks). */
function goodOf(schema: TSchema): fc.Arbitrary<unknown> {
  const s = schema as any
  switch (s[Kind]) {
    case 'String': {
      const lengths = [s.minLength, s.maxLength, 3].filter((n) => n !== undefined).map((n: number) => 'x'.repeat(n))
      const pool = [...STRINGS, ...lengths].filter((c) => Value.Check(s, c))
      if (s.pattern && !pool.length) throw new Error(`no good sample string for pattern ${s.pattern}: add one`)
      return fc
        .oneof(fc.constantFrom(...(pool.length ? pool : ['x'])), fc.string({ maxLength: s.maxLength ?? 8 }))
        .filter((c) => Value.Check(s, c))
    }
    case 'Integer':
    case 'Number': {
      const min = s.minimum ?? -1000
      const max = s.maximum ?? 100000
      return s[Kind] === 'Integer' ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true })
    }
    case 'Boolean':
      return fc.boolean()
    case 'Null':
      return fc.constant(null)
    case 'Literal':
      return fc.constant(s.const)
    case 'Unknown':
    case 'Any':
      return fc.constantFrom(...JUNK.filter((j) => j !== undefined))
    case 'Union':
      return fc.oneof(...(s.anyOf as TSchema[]).map(goodOf))
    case 'Array':
      return fc.array(goodOf(s.items), { minLength: s.minItems ?? 0, maxLength: s.maxItems ?? 3 })
    case 'Record':
      return fc.dictionary(
        fc.constantFrom('a', 'b', 'code'),
        goodOf(Object.values(s.patternProperties)[0] as TSchema),
        {
          maxKeys: 3,
        },
      )
    case 'Object': {
      const props = Object.fromEntries(
        Object.entries(s.properties as Record<string, TSchema>).map(([k, v]) => [k, goodOf(v)]),
      )
      return fc.record(props, { requiredKeys: s.required ?? [] })
    }
  }
  throw new Error(`no generator for ${s[Kind]}${s[OptionalKind] ? ' (optional)' : ''}`)
}

/** The places inside a value (paths of object keys and array indexes). */
function placesOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...placesOf(v, [...at, i])))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...placesOf(v, [...at, k]))
  return out
}

type How = 'junk' | 'remove' | 'extra' | 'grow' | 'shrink'

/**
 * `value` with one thing broken at one place: replaced by junk, removed, given an extra field or item, or a
 * string, number or array past its bounds (grown: 'x' × 300 appended, × 1000 + 1 or + 0.5, items × 6; shrunk:
 * emptied, − 10⁶).
 */
function breakOne(value: unknown, place: (string | number)[], how: How, junk: unknown): unknown {
  if (place.length === 0) {
    if (how === 'grow' && typeof value === 'string') return value + 'x'.repeat(300)
    if (how === 'shrink' && typeof value === 'string') return ''
    if (how === 'grow' && typeof value === 'number') return Number.isInteger(value) ? value * 1000 + 1 : value + 0.5
    if (how === 'shrink' && typeof value === 'number') return value - 1e6
    if (how === 'grow' && Array.isArray(value) && value.length)
      return [...value, ...value, ...value, ...value, ...value, ...value]
    if (how === 'extra' && value && typeof value === 'object' && !Array.isArray(value))
      return { ...value, unexpected: 1 }
    if (how === 'extra' && Array.isArray(value)) return [...value, value.length ? value[0] : junk]
    return junk
  }
  const [head, ...rest] = place
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) }
  if (rest.length === 0 && how === 'remove') {
    if (Array.isArray(copy)) copy.splice(head as number, 1)
    else delete copy[head]
    return copy
  }
  copy[head] = breakOne(copy[head], rest, how, junk)
  return copy
}

/** Good answers of `schema`, and good ones with one thing broken somewhere. */
function answerOf(schema: TSchema): fc.Arbitrary<unknown> {
  const good = goodOf(schema)
  const broken = good.chain((value) => {
    const places = placesOf(value)
    return fc
      .tuple(
        fc.nat(places.length - 1),
        fc.constantFrom<How>('junk', 'remove', 'extra', 'grow', 'shrink'),
        fc.constantFrom(...JUNK),
      )
      .map(([i, how, junk]) => breakOne(value, places[i], how, junk))
  })
  return fc.oneof(good, broken)
}
