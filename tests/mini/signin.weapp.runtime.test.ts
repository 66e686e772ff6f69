import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchMini, platformLogin, startBackend, type Mini } from './harness'
import { SMOKE_PERSON, signInSmoke } from './signin-smoke'

/** Runs dist/weapp in Node: consent → platform login → real-name binding → signed-in 首页. */
describe('weapp sign-in runtime', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini
  let code: string

  beforeAll(async () => {
    backend = await startBackend()
    code = await platformLogin(backend.origin, 'weapp', 'smoke', SMOKE_PERSON)
    mini = await launchMini('weapp', { origin: backend.origin, loginCode: code })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('signs in through the platform login and shows the signed-in home', async () => {
    await signInSmoke(mini, code)
  })
})
