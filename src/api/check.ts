/**
 * The building blocks of the answer checks. src/api/validators.gen.ts is generated from the TypeBox schemas
 * of src/api/schema.ts (config/validators.ts) as compositions of these, each schema part written once and
 * shared, so the phones carry a few KB of data-like code instead of one inlined function per schema. Each
 * block checks exactly what TypeBox's own compiled check does (tests/tools/validators.test.ts compares the
 * two on generated good and bad answers). ES5 only: no Object.entries, no Array.prototype.includes.
 */
// `v is any`: a check is a type guard that each generated export narrows to its schema's type
export type Check<T = any> = (v: unknown) => v is T

const own = Object.getOwnPropertyNames
const hasOwn = Object.prototype.hasOwnProperty
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Type.String: optional minLength, maxLength, pattern. */
export const str =
  (min?: number, max?: number, pattern?: RegExp): Check<string> =>
  (v): v is string =>
    typeof v === 'string' &&
    (max === undefined || v.length <= max) &&
    (min === undefined || v.length >= min) &&
    (!pattern || pattern.test(v))

/** Type.Integer (Number.isInteger); Type.Number (Number.isFinite). */
export const int: Check<number> = (v): v is number => Number.isInteger(v)
export const num: Check<number> = (v): v is number => Number.isFinite(v)

export const bool: Check<boolean> = (v): v is boolean => typeof v === 'boolean'

/** Type.Literal, and a union of literals: one of `values` (===). */
export const lit =
  (...values: unknown[]): Check =>
  (v): v is unknown =>
    values.indexOf(v) >= 0

/** Type.Unknown / Type.Any: anything (a required one must still be present: see obj). */
export const any: Check = (_v): _v is unknown => true

/** Type.Union: one of the members. */
export const or =
  (...members: Check[]): Check =>
  (v): v is unknown => {
    for (let i = 0; i < members.length; i++) if (members[i](v)) return true
    return false
  }

/** Type.Array: optional minItems, maxItems; every item. */
export const arr =
  (item: Check, min?: number, max?: number): Check =>
  (v): v is any => {
    if (!Array.isArray(v) || (max !== undefined && v.length > max) || (min !== undefined && v.length < min))
      return false
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false
    return true
  }

/**
 * Type.Record(String, value): an object (not an array, Date or byte array) whose every own key matching
 * `key` holds a value; a key that does not match is allowed unless `closed`.
 */
export const rec =
  (value: Check, key: RegExp, closed: boolean): Check =>
  (v): v is any => {
    if (!isObject(v) || v instanceof Date || (typeof Uint8Array !== 'undefined' && v instanceof Uint8Array))
      return false
    const keys = Object.keys(v)
    for (let i = 0; i < keys.length; i++) {
      if (key.test(keys[i]) ? !value(v[keys[i]]) : closed) return false
    }
    return true
  }

/**
 * Type.Object. `required`: the properties that must be there (a required `any` must be present, the others must
 * check); `optional`: checked when not undefined. `closed` (additionalProperties: false): no other own property.
 */
export const obj =
  (required: Record<string, Check>, optional: Record<string, Check> | null, closed: boolean): Check =>
  (v): v is any => {
    if (!isObject(v)) return false
    let count = 0
    for (const k in required) {
      count++
      if (required[k] === any ? !(k in v) : !required[k](v[k])) return false
    }
    if (optional) {
      for (const k in optional) if (v[k] !== undefined && !optional[k](v[k])) return false
    }
    if (!closed) return true
    const names = own(v)
    if (!optional) return names.length === count
    for (let i = 0; i < names.length; i++) {
      if (!hasOwn.call(required, names[i]) && !hasOwn.call(optional, names[i])) return false
    }
    return true
  }
