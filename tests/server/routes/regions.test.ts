/**
 * routes/regions.ts (/api/regions): the regions of the year with their parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp } from '../helpers'
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

describe('regions', () => {
  it('lists the 2026 regions with parameters', async () => {
    const r = (await get('/api/regions', null)).json()
    const nx = r.regions.find((x: any) => x.code === '640000')
    expect(nx).toMatchObject({
      inputMode: 'ningxia',
      yearKind: 'calendar',
      provisional: true,
      allowedMonths: { earliest: '2026-01', latest: '2026-12' },
    })
    expect(nx.provisionalNotice).toMatch(/暂按/)
    const wh = r.regions.find((x: any) => x.code === '420100')
    expect(wh.inputMode).toBe('tier')
    expect(wh.tiers[0]).toMatchObject({ percent: 60, baseMonthly: '4493.00', contributionMonthly: '898.60' })
    const tj = r.regions.find((x: any) => x.code === '120000')
    expect(tj.frequencyOptions).toEqual(['monthly', 'quarterly', 'yearly'])
    expect(tj.declarationWindow).toEqual({ fromDayPrev: 21, toDay: 19 })
  })
})
