/** 参保登记 records, one per person. */
import type { Executor } from './db'
import type { RegistrationsTable } from './schema'

export type RegistrationRow = RegistrationsTable

export const registrationsRepo = {
  find: (db: Executor, personId: string) =>
    db.selectFrom('registrations').selectAll().where('person_id', '=', personId).executeTakeFirst(),
  insert: (db: Executor, row: RegistrationRow) => db.insertInto('registrations').values(row).execute(),
  update: (db: Executor, personId: string, patch: Partial<RegistrationRow>) =>
    db.updateTable('registrations').set(patch).where('person_id', '=', personId).execute(),
}
