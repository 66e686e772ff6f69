/** Append-only audit log: who, for whom, when, before and after. */
import { insertShape, once } from './compiled'
import type { Executor } from './db'

export interface AuditEntry {
  at: string
  actorAccountId: string | null
  actorLabel: string
  subjectPersonId: string | null
  action: string
  entity: string
  entityId: string
  before: unknown
  after: unknown
}

/** An entry with every field empty (the column list of a row, a placeholder in tests). */
export const BLANK_AUDIT: AuditEntry = {
  at: '',
  actorAccountId: null,
  actorLabel: '',
  subjectPersonId: null,
  action: '',
  entity: '',
  entityId: '',
  before: null,
  after: null,
}

/** The audit_log row of an entry. */
export function auditValues(e: AuditEntry) {
  return {
    at: e.at,
    actor_account_id: e.actorAccountId,
    actor_label: e.actorLabel,
    subject_person_id: e.subjectPersonId,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    before_json: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
    after_json: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
  }
}

export const auditRepo = {
  append: async (db: Executor, e: AuditEntry): Promise<void> => {
    const row = auditValues(e)
    await once(db, insertShape('audit_log', row), Object.values(row), () => db.insertInto('audit_log').values(row))
  },
  listForSubject: (db: Executor, personId: string, limit = 100) =>
    db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_person_id', '=', personId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
  listAll: (db: Executor, limit = 200) =>
    db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute(),
}
