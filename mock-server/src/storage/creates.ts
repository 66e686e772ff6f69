/**
 * The write path of 确认核定 (create), optimistic: ONE read of everything the decision needs (`snapshot`), the
 * decision in the engine, then ONE conditional write (`commit`) that stores the record only while the person is
 * still at the version the snapshot read (persons.version, migration 009; raised by every transaction that takes
 * the person's lock and by every create). Run by `optimistic` (db.ts), which runs the attempt again when the
 * write finds the person changed.
 *   - PostgreSQL: two statements and no transaction — the snapshot (one SELECT, which also draws the 核定流水号
 *     number) and the write (one statement of data-modifying WITHs: the version raised, the idempotency row, the
 *     record, the audit row; a statement is atomic on its own). The version check is an UPDATE … WHERE version
 *     = the one read: it waits for a holder of the person's lock and then sees its commit (READ COMMITTED), so
 *     of two overlapping creates for one person — on any instance — one writes and the other reads again (and
 *     then meets the first as an overlap). An Idempotency-Key already stored by a concurrent request makes the
 *     write store nothing (ON CONFLICT DO NOTHING): read again, the stored answer is replayed.
 *   - SQLite: inside the attempt's transaction (one writer): one read (the registration, the records and the
 *     stored answer as JSON), the day's number, then the inserts; the version always holds.
 */
import { sql } from 'kysely'
import { auditRepo, auditValues, type AuditEntry } from './audit'
import { ASSESSMENT_NUMBERS, sequencesRepo, type AssessmentRow } from './assessments'
import { insertShape, once } from './compiled'
import { engineOf, type Executor } from './db'
import type { RegistrationRow } from './registrations'
import type { IdempotencyTable } from './schema'

/** A record as the overlap rule sees it. */
export interface ExistingRecord {
  id: string
  start: string
  end: string
  status: AssessmentRow['status']
}

export interface CreateSnapshot {
  /** false: the person is gone */
  exists: boolean
  /** the person's version (PostgreSQL; 0 on SQLite) */
  version: number
  reg?: RegistrationRow
  /** the person's records, by start then creation */
  records: ExistingRecord[]
  /** the stored first answer of the request's Idempotency-Key */
  prior?: IdempotencyTable
  /** PostgreSQL: the next 核定流水号 number, drawn with the snapshot (unused when nothing is created: a gap) */
  number?: number
}

export interface CreateWrite {
  version: number
  record: AssessmentRow
  audit: AuditEntry
  /** with an Idempotency-Key: its first answer */
  idempotency?: IdempotencyTable
}

/**
 * created; the person changed since the snapshot; the Idempotency-Key was stored meanwhile; the operator's
 * account or the person is gone (deleted — 注销 — after the request was signed in)
 */
export type CommitResult = 'created' | 'changed' | 'key-taken' | 'gone'

/** A foreign key that no longer holds: the row referred to was deleted meanwhile. */
function isForeignKeyViolation(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
}

export const createsRepo = {
  async snapshot(
    db: Executor,
    { personId, accountId, key }: { personId: string; accountId: string; key?: string },
  ): Promise<CreateSnapshot> {
    if (engineOf(db) === 'sqlite') {
      // one statement: the registration, the records and the stored answer, as JSON (SQLite's json functions)
      const { rows } = await once(
        db,
        'creates.snapshot',
        [personId, personId, accountId, key ?? null],
        () =>
          sql<{ reg: string | null; records: string; prior: string | null }>`
          select
            (select ${jsonObject('r', REGISTRATION_COLUMNS)} from registrations r where r.person_id = ${personId}) as reg,
            (select json_group_array(json_object('id', a.id, 'start', a.start, 'end', a."end", 'status', a.status)
                 order by a.start, a.created_at)
               from assessments a where a.person_id = ${personId}) as records,
            (select ${jsonObject('i', IDEMPOTENCY_COLUMNS)} from idempotency i
               where i.account_id = ${accountId} and i.key = ${key ?? null}) as prior`,
      )
      const [row] = rows
      return {
        exists: true,
        version: 0,
        reg: row.reg === null ? undefined : (JSON.parse(row.reg) as RegistrationRow),
        records: JSON.parse(row.records) as ExistingRecord[],
        prior: row.prior === null ? undefined : (JSON.parse(row.prior) as IdempotencyTable),
      }
    }
    const { rows } = await sql<{
      version: number
      reg: RegistrationRow | null
      records: ExistingRecord[]
      prior: IdempotencyTable | null
      number: number
    }>`
      select p.version,
        (select row_to_json(r) from registrations r where r.person_id = p.id) as reg,
        coalesce((select json_agg(json_build_object('id', a.id, 'start', a.start, 'end', a."end", 'status', a.status)
                    order by a.start, a.created_at)
                  from assessments a where a.person_id = p.id), '[]'::json) as records,
        (select row_to_json(i) from idempotency i where i.account_id = ${accountId} and i.key = ${key ?? null}) as prior,
        nextval(${ASSESSMENT_NUMBERS}) as number
      from persons p where p.id = ${personId}`.execute(db)
    const [row] = rows
    if (!row) return { exists: false, version: 0, records: [] }
    return {
      exists: true,
      version: row.version,
      reg: row.reg ?? undefined,
      records: row.records,
      prior: row.prior ?? undefined,
      number: row.number,
    }
  },

  /** The 核定流水号 of the record to create: `prefix` + at least 6 digits. */
  async number(db: Executor, prefix: string, snap: CreateSnapshot): Promise<string> {
    const n = snap.number ?? (await sequencesRepo.next(db, prefix))
    return `${prefix}${String(n).padStart(6, '0')}`
  },

  async commit(db: Executor, personId: string, w: CreateWrite): Promise<CommitResult> {
    try {
      return await write(db, personId, w)
    } catch (err) {
      if (isForeignKeyViolation(err)) return 'gone'
      throw err
    }
  },
}

