/** 参保登记 records, one per person. */
import { personsRepo } from './accounts'
import { once } from './compiled'
import { engineOf, type Executor } from './db'
import type { RegistrationsTable } from './schema'

export type RegistrationRow = RegistrationsTable

export const registrationsRepo = {
  find: async (db: Executor, personId: string): Promise<RegistrationRow | undefined> =>
    (
      await once(db, 'registrations.find', [personId], () =>
        db.selectFrom('registrations').selectAll().where('person_id', '=', personId),
      )
    ).rows[0],
  /**
   * The person's registration, read under the person's lock (personsRepo.lock, taken here first): on
   * PostgreSQL two statements, the lock, then the read (READ COMMITTED: it sees what the previous holder of the
   * lock committed). SQLite: the plain read (writes run one at a time). `exists: false`: the person is gone.
   */
  async findLocked(trx: Executor, personId: string): Promise<{ exists: boolean; reg?: RegistrationRow }> {
    if (engineOf(trx) === 'postgres' && !(await personsRepo.lock(trx, personId))) return { exists: false }
    return { exists: true, reg: await registrationsRepo.find(trx, personId) }
  },
  /** Several persons' registrations in one statement (any order). */
  findMany: async (db: Executor, personIds: readonly string[]): Promise<RegistrationRow[]> =>
    personIds.length === 0
      ? []
      : db
          .selectFrom('registrations')
          .selectAll()
          .where('person_id', 'in', [...new Set(personIds)])
          .execute(),
  insert: (db: Executor, row: RegistrationRow) => db.insertInto('registrations').values(row).execute(),
  update: (db: Executor, personId: string, patch: Partial<RegistrationRow>) =>
    db.updateTable('registrations').set(patch).where('person_id', '=', personId).execute(),
}
