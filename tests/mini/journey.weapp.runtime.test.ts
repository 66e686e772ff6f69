import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchMini, platformLogin, startBackend, type Mini } from './harness'
import { JOURNEY_ID, wholeJourney } from './journey.flow'

/** dist/weapp: sign in → 实名 → 参保登记 → 缴费核定 → 传输 → 撤销, in the strict sandbox (WeChat rules, no BigInt, no eval). */
describe('weapp runtime: the whole journey', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini

  beforeAll(async () => {
    backend = await startBackend()
    // the simulated platform issues the login code to a platform user who has a platform real name
    const loginCode = await platformLogin(backend.origin, 'weapp', 'journey', { name: '马晓燕', idNumber: JOURNEY_ID })
    mini = await launchMini('weapp', { origin: backend.origin, loginCode })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('goes from sign-in to a revoked assessment, and shows the server refusal in Chinese', async () => {
    await wholeJourney(mini, backend.adminToken)
  }, 60000)
})
