/**
 * Ahead-of-time answer checks: every TypeBox schema exported by src/api/schema.ts turned into
 * src/api/validators.gen.ts, a composition of the small checks of src/api/check.ts (str, num, obj, arr…), each
 * distinct schema part written once and shared by every schema that uses it. The app checks every answer
 * with them, so neither the TypeBox builder nor Value.Check (which calls BigInt() when it loads) ships to the
 * phones, no code is generated at run time (`new Function` is refused there), and the checks take a few KB
 * instead of the ≈ 45 KB of TypeBox's own compiled code (one inlined function per schema). Each part checks
 * what TypeBox's compiled check does: tests/tools/validators.test.ts compares the two on generated good and
 * bad answers for every schema. A schema keyword this generator does not know stops it (never a silent
 * weaker check).
 *
 * Runs at the start of every Taro build (config/index.ts) and before the typecheck in `npm test`;
 * `npm run gen:validators` runs it by hand; `--check` exits 1 when the file on disk is stale
 * (tests/tools/validators.test.ts asserts the same).
 */
import fs from 'node:fs'
import path from 'node:path'
import { Kind, OptionalKind, Type, type TSchema } from '@sinclair/typebox'
import * as Schema from '../src/api/schema'

export const GENERATED = path.resolve(__dirname, '..', 'src/api/validators.gen.ts')

const isSchema = (v: unknown): v is TSchema => !!v && typeof v === 'object' && Kind in (v as object)

/**
 * A copy the generator understands: `Type.Unsafe({ type: 'string', enum: [...] })` becomes the union of those
 * literals, which checks exactly the same values.
 */
export function compilable(schema: unknown): unknown {
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

/** Keywords that only describe (no effect on what is valid). */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  'default',
  '$id',
  'deprecated',
  'readOnly',
  'writeOnly',
])

/** The keywords each kind is checked by here; any other keyword stops the generator. */
const KNOWN: Record<string, string[]> = {
  String: ['type', 'minLength', 'maxLength', 'pattern'],
  Integer: ['type'],
  Number: ['type'],
  Boolean: ['type'],
  Null: ['type'],
  Literal: ['type', 'const'],
  Unknown: [],
  Any: [],
  Union: ['anyOf'],
  Array: ['type', 'items', 'minItems', 'maxItems'],
  Object: ['type', 'properties', 'required', 'additionalProperties'],
  Record: ['type', 'patternProperties', 'additionalProperties'],
}

/** Emits the parts as shared constants: `intern(expr)` gives the name of the constant holding `expr`. */
class Emitter {
  readonly lines: string[] = []
  private readonly names = new Map<string, string>()
  private readonly patterns = new Map<string, string>()

  intern(expr: string): string {
    let name = this.names.get(expr)
    if (!name) {
      name = `c${this.names.size}`
      this.names.set(expr, name)
      this.lines.push(`const ${name} = /*#__PURE__*/ ${expr}`)
    }
    return name
  }

  pattern(source: string): string {
    let name = this.patterns.get(source)
    if (!name) {
      name = `r${this.patterns.size}`
      this.patterns.set(source, name)
      this.lines.push(`const ${name} = /*#__PURE__*/ new RegExp(${JSON.stringify(source)})`)
    }
    return name
  }

