// What form fields say while they are filled in: only what is certain while typing, the engine's words after.
import { describe, expect, it } from 'vitest'
import { idNumberProblem, isSmsCode, mobileProblem, nameProblem } from '../../src/domain/fields'

const GOOD_ID = '11010519491231002X'

describe('field checks (src/domain/fields.ts)', () => {
  it('says only what is certain while typing', () => {
    expect(idNumberProblem('', false)).toBeUndefined()
    expect(idNumberProblem('1101', false)).toBeUndefined()
    expect(idNumberProblem('1101', true)).toContain('应为18位')
    expect(idNumberProblem(GOOD_ID, true)).toBeUndefined()
    expect(nameProblem('买买提·艾力')).toBeUndefined()
    expect(nameProblem('王<b>')).toContain('只能包含')
    expect(mobileProblem('13912345678')).toBeUndefined()
    expect(mobileProblem('2391234567')).toContain('11位')
    expect(idNumberProblem('11a', false)).toContain('只能包含')
    expect(idNumberProblem('110105194912310021', false)).toContain('校验位不正确')
    expect([isSmsCode('123456'), isSmsCode('12345a')]).toEqual([true, false])
  })
})