/** The one conditional write of a create (commit). */
async function write(db: Executor, personId: string, w: CreateWrite): Promise<CommitResult> {
  if (engineOf(db) === 'sqlite') {
    const { record, idempotency } = w
    await once(db, insertShape('assessments', record), Object.values(record), () =>
      db.insertInto('assessments').values(record),
    )
    await auditRepo.append(db, w.audit)
    if (idempotency)
      await once(db, insertShape('idempotency', idempotency), Object.values(idempotency), () =>
        db.insertInto('idempotency').values(idempotency),
      )
    return 'created'
  }
  const idem = w.idempotency ? JSON.stringify(w.idempotency) : null
  const { rows } = await sql<{ bumped: number; created: number }>`
    with bump as (
      update persons set version = version + 1 where id = ${personId} and version = ${w.version} returning id
    ), idem as (
      insert into idempotency select * from jsonb_populate_record(null::idempotency, ${idem}::jsonb)
      where ${idem}::jsonb is not null and exists (select 1 from bump)
      on conflict do nothing returning 1
    ), rec as (
      insert into assessments select * from jsonb_populate_record(null::assessments, ${JSON.stringify(w.record)}::jsonb)
      where exists (select 1 from bump) and (${idem}::jsonb is null or exists (select 1 from idem))
      returning id
    ), aud as (
      insert into audit_log (${sql.join(AUDIT_COLUMNS.map((c) => sql.ref(c)))})
      select ${sql.join(AUDIT_COLUMNS.map((c) => sql.ref(`a.${c}`)))}
      from jsonb_populate_record(null::audit_log, ${JSON.stringify(auditValues(w.audit))}::jsonb) as a
      where exists (select 1 from rec)
    )
    select (select count(*) from bump)::int as bumped, (select count(*) from rec)::int as created`.execute(db)
  const [{ bumped, created }] = rows
  return created ? 'created' : bumped ? 'key-taken' : 'changed'
}

/** Every column of a table, by name (a compile error when the table gains one that is not listed). */
const columns = <T>(all: Record<keyof T, true>) => Object.keys(all)

const REGISTRATION_COLUMNS = columns<RegistrationRow>({
  person_id: true,
  region: true,
  district: true,
  category: true,
  ethnicity: true,
  hukou_type: true,
  address: true,
  mobile: true,
  status: true,
  work_start_date: true,
  retirement_category: true,
  retirement_month: true,
  registered_at: true,
  suspended_from: true,
  suspend_reason: true,
  resumed_from: true,
  updated_at: true,
})

const IDEMPOTENCY_COLUMNS = columns<Required<IdempotencyTable>>({
  account_id: true,
  key: true,
  request_hash: true,
  status_code: true,
  body: true,
  created_at: true,
  person_id: true,
})

/** SQLite: json_object of the named columns of table alias `alias`. */
const jsonObject = (alias: string, cols: string[]) =>
  sql.raw(`json_object(${cols.map((c) => `'${c}', ${alias}."${c}"`).join(', ')})`)

const AUDIT_COLUMNS = Object.keys(
  auditValues({
    at: '',
    actorAccountId: null,
    actorLabel: '',
    subjectPersonId: null,
    action: '',
    entity: '',
    entityId: '',
    before: null,
    after: null,
  }),
)