  /** The name of the check of `schema` (where: the path, for the error message). */
  check(schema: TSchema, where: string): string {
    const s = schema as unknown as Record<string, unknown> & { [Kind]: string }
    const kind = s[Kind]
    const known = KNOWN[kind]
    if (!known) throw new Error(`config/validators.ts: ${where}: schema kind ${kind} is not supported`)
    for (const key of Object.keys(s)) {
      if (!known.includes(key) && !ANNOTATIONS.has(key))
        throw new Error(`config/validators.ts: ${where}: keyword "${key}" of ${kind} is not supported`)
    }
    const opt = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v))
    const args = (...a: string[]) => {
      while (a.length && a[a.length - 1] === 'undefined') a.pop()
      return a.join(', ')
    }
    switch (kind) {
      case 'String':
        return this.intern(
          `str(${args(opt(s.minLength), opt(s.maxLength), s.pattern === undefined ? 'undefined' : this.pattern(s.pattern as string))})`,
        )
      case 'Integer':
      case 'Number':
        return kind === 'Integer' ? 'int' : 'num'
      case 'Boolean':
        return 'bool'
      case 'Null':
        return this.intern('lit(null)')
      case 'Literal':
        return this.intern(`lit(${JSON.stringify(s.const)})`)
      case 'Unknown':
      case 'Any':
        return 'any'
      case 'Union': {
        const members = s.anyOf as TSchema[]
        const literals = members.every((m) => (m as { [Kind]?: string })[Kind] === 'Literal')
        if (literals)
          return this.intern(
            `lit(${members.map((m) => JSON.stringify((m as unknown as { const: unknown }).const)).join(', ')})`,
          )
        return this.intern(`or(${members.map((m, i) => this.check(m, `${where}|${i}`)).join(', ')})`)
      }
      case 'Array':
        return this.intern(
          `arr(${args(this.check(s.items as TSchema, `${where}[]`), opt(s.minItems), opt(s.maxItems))})`,
        )
      case 'Record': {
        const patterns = Object.entries(s.patternProperties as Record<string, TSchema>)
        if (patterns.length !== 1 || (s.additionalProperties !== undefined && s.additionalProperties !== false))
          throw new Error(`config/validators.ts: ${where}: this Record is not supported`)
        const [[key, value]] = patterns
        return this.intern(
          `rec(${this.check(value, `${where}{}`)}, ${this.pattern(key)}, ${s.additionalProperties === false})`,
        )
      }
      case 'Object': {
        if (s.additionalProperties !== undefined && s.additionalProperties !== false)
          throw new Error(`config/validators.ts: ${where}: additionalProperties must be false or absent`)
        const properties = s.properties as Record<string, TSchema>
        const required = new Set((s.required as string[] | undefined) ?? [])
        const req: string[] = []
        const optional: string[] = []
        for (const [key, value] of Object.entries(properties)) {
          const entry = `${JSON.stringify(key)}: ${this.check(value, `${where}.${key}`)}`
          ;(required.has(key) ? req : optional).push(entry)
        }
        const optionalArg = optional.length ? `{ ${optional.join(', ')} }` : 'null'
        return this.intern(`obj({ ${req.join(', ')} }, ${optionalArg}, ${s.additionalProperties === false})`)
      }
    }
    throw new Error(`config/validators.ts: ${where}: schema kind ${kind} is not supported`)
  }
}

/** The generated parts of one schema (for tests: throws on what the generator does not support). */
export function checkOf(schema: TSchema): string {
  const emitter = new Emitter()
  return [...emitter.lines, emitter.check(compilable(schema) as TSchema, 'schema')].join('\n')
}

/** The text of src/api/validators.gen.ts for the schemas as they are now. */
export function validatorsSource(): string {
  const names = Object.keys(Schema)
    .filter((k) => isSchema((Schema as Record<string, unknown>)[k]))
    .sort()
  const emitter = new Emitter()
  const exports = names.map((name) => {
    const check = emitter.check(compilable((Schema as unknown as Record<string, TSchema>)[name]) as TSchema, name)
    return [
      `export type ${name} = Static<typeof Schema.${name}>`,
      `export const ${name}: Check<${name}> = ${check}`,
    ].join('\n')
  })
  return [
    '// Generated from src/api/schema.ts by config/validators.ts. Do not edit: `npm run gen:validators` rewrites',
    '// it, and every build and `npm test` run that first. Each export is the answer check of the schema of the',
    '// same name (built from src/api/check.ts), and the type of its value.',
    "import type { Static } from '@sinclair/typebox'",
    "import type * as Schema from './schema'",
    "import { any, arr, bool, int, lit, num, obj, or, rec, str, type Check } from './check'",
    '',
    emitter.lines.join('\n'),
    '',
    exports.join('\n\n'),
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
