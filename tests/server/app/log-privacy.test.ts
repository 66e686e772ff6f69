/**
 * Privacy of logs: no unmasked ID number appears in any log line (the route tests check their own log
 * lines the same way after they ran, fixtures.ts expectNoUnmaskedIds).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auth, type TestApp } from '../helpers'
import { expectNoUnmaskedIds, ID_AGENT, ID_PARENT, ID_SELF, ID_STRANGER, ID_UNREG, requests, world } from '../fixtures'

let app: TestApp
let logs: string[]
let self: string, agent: string

beforeAll(async () => {
  ;({ app, logs, self, agent } = await world())
})
afterAll(async () => {
  await app?.close()
  expectNoUnmaskedIds(logs ?? [])
})

const { post } = requests(() => app)

describe('privacy of logs', () => {
  it('no unmasked ID number appears in any log line', async () => {
    // put IDs where they would be logged: URL, and a refused request
    await app.inject({ method: 'GET', url: `/api/assessments/${ID_SELF}`, headers: auth(self) })
    await post('/api/agents/people', agent, { name: '错', idNumber: ID_SELF, relationship: 'PARENT' })
    const all = logs.join('')
    expect(all.length).toBeGreaterThan(1000)
    for (const id of [ID_SELF, ID_AGENT, ID_PARENT, ID_STRANGER, ID_UNREG]) expect(all).not.toContain(id)
    expect(all).toMatch(/\d{6}\*{8}\d{3}[\dX]/)
    expect(all).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/)
  })
})
