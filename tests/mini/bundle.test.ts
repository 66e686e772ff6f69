/**
 * Structure of the production mini-program bundles: what the WeChat / Alipay tools would refuse to load.
 * Run `npm run build:weapp` / `npm run build:alipay` first.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { distDir, type Target } from './harness'

const TARGETS: { target: Target; template: string; style: string; project: string; script: string }[] = [
  { target: 'weapp', template: '.wxml', style: '.wxss', project: 'project.config.json', script: '.wxs' },
  { target: 'alipay', template: '.axml', style: '.acss', project: 'mini.project.json', script: '.sjs' },
]

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? filesUnder(p) : [p]
  })
}
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))
/** Parsed JSON, or {} when it does not parse (the parse check reports those). */
const tryJson = (file: string) => {
  try {
    return readJson(file)
  } catch {
    return {}
  }
}

describe.each(TARGETS)('$target bundle', ({ target, template, project, script }) => {
  const root = distDir(target)
  const rel = (p: string) => path.relative(root, p)
  const present = fs.existsSync(path.join(root, 'app.json'))
  const missing = (base: string, exts: string[]) =>
    exts.filter((e) => !fs.existsSync(base + e)).map((e) => rel(base + e))

  it('exists (run the build if this fails)', () => {
    expect(present, `${root}/app.json is missing: run \`npm run build:${target}\` first`).toBe(true)
  })

  // The remaining checks need the build; they are skipped (and the test above fails) without it.
  const check = present ? it : it.skip
  const app = present ? readJson(path.join(root, 'app.json')) : {}
  const subPackages: { root: string; pages: string[] }[] = app.subPackages ?? app.subpackages ?? []
  const pages: string[] = [
    ...(app.pages ?? []),
    ...subPackages.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p))),
  ]

  check('app.json lists pages and every page has its js, json and template', () => {
    expect(pages.length).toBeGreaterThan(0)
    expect(pages).toContain('tabs/home/index')
    const lacking = pages.flatMap((p) => missing(path.join(root, p), ['.js', '.json', template]))
    expect(lacking, 'page files missing from the bundle').toEqual([])
  })

  check('app files and the project file are there', () => {
    expect(missing(path.join(root, 'app'), ['.js', '.json'])).toEqual([])
    expect(fs.existsSync(path.join(root, project)), `${project} missing`).toBe(true)
    expect(readJson(path.join(root, project))).toBeTypeOf('object')
  })

  check('every JSON file parses', () => {
    const bad = filesUnder(root)
      .filter((f) => f.endsWith('.json'))
      .filter((f) => {
        try {
          readJson(f)
          return false
        } catch {
          return true
        }
      })
    expect(bad.map(rel)).toEqual([])
  })

  check('every usingComponents entry resolves to a component with its files', () => {
    const problems: string[] = []
    for (const file of filesUnder(root).filter((f) => f.endsWith('.json'))) {
      const using: Record<string, string> = tryJson(file).usingComponents ?? {}
      for (const [name, ref] of Object.entries(using)) {
        if (ref.startsWith('plugin://') || ref.startsWith('plugin-private://')) continue
        const base = ref.startsWith('/') ? path.join(root, ref) : path.resolve(path.dirname(file), ref)
        const lacking = missing(base, ['.js', '.json', template])
        if (lacking.length) problems.push(`${rel(file)}: ${name} → ${ref} lacks ${lacking.join(', ')}`)
        else if (tryJson(base + '.json').component !== true && target === 'weapp')
          problems.push(`${rel(file)}: ${name} → ${ref} is not declared "component": true`)
      }
    }
    expect(problems).toEqual([])
  })

  check('the tabBar pages are pages of the bundle, with their icons', () => {
    const items: Record<string, string>[] = app.tabBar?.list ?? app.tabBar?.items ?? []
    const problems = items.flatMap((item) => [
      ...(pages.includes(item.pagePath) ? [] : [`${item.pagePath} is not in app.json pages`]),
      ...missing(path.join(root, item.pagePath), ['.js', template]),
      ...['iconPath', 'selectedIconPath', 'icon', 'activeIcon']
        .filter((k) => item[k] && !fs.existsSync(path.join(root, item[k])))
        .map((k) => `${item.pagePath}: ${k} ${item[k]} missing`),
    ])
    expect(problems).toEqual([])
  })

  check('templates import and script modules resolve', () => {
    const problems: string[] = []
    for (const file of filesUnder(root).filter((f) => f.endsWith(template))) {
      const text = fs.readFileSync(file, 'utf8')
      for (const m of text.matchAll(/<(?:import|include|wxs|import-sjs)\b[^>]*?\b(?:src|from)="([^"]+)"/g)) {
        const ref = m[1]
        const dest = ref.startsWith('/') ? path.join(root, ref) : path.resolve(path.dirname(file), ref)
        if (!fs.existsSync(dest)) problems.push(`${rel(file)} → ${ref}`)
      }
    }
    expect(problems).toEqual([])
    expect(filesUnder(root).some((f) => f.endsWith(script))).toBe(true)
  })

  check("the app's and pages' require() calls resolve inside the bundle", () => {
    const problems: string[] = []
    for (const file of filesUnder(root).filter((f) => f.endsWith('.js'))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\brequire\("(\.{1,2}\/[^"]+)"\)/g)) {
        const base = path.resolve(path.dirname(file), m[1])
        if (!fs.existsSync(base) && !fs.existsSync(base + '.js')) problems.push(`${rel(file)} → ${m[1]}`)
      }
    }
    expect(problems).toEqual([])
  })
})
