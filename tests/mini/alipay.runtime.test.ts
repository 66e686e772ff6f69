import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { distDir, launchMini, startBackend, type Mini, type MiniPage } from './harness'
import { allPagesRender, homeSmoke, retryFlow } from './home-smoke'

/** Runs dist/alipay in Node with a fake `my` against the real backend. */
describe('alipay runtime', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini
  let home: MiniPage

  beforeAll(async () => {
    backend = await startBackend()
    mini = await launchMini('alipay', { origin: backend.origin })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('renders the home page with the API answer, through my.request only', async () => {
    home = await homeSmoke(mini, 'my.request')
  })

  it('shows the error card when the API is down, and 重试 (tap via eh) recovers', async () => {
    await retryFlow(mini, home, backend.origin)
  })

  it('every page in app.json mounts and renders', async () => {
    const { pages } = JSON.parse(fs.readFileSync(path.join(distDir('alipay'), 'app.json'), 'utf8'))
    await allPagesRender(mini, pages)
  })

  it('harness fakes: storage, my.getAuthCode, confirm answers', async () => {
    const my = (globalThis as any).my
    my.setStorageSync({ key: 'k', data: { a: 1 } })
    expect(my.getStorageSync({ key: 'k' })).toEqual({ data: { a: 1 } })
    expect(mini.storage.get('k')).toEqual({ a: 1 })
    my.removeStorageSync({ key: 'k' })
    expect(my.getStorageSync({ key: 'k' })).toEqual({ data: null })
    const code = await new Promise((resolve) =>
      my.getAuthCode({ scopes: 'auth_base', success: (r: any) => resolve(r.authCode) }),
    )
    expect(code).toBe('test-auth')
    mini.answerModal(false)
    const res = await new Promise<any>((resolve) => my.confirm({ title: 't', content: 'c', success: resolve }))
    expect(res).toMatchObject({ confirm: false })
    expect(mini.modals.at(-1)).toEqual({ title: 't', content: 'c', confirm: false })
  })
})
