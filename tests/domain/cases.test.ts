/**
 * Runs the reference cases (shared/rules/cases.json), or the file named by RULES_CASES,
 * through the rules engine: one test per case, named by its id and description.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { casesPath, compareExpected, loadCaseFile, runCase } from './runner'

const here = path.dirname(fileURLToPath(import.meta.url))
const DEFAULT_CASES = path.resolve(here, '../../../shared/rules/cases.json')
const file = casesPath(process.env, DEFAULT_CASES)
const data = loadCaseFile(file)

describe(`rule cases from ${path.basename(file)}`, () => {
  it('has cases', () => {
    expect(data.cases.length).toBeGreaterThan(0)
  })

  for (const c of data.cases) {
    it(`${c.id} ${c.description ?? ''}`.trim(), () => {
      const result = runCase(c, data)
      const problems = compareExpected(c.expected, result)
      expect(problems, `${c.id}: ${JSON.stringify(result.ok ? result.value : result.errors)}`).toEqual([])
    })
  }
})
