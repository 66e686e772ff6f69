/** Stored first responses of Idempotency-Key requests, keyed by (account, key). */
import crypto from 'node:crypto'
import type { Executor } from './db'
import type { IdempotencyTable } from './schema'

/** JSON with object keys sorted at every depth, so that field order does not change a request's fingerprint. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** SHA-256 of the canonical JSON of a request. */
export function requestFingerprint(request: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(request)).digest('hex')
}

export const idempotencyRepo = {
  find: (db: Executor, accountId: string, key: string) =>
    db
      .selectFrom('idempotency')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('key', '=', key)
      .executeTakeFirst(),
  insert: (db: Executor, row: IdempotencyTable) => db.insertInto('idempotency').values(row).execute(),
}
