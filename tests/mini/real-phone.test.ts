/**
 * What a real phone and the platforms' review need from the builds' configuration (issue 13, item 4):
 * sub-packages preloaded from the tab pages that lead to them, WeChat's lazy code loading, privacy check
 * and sitemap, the AppID from the environment, and the main-package budget.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mainBudget, measureMini } from '../../scripts/size.mjs'
import { REPO_ROOT, distDir, type Target } from './harness'

const readJson = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'))
const ROUTE_PATHS: Record<string, string> = Object.fromEntries(
  [
    ...fs
      .readFileSync(path.join(REPO_ROOT, 'src/routes.ts'), 'utf8')
      .matchAll(/^\s+(\w+): '(pages\/[\w-]+\/index)',/gm),
  ].map((m) => [m[1], m[2]]),
)

/**
 * The routes a tab page's source can open: its own `Route.X`, and those of the feature files it reaches through
 * `@/features/…` imports (pages are guard + feature), and the services list (src/services.ts) they render.
 */
function routesFrom(page: string): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return
    seen.add(file)
    const src = fs.readFileSync(file, 'utf8')
    names.push(...[...src.matchAll(/Route\.(\w+)/g)].map((m) => m[1]))
    if (/from '@\/services'/.test(src)) {
      const services = fs.readFileSync(path.join(REPO_ROOT, 'src/services.ts'), 'utf8')
      names.push(...[...services.matchAll(/route: '(\w+)'/g)].map((m) => m[1]), 'Login', 'Identity')
    }
    for (const [, spec] of src.matchAll(/from '(@\/features\/[\w/.-]+|\.\/[\w.-]+)'/g)) {
      const base = spec.startsWith('@/')
        ? path.join(REPO_ROOT, 'src', spec.slice(2))
        : path.join(path.dirname(file), spec)
      for (const ext of ['.tsx', '.ts', '/index.tsx', '/index.ts']) visit(base + ext)
    }
  }
  visit(path.join(REPO_ROOT, 'src', page + '.tsx'))
  return [...new Set(names)].map((n) => ROUTE_PATHS[n]).filter(Boolean)
}

describe.each(['weapp', 'alipay'] as Target[])('%s build for a real phone', (target) => {
  const root = distDir(target)
  const present = fs.existsSync(path.join(root, 'app.json'))
  const check = present ? it : it.skip
  const app = present ? readJson(path.join(root, 'app.json')) : {}
  const subRoots: string[] = (app.subPackages ?? app.subpackages ?? []).map((s: { root: string }) => s.root)

  check('every sub-package a tab page leads to is preloaded from that tab page', () => {
    const tabs: string[] = (app.tabBar?.list ?? app.tabBar?.items ?? []).map((t: { pagePath: string }) => t.pagePath)
    expect(tabs.length).toBe(3)
    const missing: string[] = []
    for (const tab of tabs) {
      const preloaded: string[] = app.preloadRule?.[tab]?.packages ?? []
      for (const p of preloaded) expect(subRoots, `${tab} preloads unknown ${p}`).toContain(p)
      for (const route of routesFrom(tab)) {
        const sub = subRoots.find((r) => route.startsWith(r + '/'))
        if (sub && !preloaded.includes(sub)) missing.push(`${tab} → ${sub}`)
      }
    }
    expect(missing).toEqual([])
    expect(tabs.flatMap(routesFrom).length, 'no links found in the tab pages: check routesFrom').toBeGreaterThan(5)
  })

  check('the main package is within MAIN_RATIO × the hello-world (scripts/size.mjs)', () => {
    const m = measureMini(target)
    expect(m.main, `${(m.main / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(mainBudget(target))
  })

  check(
    'the flow pages are one sub-package: the code they share is there once (no copies), not in the main package',
    () => {
      expect(subRoots).toEqual(['pages'])
      const sub = app.subPackages?.[0] ?? app.subpackages?.[0]
      expect(sub.pages.length).toBeGreaterThan(10)
      // main-package pages are the tab pages only
      expect(app.pages).toEqual(
        (app.tabBar?.list ?? app.tabBar?.items ?? []).map((t: { pagePath: string }) => t.pagePath),
      )
      // a module the flows share sits in the sub-package's own common chunk, once: no copy in a second folder
      const copies = fs
        .readdirSync(path.join(root, 'pages'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => fs.readdirSync(path.join(root, 'pages', e.name)).filter((f) => /^sub-(common|vendors)/.test(f)))
      expect(copies).toEqual([])
    },
  )

  check('the AppID is written into the project file (WEAPP_APPID / ALIPAY_APPID, default touristappid)', () => {
    const file = path.join(root, target === 'weapp' ? 'project.config.json' : 'mini.project.json')
    const want = (target === 'weapp' ? process.env.WEAPP_APPID : process.env.ALIPAY_APPID) || 'touristappid'
    expect(readJson(file).appid).toBe(want)
  })

  if (target === 'weapp') {
    check('WeChat: lazy code loading, privacy check and a sitemap that keeps personal pages out of search', () => {
      expect(app.lazyCodeLoading).toBe('requiredComponents')
      expect(app.__usePrivacyCheck__).toBe(true)
      expect(app.sitemapLocation).toBe('sitemap.json')
      const sitemap = readJson(path.join(root, 'sitemap.json'))
      const allowed = sitemap.rules.filter((r: { action: string }) => r.action === 'allow').map((r: any) => r.page)
      for (const p of ['tabs/mine/index', 'pages/records/index', 'pages/record-detail/index', 'pages/people/index'])
        expect(allowed).not.toContain(p)
      expect(sitemap.rules.at(-1)).toEqual({ action: 'disallow', page: '*' })
    })
  }
})
