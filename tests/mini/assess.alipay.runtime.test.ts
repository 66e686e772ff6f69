import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchMini, startBackend, type Mini } from './harness'
import { assessSmoke, signedInStorage } from './assess.flow'

/** dist/alipay: 缴费核定 renders the region's base choices and drives one quote, through my.request only. */
describe('alipay runtime: 缴费核定', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini

  beforeAll(async () => {
    backend = await startBackend()
    // Arranged through the API before launch: the harness then removes Node's fetch.
    const storage = await signedInStorage(backend.origin, 'alipay')
    mini = await launchMini('alipay', { origin: backend.origin, storage })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('renders the base choices from /api/regions + /api/registration and drives one quote', async () => {
    await assessSmoke(mini, 'my.request')
  })
})
