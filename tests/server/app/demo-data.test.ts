/** The demo data (mock-server/src/demo/seed.ts): every state once, idempotent. */
import { describe, expect, it } from 'vitest'
import { ADMIN, auth, makeApp } from '../helpers'
import { seedDemo } from '../../../mock-server/src/demo/seed'

describe('demo data', () => {
  it('seed creates every state once and is idempotent', async () => {
    const { app: a2, ctx } = await makeApp()
    expect(await seedDemo(ctx)).toBe(true)
    expect(await seedDemo(ctx)).toBe(false)
    const items = (
      await a2.inject({ method: 'GET', url: '/api/tax/assessments', headers: { authorization: `Bearer ${ADMIN}` } })
    ).json().items
    expect(new Set(items.map((x: any) => x.status))).toEqual(new Set(['CREATED', 'TRANSMITTED', 'PAID', 'REVOKED']))
    const agentTok = (await a2.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'demo-6' } })).json()
      .token
    expect(
      (await a2.inject({ method: 'GET', url: '/api/agents/people', headers: auth(agentTok) })).json().items,
    ).toHaveLength(2)
    const susp = (await a2.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code: 'demo-5' } })).json()
      .token
    expect((await a2.inject({ method: 'GET', url: '/api/registration', headers: auth(susp) })).json().status).toBe(
      'SUSPENDED',
    )
    await a2.close()
  })
})
