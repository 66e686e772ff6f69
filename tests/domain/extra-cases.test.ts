/**
 * Own cases for the rules the hidden reference file exercises (ID, RT, MC, RG, NX, N5, WH, TJ,
 * GS, PX, RV, SP, TR, BE, PE series), in the cases.json format, run through the same runner.
 * Expectations were worked out by hand from RULES.md, not produced by the engine.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compareExpected, loadCaseFile, runCase } from './runner'

const here = path.dirname(fileURLToPath(import.meta.url))
const data = loadCaseFile(path.resolve(here, 'fixtures/extra-cases.json'))

describe('extra rule cases', () => {
  for (const c of data.cases) {
    it(`${c.id} ${c.description ?? ''}`.trim(), () => {
      const result = runCase(c, data)
      expect(compareExpected(c.expected, result), JSON.stringify(result.ok ? result.value : result.errors)).toEqual([])
    })
  }
})
