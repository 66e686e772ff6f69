import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchMini, startBackend, type Mini } from './harness'
import { wholeJourney } from './journey.flow'

/** dist/alipay: sign in → 实名 → 参保登记 → 缴费核定 → 传输 → 撤销, in the strict sandbox (Alipay rules, no BigInt, no eval). */
describe('alipay runtime: the whole journey', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini

  beforeAll(async () => {
    backend = await startBackend()
    mini = await launchMini('alipay', { origin: backend.origin })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('goes from sign-in to a revoked assessment, and shows the server refusal in Chinese', async () => {
    await wholeJourney(mini, backend.adminToken)
  }, 60000)
})
