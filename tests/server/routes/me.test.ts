/**
 * routes/me.ts (/api/me, /api/me/identity/*): the masked identity, binding the real name from the platform
 * or by 三要素 on H5, and the refusal without identity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bindPlatformIdentity, login, type TestApp } from '../helpers'
import { expectNoUnmaskedIds, ID_SELF, ID_UNREG, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]
let self: string

beforeAll(async () => {
  ;({ app, logs, self } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post, get } = requests(() => app)

describe('identity', () => {
  it('GET /api/me masks the ID', async () => {
    const me = (await get('/api/me', self)).json()
    expect(me.identity.idNumberMasked).toBe('640104********' + ID_SELF.slice(14))
    expect(JSON.stringify(me)).not.toContain(ID_SELF)
    expect(me.registered).toBe(true)
  })
  it('platform real name: bound from the platform; one account per person per channel; another channel may bind', async () => {
    // a second WeChat user whose platform real name is the same person: refused (one account per channel)
    const t = await login(app, 'idtest', { realName: { name: '王某某', idNumber: ID_SELF } })
    const dup = await bindPlatformIdentity(app, t)
    expect(dup.statusCode).toBe(409)
    expect(dup.json().error).toBe('ID_BOUND_ELSEWHERE')
    // a platform user without a platform real name cannot bind
    const none = await bindPlatformIdentity(app, await login(app, 'no-realname'))
    expect(none.json().error).toBe('PLATFORM_IDENTITY_MISSING')
    // Alipay may bind the same person; then the account is bound for good
    const ali = await login(app, 'self-ali', { channel: 'alipay', realName: { name: '王某某', idNumber: ID_SELF } })
    expect((await get('/api/me/identity/platform', ali)).json()).toMatchObject({ available: true, nameMasked: '王*某' })
    expect((await bindPlatformIdentity(app, ali)).statusCode).toBe(200)
    expect((await bindPlatformIdentity(app, ali)).statusCode).toBe(200) // idempotent
    const h5 = await post('/api/me/identity/mobile', ali, { name: '赵一', idNumber: ID_UNREG, mobile: '13900000009' })
    expect(h5.json().error).toBe('ACCOUNT_ALREADY_BOUND')
  })
  it('H5 三要素: invalid ID → engine code; a name/ID/mobile the register does not hold → one refusal', async () => {
    const t = await login(app, 'idtest-h5')
    const bad = await post('/api/me/identity/mobile', t, {
      name: '某',
      idNumber: ID_SELF.slice(0, 17) + (ID_SELF[17] === '1' ? '2' : '1'),
      mobile: '13900000009',
    })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().error).toBe('ID_INVALID_CHECKSUM')
    expect(
      (
        await post('/api/me/identity/mobile', t, { name: '某', idNumber: '123456789012345', mobile: '13900000009' })
      ).json().error,
    ).toBe('ID_LEGACY_15_DIGIT')
    const r = await post('/api/me/identity/mobile', t, { name: '别人', idNumber: ID_SELF, mobile: '13900000009' })
    expect(r.statusCode).toBe(422)
    expect(r.json().error).toBe('IDENTITY_NOT_VERIFIED')
    expect(r.json().message).not.toContain('被核定人')
  })
  it('without identity: IDENTITY_REQUIRED', async () => {
    const t = await login(app, 'anon')
    const r = await get('/api/registration', t)
    expect(r.statusCode).toBe(403)
    expect(r.json().error).toBe('IDENTITY_REQUIRED')
  })
})
