/**
 * The repo carries its own copy of the spec, its reference cases and the source documents
 * (docs/rules/), so that a fresh clone runs every test. When the workspace's ../shared exists
 * (where the spec is maintained), every copied file must equal it byte for byte: a revised spec is
 * never missed. Without ../shared (a newcomer's clone) there is nothing to compare with.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const copy = path.join(root, 'docs/rules')
const shared = path.resolve(root, '../shared')
const pairs: Array<[string, string]> = [
  ['rules/RULES.md', 'RULES.md'],
  ['rules/cases.json', 'cases.json'],
]
if (fs.existsSync(path.join(shared, 'sources'))) {
  for (const name of fs.readdirSync(path.join(shared, 'sources'))) pairs.push([`sources/${name}`, `sources/${name}`])
}

describe('the repo copy of the spec (docs/rules)', () => {
  it('is complete', () => {
    for (const name of ['RULES.md', 'cases.json']) expect(fs.existsSync(path.join(copy, name)), name).toBe(true)
    expect(fs.readdirSync(path.join(copy, 'sources')).length).toBeGreaterThanOrEqual(5)
  })

  it.skipIf(!fs.existsSync(path.join(shared, 'rules')))('equals ../shared, file by file', () => {
    const differ: string[] = []
    for (const [from, to] of pairs) {
      const a = fs.readFileSync(path.join(shared, from))
      const b = fs.existsSync(path.join(copy, to)) ? fs.readFileSync(path.join(copy, to)) : null
      if (!b || !a.equals(b)) differ.push(`${from} → docs/rules/${to}`)
    }
    expect(
      differ,
      'copy ../shared into docs/rules (cp ../shared/rules/* docs/rules/; cp ../shared/sources/* docs/rules/sources/)',
    ).toEqual([])
  })
})
