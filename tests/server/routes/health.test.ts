/**
 * routes/health.ts (/api/health) and what the app serves around the routes: the docs, the OpenAPI
 * document listing every route, and the answer to an unknown route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, TODAY } from '../helpers'
import { expectNoUnmaskedIds, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]

beforeAll(async () => {
  ;({ app, logs } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { get } = requests(() => app)

describe('system and OpenAPI', () => {
  it('health and docs', async () => {
    expect((await get('/api/health', null)).json()).toMatchObject({ status: 'ok', today: TODAY })
    expect((await get('/api/docs', null)).statusCode).toBeLessThan(400)
  })
  it('OpenAPI lists every route', async () => {
    const spec = (await get('/api/openapi.json', null)).json()
    const paths = Object.keys(spec.paths)
    for (const p of [
      '/api/auth/wechat',
      '/api/auth/alipay',
      '/api/auth/sms/send',
      '/api/auth/sms/verify',
      '/api/auth/logout',
      '/api/me',
      '/api/me/identity/mobile',
      '/api/me/identity/mobile/confirm',
      '/api/me/identity/platform',
      '/api/me/activity',
      '/api/me/messages',
      '/api/me/agent-requests',
      '/api/me/agent-requests/{ref}/approve',
      '/api/me/agents',
      '/api/me/agents/{ref}',
      '/api/regions',
      '/api/registration',
      '/api/assessments/quote',
      '/api/assessments',
      '/api/assessments/{id}',
      '/api/assessments/{id}/transmit',
      '/api/assessments/{id}/revoke',
      '/api/agents/people',
      '/api/agents/people/{ref}',
      '/api/agents/requests',
      '/api/agents/requests/{ref}/sms',
      '/api/agents/requests/{ref}/confirm',
      '/api/suspension',
      '/api/suspension/resume',
      '/api/tax/assessments',
      '/api/tax/assessments/{id}/paid',
      '/api/tax/assessments/{id}/tax-revoke',
    ])
      expect(paths).toContain(p)
    expect(spec.paths['/api/assessments'].post.responses['201']).toBeTruthy()
  })
  it('unknown route → 404 NOT_FOUND', async () => {
    const r = await get('/api/nope', null)
    expect(r.statusCode).toBe(404)
    expect(r.json().error).toBe('NOT_FOUND')
  })
})
