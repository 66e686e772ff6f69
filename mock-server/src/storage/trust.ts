/** Notices (the person's 消息 list) and pending 手机号三要素 checks (H5 real-name binding). */
import type { Executor } from './db'
import type { IdentityChecksTable, NoticesTable } from './schema'
import type { Insertable } from 'kysely'

export const noticesRepo = {
  insert: (db: Executor, row: Insertable<NoticesTable>) => db.insertInto('notices').values(row).execute(),
  listForPerson: (db: Executor, personId: string, limit = 100) =>
    db.selectFrom('notices').selectAll().where('person_id', '=', personId).orderBy('id', 'desc').limit(limit).execute(),
}

export const identityChecksRepo = {
  insert: (db: Executor, row: IdentityChecksTable) => db.insertInto('identity_checks').values(row).execute(),
  find: (db: Executor, accountId: string, id: string) =>
    db
      .selectFrom('identity_checks')
      .selectAll()
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .executeTakeFirst(),
  latestForAccount: (db: Executor, accountId: string) =>
    db
      .selectFrom('identity_checks')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
  /**
   * One guess of the check's SMS code spent BEFORE it is compared, in one conditional statement (never more
   * than `max`): guesses sent in parallel are counted one by one. Undefined: none left (or the check is gone).
   */
  spendAttempt: (db: Executor, accountId: string, id: string, max: number) =>
    db
      .updateTable('identity_checks')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .where('attempts', '<', max)
      .returning(['attempts', 'code_hash'])
      .executeTakeFirst(),
  deleteForAccount: (db: Executor, accountId: string) =>
    db.deleteFrom('identity_checks').where('account_id', '=', accountId).execute(),
}
