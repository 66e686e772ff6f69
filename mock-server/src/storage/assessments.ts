/** 核定 records and the 核定流水号 sequence. */
import { sql } from 'kysely'
import { once } from './compiled'
import type { Executor } from './db'
import type { AssessmentsTable } from './schema'

export type AssessmentRow = AssessmentsTable

export const assessmentsRepo = {
  find: (db: Executor, id: string) => db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst(),
  listForPerson: async (db: Executor, personId: string, status?: string): Promise<AssessmentRow[]> => {
    const build = () => {
      let q = db.selectFrom('assessments').selectAll().where('person_id', '=', personId)
      if (status) q = q.where('status', '=', status as AssessmentRow['status'])
      return q.orderBy('start').orderBy('created_at')
    }
    const [shape, params] = status
      ? ['assessments.listForPerson+status', [personId, status]]
      : ['assessments.listForPerson', [personId]]
    return (await once(db, shape as string, params as unknown[], build)).rows
  },
  listByStatus: (db: Executor, status?: string) => {
    let q = db.selectFrom('assessments').selectAll()
    if (status) q = q.where('status', '=', status as AssessmentRow['status'])
    return q.orderBy('created_at').limit(500).execute()
  },
  insert: (db: Executor, row: AssessmentRow) => db.insertInto('assessments').values(row).execute(),
  update: (db: Executor, id: string, patch: Partial<AssessmentRow>) =>
    db.updateTable('assessments').set(patch).where('id', '=', id).execute(),
}

/** PostgreSQL's sequence of 核定流水号 numbers (migration 008). */
export const ASSESSMENT_NUMBERS = 'assessment_numbers'

export const sequencesRepo = {
  /**
   * SQLite: the number of the next 核定流水号 `name` (HD + region + day), inside the create's transaction — the
   * stored value of that name + 1 (one row per region and day, so numbers restart at 1 each day; writes run one
   * at a time there, so the row is never contended). PostgreSQL draws its number from the sequence
   * `assessment_numbers` with the create's snapshot instead (storage/creates.ts).
   */
  async next(db: Executor, name: string): Promise<number> {
    // one statement: the first value is 1, every later one the stored value + 1
    const { rows } = await once(db, 'sequences.next', [name, 1], () =>
      db
        .insertInto('sequences')
        .values({ name, value: 1 })
        .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql<number>`sequences.value + 1` }))
        .returning('value'),
    )
    return rows[0].value
  },
}
