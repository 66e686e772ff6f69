/**
 * Ahead-of-time answer checks: every TypeBox schema exported by src/api/schema.ts compiled with TypeBox's
 * own `TypeCompiler.Code()` into src/api/validators.gen.ts, one plain function per schema. The app checks
 * every answer with them, so neither the TypeBox builder nor Value.Check (which calls BigInt() when it
 * loads) ships to the phones, and no code is generated at run time (`new Function` is refused there).
 *
 * Runs at the start of every Taro build (config/index.ts) and before the typecheck in `npm test`;
 * `npm run gen:validators` runs it by hand; `--check` exits 1 when the file on disk is stale
 * (tests/tools/validators.test.ts asserts the same).
 */
import fs from 'node:fs'
import path from 'node:path'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { Kind, OptionalKind, Type, type TSchema } from '@sinclair/typebox'
import * as Schema from '../src/api/schema'

export const GENERATED = path.resolve(__dirname, '..', 'src/api/validators.gen.ts')

const isSchema = (v: unknown): v is TSchema => !!v && typeof v === 'object' && Kind in (v as object)

/**
 * A copy the compiler understands: `Type.Unsafe({ type: 'string', enum: [...] })` (which TypeBox's compiler
 * does not know) becomes the union of those literals, which checks exactly the same values.
 */
function compilable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(compilable)
  if (!schema || typeof schema !== 'object') return schema
  const s = schema as Record<PropertyKey, unknown>
  if (s[Kind] === 'Unsafe' && Array.isArray(s.enum)) {
    const union = Type.Union((s.enum as (string | number | boolean)[]).map((v) => Type.Literal(v)))
    return s[OptionalKind] ? Type.Optional(union) : union
  }
  const out: Record<PropertyKey, unknown> = {}
  for (const key of Reflect.ownKeys(s)) out[key] = compilable(s[key])
  return out
}

/** The text of src/api/validators.gen.ts for the schemas as they are now. */
export function validatorsSource(): string {
  const names = Object.keys(Schema)
    .filter((k) => isSchema((Schema as Record<string, unknown>)[k]))
    .sort()
  const parts = names.map((name) => {
    const code = TypeCompiler.Code(compilable((Schema as unknown as Record<string, TSchema>)[name]) as TSchema)
      .replace(/^return function check\(value\)/m, 'return function check(value: any): boolean')
      .replace(/^/gm, '  ')
      .trimEnd()
    return [
      `export type ${name} = Static<typeof Schema.${name}>`,
      `export const ${name} = /*#__PURE__*/ (function () {`,
      code,
      `})() as Check<typeof Schema.${name}>`,
    ].join('\n')
  })
  return [
    '/* eslint-disable */',
    '// Generated from src/api/schema.ts by config/validators.ts (TypeBox TypeCompiler.Code). Do not edit:',
    '// `npm run gen:validators` rewrites it, and every build and `npm test` run that first.',
    '// Each export is the answer check of the schema of the same name, and the type of its value.',
    '// @ts-nocheck: the function bodies are TypeBox output; the exports are typed by their `as Check<…>`.',
    "import type { Static, TSchema } from '@sinclair/typebox'",
    "import type * as Schema from './schema'",
    '',
    'export type Check<T extends TSchema> = (value: unknown) => value is Static<T>',
    '',
    parts.join('\n\n'),
    '',
  ].join('\n')
}

/** Writes the generated module when it differs; returns whether it changed. */
export function writeValidators(): boolean {
  const text = validatorsSource()
  const old = fs.existsSync(GENERATED) ? fs.readFileSync(GENERATED, 'utf8') : ''
  if (old === text) return false
  fs.writeFileSync(GENERATED, text)
  return true
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)
if (invokedDirectly) {
  if (process.argv.includes('--check')) {
    const ok = fs.existsSync(GENERATED) && fs.readFileSync(GENERATED, 'utf8') === validatorsSource()
    if (!ok) console.error('src/api/validators.gen.ts is stale: run `npm run gen:validators`')
    process.exit(ok ? 0 : 1)
  }
  console.log(writeValidators() ? 'src/api/validators.gen.ts written' : 'src/api/validators.gen.ts up to date')
}
