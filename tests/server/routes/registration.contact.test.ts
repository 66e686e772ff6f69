/**
 * 更正联系方式 (POST/PATCH /api/registration/contact of routes/registration.ts) and the address rule shared with
 * the app (src/domain/registration.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkAddress } from '../../../src/domain/registration'
import { NX, PERSON_DATA, auth, makeApp, makeId, person, type TestApp } from '../helpers'

let app: TestApp
let close: () => Promise<void>

beforeAll(async () => {
  const made = await makeApp()
  app = made.app
  close = () => made.app.close()
})
afterAll(async () => close())

const codes = (r: { json: () => any }) => r.json().errors.map((e: { code: string }) => e.code)

describe('联系地址 rule (one rule for app and server)', () => {
  it('refuses emoji, symbols and numbers only; accepts real addresses', () => {
    expect(checkAddress('😀😀😀😀😀')?.code).toBe('ADDRESS_CHARS_INVALID')
    expect(checkAddress('12345')?.code).toBe('ADDRESS_CHARS_INVALID')
    expect(checkAddress('银川市解放街😀1号')?.code).toBe('ADDRESS_CHARS_INVALID')
    expect(checkAddress('    ')?.code).toBe('ADDRESS_REQUIRED')
    expect(checkAddress('银川')?.code).toBe('ADDRESS_INVALID')
    expect(checkAddress('宁'.repeat(101))?.code).toBe('ADDRESS_INVALID')
    expect(checkAddress('宁'.repeat(100))).toBeNull()
    expect(checkAddress('宁夏银川市兴庆区解放东街1号（3-2-101）')).toBeNull()
    expect(checkAddress('Room 5, No.1 Jiefang St.')).toBeNull()
  })

  it('the server refuses an address of five emoji with the stable code and a Chinese message', async () => {
    const t = await person(app, 'cs1', '马表情', makeId('640104', '1990-03-03', '011'))
    const r = await app.inject({
      method: 'POST',
      url: '/api/registration',
      headers: auth(t),
      payload: { ...NX, category: 'OTHER_FLEXIBLE', ...PERSON_DATA, address: '😀😀😀😀😀' },
    })
    expect(r.statusCode).toBe(422)
    expect(codes(r)).toEqual(['ADDRESS_CHARS_INVALID'])
    expect(r.json().message).toContain('表情符号')
  })
})

describe('更正联系方式', () => {
  it('corrects mobile and address with the same rules, audits masked, and is idempotent', async () => {
    const t = await person(app, 'cs2', '马更正', makeId('640104', '1988-04-04', '013'), NX)
    const send = (payload: object, key?: string, method: 'POST' | 'PATCH' = 'PATCH') =>
      app.inject({
        method,
        url: '/api/registration/contact',
        headers: auth(t, key ? { 'idempotency-key': key } : {}),
        payload,
      })

    const bad = await send({ mobile: '12', address: '😀😀😀😀😀' })
    expect(bad.statusCode).toBe(422)
    expect(codes(bad)).toEqual(['MOBILE_INVALID', 'ADDRESS_CHARS_INVALID'])
    expect((await send({})).json().error).toBe('CONTACT_NOTHING_TO_CHANGE')
    expect((await send({ mobile: '13800000001', extra: 1 })).statusCode).toBe(400)

    const ok = await send({ mobile: '13700000007', address: '宁夏银川市金凤区北京中路8号' }, 'k-contact-1')
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ mobileMasked: '137****0007', address: '宁夏银川市金凤区北京中路8号' })
    expect(ok.body).not.toContain('13700000007')
    // replay with the same key: same answer; same values again without a key: nothing changes, no second entry
    const again = await send({ mobile: '13700000007', address: '宁夏银川市金凤区北京中路8号' }, 'k-contact-1')
    expect(again.json()).toEqual(ok.json())
    expect((await send({ mobile: '13700000007' }, undefined, 'POST')).statusCode).toBe(200)

    const act = await app.inject({ method: 'GET', url: '/api/me/activity', headers: auth(t) })
    const entries = act.json().items.filter((i: { action: string }) => i.action === 'CONTACT_CORRECTED')
    expect(entries).toHaveLength(1)
    expect(act.body).not.toContain('13700000007')
    expect(act.body).not.toContain('北京中路')
    expect(entries[0].after).toMatchObject({ mobile: '137****0007' })
  })

  it('an unregistered person is told to register first', async () => {
    const t = await person(app, 'cs3', '马未登', makeId('640104', '1991-05-05', '015'))
    const r = await app.inject({
      method: 'PATCH',
      url: '/api/registration/contact',
      headers: auth(t),
      payload: { mobile: '13700000008' },
    })
    expect(r.statusCode).toBe(422)
    expect(r.json().error).toBe('NOT_REGISTERED')
  })
})
