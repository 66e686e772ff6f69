/** 核定 records and the 核定流水号 sequence. */
import { sql } from 'kysely'
import type { Executor } from './db'
import type { AssessmentsTable } from './schema'

export type AssessmentRow = AssessmentsTable

export const assessmentsRepo = {
  find: (db: Executor, id: string) => db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst(),
  listForPerson: (db: Executor, personId: string, status?: string) => {
    let q = db.selectFrom('assessments').selectAll().where('person_id', '=', personId)
    if (status) q = q.where('status', '=', status as AssessmentRow['status'])
    return q.orderBy('start').orderBy('created_at').execute()
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

export const sequencesRepo = {
  /** Next value of a named sequence (call inside a transaction). */
  async next(db: Executor, name: string): Promise<number> {
    // one statement: the first value is 1, every later one the stored value + 1
    const row = await db
      .insertInto('sequences')
      .values({ name, value: 1 })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql<number>`sequences.value + 1` }))
      .returning('value')
      .executeTakeFirstOrThrow()
    return row.value
  },
}
