/**
 * Runs the reference cases (docs/rules/cases.json, a copy of ../shared/rules/cases.json), and the file named by RULES_CASES
 * as well, through the rules engine: one test per case, named by its id and description.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { caseFiles, compareExpected, loadCaseFile, runCase } from './runner'

const here = path.dirname(fileURLToPath(import.meta.url))
const REPO_CASES = path.resolve(here, '../../docs/rules/cases.json')

for (const file of caseFiles(process.env, REPO_CASES)) {
  const data = loadCaseFile(file)
  describe(`rule cases from ${file === REPO_CASES ? 'docs/rules/cases.json' : file}`, () => {
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
}
