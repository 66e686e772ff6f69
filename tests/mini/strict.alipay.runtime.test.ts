import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchMini, startBackend, type Mini } from './harness'
import { bubblingTap, elderFromPlatformFont, navigationRules, sandboxChecks } from './strict.flow'

/** dist/alipay in the strict sandbox, on a phone set to large text (fontSizeSetting 22). */
describe('alipay runtime: strict sandbox', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini

  beforeAll(async () => {
    backend = await startBackend()
    mini = await launchMini('alipay', { origin: backend.origin, fontSizeSetting: 22 })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('runs the bundle without BigInt, eval, new Function or Node globals', () => sandboxChecks(mini))
  it('follows the platform navigation rules and the 10-page stack limit', () => navigationRules(mini))
  it('bubbles a tap through every listening element', () => bubblingTap(mini))
  it('opens in elder mode when the phone is set to large text', () => elderFromPlatformFont(mini))
})
