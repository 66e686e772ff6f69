/**
 * The bundles parse and run on every engine the platforms still support: old iOS JavaScriptCore (iOS 9+
 * for WeChat's base library floor) knows ES2015 at most and has no BigInt before iOS 14. Every .js file
 * of dist/weapp and dist/alipay, dependencies included, must parse as ES2015 script, and nothing may
 * generate code at run time (WeChat and Alipay refuse eval / new Function). The runtime smokes run the
 * bundles in a sandbox without BigInt and with code generation disabled (harness.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { describe, expect, it } from 'vitest'
import { distDir, type Target } from './harness'

const jsFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : []
  })

describe.each(['weapp', 'alipay'] as Target[])('%s bundle on old engines', (target) => {
  const root = distDir(target)
  const present = fs.existsSync(path.join(root, 'app.js'))
  it('is built (run the build if this fails)', () => expect(present).toBe(true))
  const check = present ? it : it.skip
  const files = present ? jsFiles(root) : []

  check('every .js file parses as ES2015', () => {
    const failures: string[] = []
    for (const f of files) {
      try {
        parse(fs.readFileSync(f, 'utf8'), { ecmaVersion: 2015, sourceType: 'script' })
      } catch (e) {
        failures.push(`${path.relative(root, f)}: ${(e as Error).message}`)
      }
    }
    expect(failures).toEqual([])
    expect(files.length).toBeGreaterThan(10)
  })

  check('nothing calls BigInt, eval or new Function (except webpack’s guarded `new Function("return this")`)', () => {
    const problems: string[] = []
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8').replaceAll('new Function("return this")', '')
      for (const m of text.matchAll(/\bBigInt\s*\(|\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*["'`]/g))
        problems.push(`${path.relative(root, f)}: ${text.slice(Math.max(0, m.index! - 40), m.index! + 40)}`)
    }
    expect(problems).toEqual([])
  })

  check(
    'TypeBox and axios are not shipped (answer checks are compiled ahead of time; requests use Taro.request)',
    () => {
      const all = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n')
      expect(all).not.toContain('TypeBox.Kind')
      expect(all).not.toContain('TypeCompiler')
      expect(all).not.toMatch(/axios/i)
    },
  )
})
