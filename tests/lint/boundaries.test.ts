/**
 * The code's boundaries bite: ESLint (eslint.config.mjs, no-restricted-imports per folder) refuses an
 * offending import placed at a virtual path in each area, and lets the imports that area is allowed
 * through; the domain's tsconfig has neither DOM nor node types, the app's no node types, the server's
 * no DOM (a snippet using them does not compile under that config, and compiles under the next).
 */
import path from 'node:path'
import { ESLint } from 'eslint'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') })
})

/** The boundary errors (`rule: message`, one per restriction an import breaks) of `code` at `file`. */
async function boundaryErrors(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  const fatal = result.messages.filter((m) => m.fatal)
  expect(fatal, `${file} parses`).toEqual([])
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => `${m.ruleId}: ${m.message}`)
}
const importOf = (specifier: string) => `import '${specifier}'\n`

/** [file, specifier, a word the refusal names] that must be refused */
const refused: [string, string, string][] = [
  // the layers below the features never import one
  ['src/components/Form.tsx', '@/features/assess/model', 'Features sit on top'],
  ['src/query/cache.ts', '../features/home/useHome', 'Features sit on top'],
  ['src/utils/format.ts', '../features/insights/Years', 'Features sit on top'],
  ['src/routing/guard.tsx', '@/features/account/Login', 'Features sit on top'],
  // the domain imports only itself (and big.js)
  ['src/domain/x.ts', '../api/client', 'src/domain is pure rules'],
  ['src/domain/x.ts', '../pages/assess/index', 'src/domain is pure rules'],
  ['src/domain/x.ts', '../components/Form', 'src/domain is pure rules'],
  ['src/domain/x.ts', '../store/session', 'src/domain is pure rules'],
  ['src/domain/x.ts', '../utils/format', 'src/domain is pure rules'],
  ['src/domain/x.ts', '@/api/schema', 'src/domain is pure rules'],
  ['src/domain/x.ts', '@tarojs/taro', 'src/domain is pure rules'],
  ['src/domain/x.ts', 'react', 'src/domain is pure rules'],
  ['src/domain/x.ts', 'zustand', 'src/domain is pure rules'],
  ['src/domain/x.ts', 'axios', 'src/domain is pure rules'],
  ['src/domain/x.ts', 'dayjs', 'src/domain is pure rules'],
  ['src/domain/x.ts', 'node:fs', 'src/domain is pure rules'],
  ['src/domain/x.ts', 'fastify', 'src/domain is pure rules'],
  ['src/domain/x.ts', '../../mock-server/src/app', 'src/domain is pure rules'],
  ['src/domain/x.ts', './rulesets/../../api/client', 'src/domain is pure rules'],
  ['src/domain/rulesets/x.ts', '../../utils/format', 'src/domain is pure rules'],
  ['src/domain/rulesets/x.ts', '../../api/schema', 'src/domain is pure rules'],
  // pages import no other page; components no page
  ['src/pages/assess/index.tsx', '../people/index', 'A page imports no other page'],
  ['src/pages/assess/index.tsx', '@/pages/people/index', 'Nothing imports a page'],
  ['src/pages/assess/index.tsx', '../../pages/people/index', 'Nothing imports a page'],
  ['src/pages/assess/parts/step.tsx', '../../people/index', 'A page imports no other page'],
  ['src/components/Form.tsx', '@/pages/assess/index', 'Nothing imports a page'],
  // the tab pages (src/tabs) are pages too
  ['src/tabs/home/index.tsx', '../mine/index', 'A page imports no other page'],
  ['src/tabs/home/index.tsx', '../../pages/assess/index', 'Nothing imports a page'],
  ['src/pages/assess/index.tsx', '@/tabs/home/index', 'Nothing imports a page'],
  ['src/features/home/Home.tsx', '../../tabs/home/index', 'Nothing imports a page'],
  ['src/components/Form.tsx', '../pages/assess/index', 'Nothing imports a page'],
  ['src/utils/nav.ts', '../pages/assess/index', 'Nothing imports a page'],
  // the app imports neither the server nor node
  ['src/utils/x.ts', '../../mock-server/src/app', 'never imports the server'],
  ['src/api/x.ts', '../../mock-server/src/routes/assessments', 'never imports the server'],
  ['src/utils/x.ts', 'node:path', 'no node builtins'],
  ['src/utils/x.ts', 'path', 'no node builtins'],
  ['src/utils/x.ts', 'fs/promises', 'no node builtins'],
  ['src/pages/assess/index.tsx', 'node:fs', 'no node builtins'],
  ['src/components/Form.tsx', 'crypto', 'no node builtins'],
  ['src/utils/x.ts', 'fastify', 'Server-only package'],
  ['src/utils/x.ts', '@fastify/cors', 'Server-only package'],
  ['src/store/x.ts', 'better-sqlite3', 'Server-only package'],
  // the server imports from src/ only the domain and the schema
  ['mock-server/src/x.ts', '../../src/utils/format', 'only src/domain/** and src/api/schema'],
  ['mock-server/src/x.ts', '../../src/api/client', 'only src/domain/** and src/api/schema'],
  ['mock-server/src/x.ts', '../../src/api/validators.gen', 'only src/domain/** and src/api/schema'],
  ['mock-server/src/x.ts', '../../src/pages/assess/index', 'only src/domain/** and src/api/schema'],
  ['mock-server/src/x.ts', '../../src', 'only src/domain/** and src/api/schema'],
  ['mock-server/src/x.ts', '@/store/session', 'only src/domain/** and src/api/schema'],
  ['mock-server/src/routes/x.ts', '../../../src/components/Form', 'only src/domain/** and src/api/schema'],
  ['mock-server/src/providers/identity/x.ts', '../../../../src/utils/format', 'only src/domain/** and src/api/schema'],
]

