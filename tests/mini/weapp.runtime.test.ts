import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { distDir, launchMini, startBackend, type Mini, type MiniPage } from './harness'
import { allPagesRender, homeSmoke, retryFlow } from './home-smoke'

/** Runs dist/weapp in Node with a fake `wx` against the real backend. */
describe('weapp runtime', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  let mini: Mini
  let home: MiniPage

  beforeAll(async () => {
    backend = await startBackend()
    mini = await launchMini('weapp', { origin: backend.origin })
  })
  afterAll(async () => {
    mini?.close()
    await backend?.close()
  })

  it('renders the home page with the API answer, through wx.request only', async () => {
    home = await homeSmoke(mini, 'wx.request')
  })

  it('shows the error card when the API is down, and 重试 (tap via eh) recovers', async () => {
    await retryFlow(mini, home, backend.origin)
  })

  it('every page in app.json mounts and renders', async () => {
    const { pages } = JSON.parse(fs.readFileSync(path.join(distDir('weapp'), 'app.json'), 'utf8'))
    await allPagesRender(mini, pages)
  })

  it('harness fakes: storage, wx.login, showModal answers', async () => {
    const wx = (globalThis as any).wx
    wx.setStorageSync('k', { a: 1 })
    expect(wx.getStorageSync('k')).toEqual({ a: 1 })
    expect(mini.storage.get('k')).toEqual({ a: 1 })
    wx.removeStorageSync('k')
    expect(wx.getStorageSync('k')).toBe('')
    const code = await new Promise((resolve) => wx.login({ success: (r: any) => resolve(r.code) }))
    expect(code).toBe('test-code')
    mini.answerModal(false)
    const res = await new Promise<any>((resolve) => wx.showModal({ title: 't', content: 'c', success: resolve }))
    expect(res).toMatchObject({ confirm: false, cancel: true })
    expect(mini.modals.at(-1)).toEqual({ title: 't', content: 'c', confirm: false })
  })
})
