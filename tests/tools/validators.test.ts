/**
 * The answer checks the app ships (src/api/validators.gen.ts) are TypeBox's own compilation of
 * src/api/schema.ts, current, and agree with TypeBox's Value.Check on good and bad answers.
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Value } from '@sinclair/typebox/value'
import { GENERATED, validatorsSource } from '../../config/validators'
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
