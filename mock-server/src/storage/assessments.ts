/** 核定 records and the 核定流水号 sequence. */
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
    const row = await db.selectFrom('sequences').select('value').where('name', '=', name).executeTakeFirst()
    const value = (row?.value ?? 0) + 1
    if (row) await db.updateTable('sequences').set({ value }).where('name', '=', name).execute()
    else await db.insertInto('sequences').values({ name, value }).execute()
    return value
  },
}
