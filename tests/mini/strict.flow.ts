/**
 * What the strict sandbox enforces (harness.ts), checked against the compiled app on both platforms:
 * no code generation and no BigInt inside the bundle's realm, the platforms' navigation rules and page
 * stack limit, bubbling taps, and elder mode following the platform's large-font setting.
 * Launch with `fontSizeSetting: 22` (a large-font phone).
 */
import { expect } from 'vitest'
import type { Mini } from './harness'
import { MAX_PAGES } from './harness'

export function sandboxChecks(mini: Mini) {
  expect(mini.runInSandbox('typeof BigInt')).toBe('undefined')
  for (const code of ["eval('1 + 1')", "new Function('return 1')()", "Function('return 1')()"])
    expect(mini.runInSandbox(`(() => { try { ${code}; return 'ran' } catch (e) { return e.name } })()`), code).toBe(
      'EvalError',
    )
  // Node's globals are not there: only what a mini-program has.
  expect(mini.runInSandbox('typeof process + typeof require + typeof fetch + typeof XMLHttpRequest')).toBe(
    'undefinedundefinedundefinedundefined',
  )
}

const call = (api: any, name: string, o: object) =>
  new Promise<{ ok: boolean; errMsg: string }>((resolve) =>
    api[name]({
      ...o,
      success: (r: any) => resolve({ ok: true, errMsg: r.errMsg }),
      fail: (r: any) => resolve({ ok: false, errMsg: r.errMsg }),
    }),
  )

export async function navigationRules(mini: Mini) {
  const api = (globalThis as any)[mini.target === 'weapp' ? 'wx' : 'my']
  expect(await call(api, 'navigateTo', { url: '/tabs/mine/index' })).toEqual({
    ok: false,
    errMsg: 'navigateTo:fail can not navigateTo a tabbar page',
  })
  expect(await call(api, 'redirectTo', { url: '/tabs/services/index' })).toMatchObject({ ok: false })
  expect(await call(api, 'switchTab', { url: '/pages/assess/index' })).toMatchObject({ ok: false })
  expect(await call(api, 'navigateTo', { url: '/pages/nowhere/index' })).toMatchObject({ ok: false })
  expect(await call(api, 'switchTab', { url: '/tabs/services/index' })).toMatchObject({ ok: true })
  for (let i = 1; i < MAX_PAGES; i++)
    expect(await call(api, 'navigateTo', { url: `/pages/guide/index?n=${i}` })).toMatchObject({ ok: true })
  expect(mini.pageStack()).toHaveLength(MAX_PAGES)
  expect(await call(api, 'navigateTo', { url: '/pages/guide/index' })).toEqual({
    ok: false,
    errMsg: 'navigateTo:fail webview count limit exceed',
  })
  expect(await call(api, 'navigateBack', { delta: 3 })).toMatchObject({ ok: true })
  expect(mini.pageStack()).toHaveLength(MAX_PAGES - 3)
  expect(mini.navigationErrors.map((e) => e.api)).toEqual([
    'navigateTo',
    'redirectTo',
    'switchTab',
    'navigateTo',
    'navigateTo',
  ])
  await call(api, 'switchTab', { url: '/tabs/home/index' })
  mini.navigationErrors.length = 0
  mini.navigations.length = 0
}

/**
 * A tap on the text inside a service card of 首页 bubbles to the card (the element that listens; Taro's
 * templates bind events only on elements with listeners), and its handler runs once.
 */
export async function bubblingTap(mini: Mini) {
  const page = await mini.openPage('tabs/home/index')
  await page.waitFor('服务正常')
  const seen: { target: string; currentTarget: string }[] = []
  const eh = page.instance.eh
  page.instance.eh = function (this: unknown, e: any) {
    seen.push({ target: e.target.id, currentTarget: e.currentTarget.id })
    return eh.call(this, e)
  }
  page.tap({ text: '缴费核定' })
  await page.waitFor(() => mini.navigations.length > 0)
  // the text itself does not listen: the event reached the card that does, with the text as target
  expect(seen.length).toBeGreaterThan(0)
  expect(seen.every((e) => e.target !== e.currentTarget)).toBe(true)
  expect(mini.navigations).toHaveLength(1)
  expect(mini.navigations[0].url).toMatch(/pages\/login\/index/)
  expect(mini.templateErrors).toEqual([])
  page.unload()
}

/** The phone reports a large font (fontSizeSetting 22): pages open in elder mode without the switch. */
export async function elderFromPlatformFont(mini: Mini) {
  const page = await mini.openPage('tabs/home/index')
  await page.waitFor('服务正常')
  const rootClass = JSON.stringify(page.root()).match(/"cl":"page[^"]*"/)?.[0]
  expect(rootClass).toContain('elder')
  page.unload()
}
