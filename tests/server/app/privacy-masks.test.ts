import { describe, expect, it } from 'vitest'
import { maskId, maskIdsInText, maskName, maskPhone } from '../../../src/domain/privacy'

describe('privacy masks', () => {
  it('maskId / maskName / maskPhone', () => {
    expect(maskId('640104198503150024')).toBe('640104********0024')
    expect(maskName('王某某')).toBe('王*某')
    expect(maskName('王五')).toBe('王*')
    expect(maskName('欧阳娜娜')).toBe('欧**娜')
    expect(maskPhone('13800000001')).toBe('138****0001')
  })
  it('maskIdsInText masks every 18-character ID, keeps other numbers', () => {
    expect(maskIdsInText('a 11010519491231002X b 640104198503150024.')).toBe(
      'a 110105********002X b 640104********0024.',
    )
    expect(maskIdsInText('phone 13800000001 ts 1732387200000')).toBe('phone 13800000001 ts 1732387200000')
  })
})
