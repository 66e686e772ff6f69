/** Stored first responses of Idempotency-Key requests, keyed by (account, key). */
import crypto from 'node:crypto'
import { sql } from 'kysely'
import { auditRepo, auditValues, type AuditEntry } from './audit'
import { insertShape, once } from './compiled'
import { engineOf, type Executor } from './db'
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
  find: async (db: Executor, accountId: string, key: string): Promise<IdempotencyTable | undefined> =>
    (
      await once(db, 'idempotency.find', [accountId, key], () =>
        db.selectFrom('idempotency').selectAll().where('account_id', '=', accountId).where('key', '=', key),
      )
    ).rows[0],
  /**
   * In ONE statement, inside the write transaction: the stored first answer (if any) and whether this
   * transaction holds the key. On PostgreSQL the key is held by a transaction-level advisory lock (released at
   * commit or rollback), so a concurrent request with the same key — on any instance — learns that the first
   * is still in flight (`free: false`) instead of doing the work twice. On SQLite a write transaction runs
   * alone (the write lock), so the key is always free.
   */
  async claim(trx: Executor, accountId: string, key: string): Promise<{ prior?: IdempotencyTable; free: boolean }> {
    if (engineOf(trx) === 'sqlite') return { prior: await idempotencyRepo.find(trx, accountId, key), free: true }
    const { rows } = await sql<IdempotencyTable & { free: boolean }>`
      select pg_try_advisory_xact_lock(hashtextextended(${`idempotency:${accountId}:${key}`}, 0)) as free, i.*
      from (select 1) as one left join idempotency as i on i.account_id = ${accountId} and i.key = ${key}`.execute(trx)
    const [{ free, ...row }] = rows
    return { prior: row.account_id ? (row as IdempotencyTable) : undefined, free }
  },
  /**
   * Stores the first answer of a key; with `audit`, that entry's audit row too: on PostgreSQL in ONE statement
   * (a data-modifying WITH; one round trip less in the transaction), on SQLite two.
   */
  async insert(db: Executor, row: IdempotencyTable, audit?: AuditEntry): Promise<void> {
    if (audit && engineOf(db) === 'postgres') {
      await db
        .with('audit_row', (qb) => qb.insertInto('audit_log').values(auditValues(audit)))
        .insertInto('idempotency')
        .values(row)
        .execute()
      return
    }
    if (audit) await auditRepo.append(db, audit)
    await once(db, insertShape('idempotency', row), Object.values(row), () => db.insertInto('idempotency').values(row))
  },
}
