/** The home-page smoke shared by the weapp and alipay runtime tests. */
import net from 'node:net'
import { expect } from 'vitest'
import { BAKED_ORIGIN, textOf, type Mini, type MiniPage } from './harness'

/** An origin where nothing listens (a port that was just freed). */
export async function deadOrigin(): Promise<string> {
  const srv = net.createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const { port } = srv.address() as net.AddressInfo
  await new Promise((r) => srv.close(r))
  return `http://127.0.0.1:${port}`
}

/** Opens tabs/home/index and checks the health call and what setData rendered. */
export async function homeSmoke(mini: Mini, requestApi: string) {
  const page = await mini.openPage('tabs/home/index')
  await page.waitFor('灵活就业养老保险「指尖办」')
  await page.waitFor('服务正常')

  const rendered = page.text()
  expect(rendered).toContain('服务正常')
  expect(rendered).toContain('今天是')
  expect(textOf(page.find('status-today')!)).toBe('今天是 2026年11月23日')
  expect(page.find({ text: '服务正常' })?.cl).toBe('tag tag-ok')
  // Every setData payload is what the template would receive; the first one carries the page title.
  expect(JSON.stringify(page.updates[0])).toContain('灵活就业养老保险「指尖办」')

  const health = mini.requests.filter((r) => r.url === `${BAKED_ORIGIN}/api/health`)
  expect(health).toHaveLength(1)
  expect(health[0]).toMatchObject({ api: requestApi, method: 'GET', status: 200 })
  // Nothing went anywhere but the API (the fake request refuses other hosts and records them with an error).
  expect(mini.requests.filter((r) => !r.url.startsWith(`${BAKED_ORIGIN}/api/`) || r.error)).toEqual([])
  return page
}

/** Health fails → the error card with 重试 renders; tapping 重试 after recovery shows 服务正常 again. */
export async function retryFlow(mini: Mini, page: MiniPage, liveOrigin: string) {
  mini.setOrigin(await deadOrigin())
  page.pullDownRefresh()
  await page.waitFor(() => page.find('status-error'))
  expect(page.text()).not.toContain('服务正常')
  expect(mini.requests.at(-1)?.error).toBeTruthy()
  expect(mini.calls.some((c) => c.api === 'stopPullDownRefresh')).toBe(true)

  mini.setOrigin(liveOrigin)
  const before = mini.requests.length
  page.tap({ text: '重试' })
  await page.waitFor('服务正常')
  expect(mini.requests.slice(before)).toMatchObject([{ url: `${BAKED_ORIGIN}/api/health`, status: 200 }])
}

/** Every page listed in app.json mounts and renders something; no request leaves the baked API origin. */
export async function allPagesRender(mini: Mini, pages: string[]) {
  for (const p of pages) {
    const page = await mini.openPage(p)
    await page.waitFor(() => page.root().cn?.length, 5000)
    expect(page.text().length, `${p} rendered no text`).toBeGreaterThan(0)
  }
  expect(mini.requests.filter((r) => !r.url.startsWith(BAKED_ORIGIN + '/api/'))).toEqual([])
}
