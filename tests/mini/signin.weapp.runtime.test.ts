import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchMini, startBackend, type Mini } from './harness'
import { signInSmoke } from './signin-smoke'

/** Runs dist/weapp in Node: consent → platform login → real-name binding → signed-in 首页. */
describe('weapp sign-in runtime', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini

  beforeAll(async () => {
    backend = await startBackend()
    mini = await launchMini('weapp', { origin: backend.origin })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('signs in through the platform login and shows the signed-in home', async () => {
    await signInSmoke(mini)
  })
})
