/** Stored first responses of Idempotency-Key requests, keyed by (account, key). */
import type { Executor } from './db'
import type { IdempotencyTable } from './schema'

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
