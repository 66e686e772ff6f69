/**
 * The wire contract (src/api/schema.ts) in one casing and closed: every object schema, request or answer,
 * refuses undeclared keys (additionalProperties: false; so the server serialises nothing else and the app's
 * answer checks accept nothing else), and every field name is camelCase. The engine's snake_case results
 * reach the wire only through mock-server/src/wire.ts.
 */
import { describe, expect, it } from 'vitest'
import { Kind, type TSchema } from '@sinclair/typebox'
import * as Schema from '../../src/api/schema'

const isSchema = (v: unknown): v is TSchema => !!v && typeof v === 'object' && Kind in (v as object)
const schemas = (Object.entries(Schema) as Array<[string, unknown]>).filter((e): e is [string, TSchema] =>
  isSchema(e[1]),
)

/** Every object schema inside `s`, with its path. */
function objects(s: unknown, at: string, out: Array<[string, Record<string, unknown>]> = []) {
  if (Array.isArray(s)) s.forEach((x, i) => objects(x, `${at}[${i}]`, out))
  else if (s && typeof s === 'object') {
    const o = s as Record<string, unknown>
    if (o.type === 'object') out.push([at, o])
    for (const [k, v] of Object.entries(o)) objects(v, `${at}.${k}`, out)
  }
  return out
}

describe('the wire contract', () => {
  it('has schemas to look at', () => {
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(['Quote', 'EstimateResult', 'Assessment']))
  })

  it('closes every object (records of free keys aside): nothing undeclared reaches the wire', () => {
    const open = schemas.flatMap(([name, s]) =>
      objects(s, name)
        .filter(([, o]) => !o.patternProperties && o.additionalProperties !== false)
        .map(([at]) => at),
    )
    expect(open).toEqual([])
    expect(JSON.stringify(schemas.map(([, s]) => s))).not.toContain('"additionalProperties":true')
  })

  it('names every field in camelCase', () => {
    const names = schemas.flatMap(([name, s]) =>
      objects(s, name).flatMap(([at, o]) => Object.keys((o.properties ?? {}) as object).map((k) => `${at}.${k}`)),
    )
    expect(names.length).toBeGreaterThan(300)
    expect(names.filter((n) => !/^[a-z][a-zA-Z0-9]*$/.test(n.slice(n.lastIndexOf('.') + 1)))).toEqual([])
  })
})
