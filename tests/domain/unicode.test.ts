import { describe, expect, it } from 'vitest'
import { testOr, unicodeRe } from '../../src/domain/unicode'

describe('Unicode property classes built at run time', () => {
  it('build on an engine that has property escapes (Node, every current phone)', () => {
    expect(unicodeRe('\\p{Script=Han}')?.test('汉')).toBe(true)
    expect(unicodeRe('^\\p{L}+$')?.test('Ёж')).toBe(true)
  })

  it('an engine that cannot build them gets the fallback, and testOr the answer that refuses nothing', () => {
    expect(unicodeRe('\\p{NoSuchProperty}')).toBeUndefined()
    expect(unicodeRe('\\p{NoSuchProperty}', /x/)?.source).toBe('x')
    expect(testOr(undefined, 'anything', true)).toBe(true)
    expect(testOr(/a/, 'b', true)).toBe(false)
  })
})