/** [file, specifiers] that must pass */
const allowed: [string, string[]][] = [
  ['src/domain/x.ts', ['./money', './rulesets/regions', 'big.js']],
  ['src/domain/rulesets/x.ts', ['../money', './types', 'big.js']],
  [
    'src/pages/assess/index.tsx',
    ['@/components/Form', '@/utils/nav', '@/domain/money', './index.css', '../../utils/nav'],
  ],
  ['src/pages/assess/parts/step.tsx', ['../index', '../../../components/Form']],
  ['src/components/Form.tsx', ['./StatusTag', '@/utils/a11y', '@tarojs/components', 'react']],
  ['src/api/x.ts', ['./schema', './validators.gen', '@sinclair/typebox']],
  [
    'mock-server/src/x.ts',
    ['./storage', '../../src/domain/money', '../../src/domain', '../../src/api/schema', 'fastify', 'node:path'],
  ],
  ['mock-server/src/routes/x.ts', ['../storage', '../../../src/api/schema', '../../../src/domain/privacy']],
  ['mock-server/src/providers/identity/x.ts', ['../../context', '../../../../src/domain/privacy']],
]

describe('import boundaries (eslint.config.mjs)', () => {
  it.each(refused)('%s may not import %s', async (file, specifier, reason) => {
    const errors = await boundaryErrors(file, importOf(specifier))
    expect(errors).toContainEqual(expect.stringContaining(reason))
  })

  it('type-only imports and re-exports are refused too', async () => {
    expect(await boundaryErrors('src/domain/x.ts', "import type { Assessment } from '../api/schema'\n")).not.toEqual([])
    expect(await boundaryErrors('src/domain/x.ts', "export * from '../utils/format'\n")).not.toEqual([])
    expect(await boundaryErrors('src/pages/assess/index.tsx', "export { x } from '../people/index'\n")).not.toEqual([])
  })

  it('the domain has no dynamic import() or require()', async () => {
    const errors = await boundaryErrors('src/domain/x.ts', "export const f = () => import('../api/client')\n")
    expect(errors).toEqual([expect.stringContaining('no-restricted-syntax: src/domain is pure rules')])
    const required = await boundaryErrors('src/domain/x.ts', "export const f = () => require('node:fs')\n")
    expect(required).toEqual([expect.stringContaining('no-restricted-syntax: src/domain is pure rules')])
  })

  it.each(allowed)('%s may import its own area and what it is allowed', async (file, specifiers) => {
    expect(await boundaryErrors(file, specifiers.map(importOf).join(''))).toEqual([])
  })
})

/** The diagnostics of `code` compiled alone at `file` under the tsconfig `config`. */
function compile(config: string, file: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(root, config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      },
    },
  )!
  const probe = path.join(root, file)
  const host = ts.createCompilerHost(parsed.options)
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (name, lang, ...rest) =>
    path.resolve(name) === probe ? ts.createSourceFile(name, code, lang) : getSourceFile(name, lang, ...rest)
  const fileExists = host.fileExists
  host.fileExists = (name) => path.resolve(name) === probe || fileExists(name)
  const program = ts.createProgram([probe], parsed.options, host)
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))
}

describe('each area compiles against its own platform only (tsconfig.*.json)', () => {
  const dom = 'export const title = document.title\n'
  const node = "export const bytes = Buffer.from('x').length\n"
  const es = 'export const n = new Intl.NumberFormat("zh-CN").format([1, 2].at(-1) ?? 0)\n'

  it('the domain: ES2022 only', () => {
    expect(compile('tsconfig.domain.json', 'src/domain/probe.ts', es)).toEqual([])
    expect(compile('tsconfig.domain.json', 'src/domain/probe.ts', dom).join()).toContain("Cannot find name 'document'")
    expect(compile('tsconfig.domain.json', 'src/domain/probe.ts', node).join()).toContain("Cannot find name 'Buffer'")
    expect(compile('tsconfig.domain.json', 'src/domain/probe.ts', 'setTimeout(() => {}, 1)\n').join()).toContain(
      "Cannot find name 'setTimeout'",
    )
  })

  it('the app: DOM, no node', () => {
    expect(compile('tsconfig.app.json', 'src/utils/probe.ts', dom)).toEqual([])
    expect(compile('tsconfig.app.json', 'src/utils/probe.ts', node).join()).toContain("Cannot find name 'Buffer'")
  })

  it('the server: node, no DOM', () => {
    expect(compile('tsconfig.server.json', 'mock-server/src/probe.ts', node)).toEqual([])
    expect(compile('tsconfig.server.json', 'mock-server/src/probe.ts', dom).join()).toContain(
      "Cannot find name 'document'",
    )
  })
})
