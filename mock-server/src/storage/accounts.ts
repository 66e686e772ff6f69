/** Accounts, persons (real names) and sessions. SMS codes: sms.ts. */
import type { Executor } from './db'
import type { AccountsTable, PersonsTable, SessionsTable } from './schema'

export type AccountRow = AccountsTable
export type PersonRow = PersonsTable

export const accountsRepo = {
  find: (db: Executor, id: string) => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),
  findByChannel: (db: Executor, channel: AccountRow['channel'], uid: string) =>
    db
      .selectFrom('accounts')
      .selectAll()
      .where('channel', '=', channel)
      .where('channel_uid', '=', uid)
      .executeTakeFirst(),
  findByChannelPerson: (db: Executor, channel: AccountRow['channel'], personId: string) =>
    db
      .selectFrom('accounts')
      .selectAll()
      .where('channel', '=', channel)
      .where('person_id', '=', personId)
      .executeTakeFirst(),
  insert: (db: Executor, row: AccountRow) => db.insertInto('accounts').values(row).execute(),
  setPerson: (db: Executor, id: string, personId: string) =>
    db.updateTable('accounts').set({ person_id: personId }).where('id', '=', id).execute(),
  count: async (db: Executor) =>
    Number(
      (
        await db
          .selectFrom('accounts')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
}

export const personsRepo = {
  find: (db: Executor, id: string) => db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdNumber: (db: Executor, idNumber: string) =>
    db.selectFrom('persons').selectAll().where('id_number', '=', idNumber).executeTakeFirst(),
  insert: (db: Executor, row: PersonRow) => db.insertInto('persons').values(row).execute(),
}

export const sessionsRepo = {
  insert: (db: Executor, row: SessionsTable) => db.insertInto('sessions').values(row).execute(),
  find: (db: Executor, tokenHash: string) =>
    db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
  delete: (db: Executor, tokenHash: string) => db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute(),
  deleteExpired: (db: Executor, nowIso: string) =>
    db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute(),
}
