/** 参保登记 records, one per person. */
import { personsRepo } from './accounts'
import { engineOf, type Executor } from './db'
import type { RegistrationsTable } from './schema'

export type RegistrationRow = RegistrationsTable

export const registrationsRepo = {
  find: (db: Executor, personId: string) =>
    db.selectFrom('registrations').selectAll().where('person_id', '=', personId).executeTakeFirst(),
  /**
   * The person's registration, read under the person's lock (personsRepo.lock), in ONE statement when there is
   * one: on PostgreSQL the person's row and the registration row FOR UPDATE, so that a registration changed by
   * the previous holder of the lock is read as it committed (READ COMMITTED hands a locked row that changed
   * meanwhile over in its new version), and every transaction that uses this takes the two locks in the same
   * order. Without a registration: the person's lock alone. SQLite: the plain read (writes run one at a time).
   * `exists: false`: the person is gone.
   */
  async findLocked(trx: Executor, personId: string): Promise<{ exists: boolean; reg?: RegistrationRow }> {
    if (engineOf(trx) === 'sqlite') return { exists: true, reg: await registrationsRepo.find(trx, personId) }
    const reg = await trx
      .selectFrom('registrations')
      .innerJoin('persons', 'persons.id', 'registrations.person_id')
      .selectAll('registrations')
      .where('registrations.person_id', '=', personId)
      .forUpdate(['persons', 'registrations'])
      .executeTakeFirst()
    if (reg) return { exists: true, reg }
    return { exists: await personsRepo.lock(trx, personId) }
  },
  insert: (db: Executor, row: RegistrationRow) => db.insertInto('registrations').values(row).execute(),
  update: (db: Executor, personId: string, patch: Partial<RegistrationRow>) =>
    db.updateTable('registrations').set(patch).where('person_id', '=', personId).execute(),
}
