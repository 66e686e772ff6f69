/**
 * The write path of 确认核定 (create), optimistic: ONE read of everything the decision needs (`snapshot`), the
 * decision in the engine, then ONE conditional write (`commit`) that stores the record only while the person is
 * still at the version the snapshot read (persons.version, migration 009; raised by every transaction that takes
 * the person's lock and by every create). Run by `optimistic` (db.ts), which runs the attempt again when the
 * write finds the person changed.
 *   - PostgreSQL: two statements and no transaction — the snapshot (one SELECT, which also draws the 核定流水号
 *     number; for the signed-in person's own create read ahead with the session, `signedInWithSnapshot`) and
 *     the write (one statement of data-modifying WITHs: the version raised, the idempotency row, the record,
 *     the audit row; a statement is atomic on its own). The snapshots and the writes of concurrent creates each
 *     go as ONE statement (batch.ts). The version check is an UPDATE … WHERE version
 *     = the one read: it waits for a holder of the person's lock and then sees its commit (READ COMMITTED), so
 *     of two overlapping creates for one person — on any instance — one writes and the other reads again (and
 *     then meets the first as an overlap). An Idempotency-Key already stored by a concurrent request makes the
 *     write store nothing (ON CONFLICT DO NOTHING): read again, the stored answer is replayed.
 *   - SQLite: inside the attempt's transaction (one writer): one read (the registration, the records and the
 *     stored answer as JSON), the day's number, then the inserts; the version always holds.
 */
import { sql } from 'kysely'
import { auditRepo, auditValues, BLANK_AUDIT, type AuditEntry } from './audit'
import { ASSESSMENT_NUMBERS, sequencesRepo, type AssessmentRow } from './assessments'
import { insertShape, once } from './compiled'
import { Batcher, batcherOf } from './batch'
import { engineOf, type Executor } from './db'
import type { RegistrationRow } from './registrations'
import { SIGNED_IN_COLUMNS, SIGNED_IN_JOINS, signedInOf, type SignedIn, type SignedInRecord } from './accounts'
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
  signedInWithSnapshot,

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
    const ask = { personId, accountId, key: key ?? null }
    if (db.isTransaction) return (await snapshots(db, [ask]))[0]
    return batcherOf(
      db.getExecutor(),
      'creates.snapshot',
      () => new Batcher((asks: SnapshotAsk[]) => snapshots(db, asks), BATCH),
    ).load(ask)
  },

  /** The 核定流水号 of the record to create: `prefix` + at least 6 digits. */
  async number(db: Executor, prefix: string, snap: CreateSnapshot): Promise<string> {
    const n = snap.number ?? (await sequencesRepo.next(db, prefix))
    return `${prefix}${String(n).padStart(6, '0')}`
  },

  async commit(db: Executor, personId: string, w: CreateWrite): Promise<CommitResult> {
    if (engineOf(db) === 'sqlite') return guarded(() => sqliteWrite(db, w))
    const item = { personId, ...w }
    if (db.isTransaction) return guarded(async () => (await writes(db, [item]))[0])
    return batcherOf(
      db.getExecutor(),
      'creates.write',
      () =>
        new Batcher((items: WriteItem[]) => writeBatch(db, items), {
          ...BATCH,
          concurrency: 2,
          key: (i) => i.personId,
        }),
    ).load(item)
  },
}

/** PostgreSQL batches (batch.ts): at most 50 creates per statement, 4 statements of a kind on their way. */
const BATCH = { max: 50, concurrency: 1 }

/** A foreign key broken by a deletion meanwhile: 'gone'. */
async function guarded(write: () => Promise<CommitResult>): Promise<CommitResult> {
  try {
    return await write()
  } catch (err) {
    if (isForeignKeyViolation(err)) return 'gone'
    throw err
  }
}

/** SQLite: the inserts, inside the attempt's transaction (one writer: the version always holds). */
async function sqliteWrite(db: Executor, w: CreateWrite): Promise<CommitResult> {
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

interface SnapshotAsk {
  personId: string
  accountId: string
  key: string | null
}

/**
 * PostgreSQL: the snapshots of several creates in ONE statement (one row per ask, in order); each row draws its
 * 核定流水号 number (nextval; none for a person that is gone).
 */
// The batched reads join their rows as LATERAL sub-selects with LIMIT 1, which PostgreSQL does not flatten:
// each row is found by its primary key. As plain joins, the plan kept for the statement (planned for an array
// of unknown length) hashed the batch and scanned the whole sessions table at every batch.
async function snapshots(db: Executor, asks: SnapshotAsk[]): Promise<CreateSnapshot[]> {
  const ids = asks.map((a) => a.personId)
  const accounts = asks.map((a) => a.accountId)
  const keys = asks.map((a) => a.key)
  const { rows } = await once(
    db,
    'creates.snapshots',
    [ids, accounts, keys],
    () =>
      sql<SnapshotColumns>`
      select ${snapshotColumns}
      from unnest(${ids}::text[], ${accounts}::text[], ${keys}::text[]) with ordinality as x(person_id, account_id, key, ord)
      left join lateral (select * from persons where id = x.person_id limit 1) p on true
      order by x.ord`,
  )
  return rows.map(snapshotOf)
}

/** The columns of a PostgreSQL snapshot (one per ask). */
interface SnapshotColumns {
  version: number | null
  reg: RegistrationRow | null
  records: ExistingRecord[] | null
  prior: IdempotencyTable | null
  number: number | null
}

/** The person `p`'s records as the overlap rule sees them (id, start, end, status), by start then creation. */
const RECORDS_COLUMN = sql`coalesce((select json_agg(json_build_object('id', a.id, 'start', a.start, 'end', a."end", 'status', a.status)
              order by a.start, a.created_at)
            from assessments a where a.person_id = p.id), '[]'::json)`

/**
 * A snapshot's columns for the person `p` (none: gone) and the ask `x` (x.account_id, x.key): the registration,
 * the records, the stored answer of the key, and the next 核定流水号 number (nextval; none for a person gone).
 */
const snapshotColumns = sql`p.version,
  (select row_to_json(r) from registrations r where r.person_id = p.id) as reg,
  ${RECORDS_COLUMN} as records,
  (select row_to_json(i) from idempotency i where i.account_id = x.account_id and i.key = x.key) as prior,
  case when p.id is null then null else nextval(${sql.lit(ASSESSMENT_NUMBERS)}) end as number`

/** A quote's read-ahead: what the engine decides on (the registration, the records), no number drawn. */
const quoteColumns = sql`p.version,
  (select row_to_json(r) from registrations r where r.person_id = p.id) as reg,
  ${RECORDS_COLUMN} as records,
  null::json as prior,
  null::bigint as number`

function snapshotOf(row: SnapshotColumns): CreateSnapshot {
  return row.version === null
    ? { exists: false, version: 0, records: [] }
    : {
        exists: true,
        version: row.version,
        reg: row.reg ?? undefined,
        records: row.records ?? [],
        prior: row.prior ?? undefined,
        number: row.number ?? undefined,
      }
}

/**
 * What was read ahead with the session (signedInWithSnapshot) for the signed-in person: a create's snapshot
 * (`create`, for Idempotency-Key `key`), or what a quote decides on (`quote`: no number, no stored answer).
 */
export interface ReadAhead {
  purpose: ReadAheadPurpose
  personId: string
  key: string | null
  snapshot: CreateSnapshot
}

export type ReadAheadPurpose = 'create' | 'quote'

/**
 * PostgreSQL, a read-ahead: the session look-up of a create (or quote) request (as sessionsRepo.findSignedIn)
 * that also reads the snapshot of a create by the signed-in person with Idempotency-Key `key` (a quote: the
 * registration and the records) — one statement where there were two (a quote: three), batched like the
 * others. It is read before the request's body is checked: a create or quote for another person (an agent's)
 * does not use it (a create's number is then a gap). The create's write still checks the person's version, so
 * a read-ahead is never acted on once stale. SQLite: undefined (no round trip to save).
 */
async function signedInWithSnapshot(
  db: Executor,
  tokenHash: string,
  key: string | null,
  purpose: ReadAheadPurpose = 'create',
): Promise<{ signedIn?: SignedIn & { readAhead?: ReadAhead } } | undefined> {
  if (engineOf(db) !== 'postgres' || db.isTransaction) return undefined
  const batcher = batcherOf(
    db.getExecutor(),
    `${purpose}s.signedInWithSnapshot`,
    () =>
      new Batcher(
        (asks: { tokenHash: string; key: string | null }[]) => signedInWithSnapshots(db, asks, purpose),
        BATCH,
      ),
  )
  return { signedIn: await batcher.load({ tokenHash, key: purpose === 'create' ? key : null }) }
}

async function signedInWithSnapshots(
  db: Executor,
  asks: { tokenHash: string; key: string | null }[],
  purpose: ReadAheadPurpose,
): Promise<((SignedIn & { readAhead?: ReadAhead }) | undefined)[]> {
  const hashes = asks.map((a) => a.tokenHash)
  const keys = asks.map((a) => a.key)
  const { rows } = await once(
    db,
    `${purpose}s.signedInWithSnapshots`,
    [hashes, keys],
    () =>
      sql<SignedInRecord & SnapshotColumns & { ord: number }>`
      select x.ord, ${SIGNED_IN_COLUMNS}, ${purpose === 'create' ? snapshotColumns : quoteColumns}
      from unnest(${hashes}::text[], ${keys}::text[]) with ordinality as y(token_hash, key, ord)
      ${SIGNED_IN_JOINS}
      cross join lateral (select y.ord::int as ord, a.id as account_id, y.key) x`,
  )
  const byOrd = new Map(rows.map((r) => [r.ord, r]))
  return asks.map((ask, i) => {
    const r = byOrd.get(i + 1)
    if (!r) return undefined
    const signedIn = signedInOf(r)
    if (!signedIn.person) return signedIn
    return {
      ...signedIn,
      readAhead: { purpose, personId: signedIn.person.id, key: ask.key, snapshot: snapshotOf(r) },
    }
  })
}

type WriteItem = CreateWrite & { personId: string }

/**
 * A batch of writes: one statement; if it fails because of one of them (a person or account deleted meanwhile,
 * a deadlock with another instance's batch), each is written alone, so that one create's trouble is its own.
 */
async function writeBatch(db: Executor, items: WriteItem[]): Promise<CommitResult[]> {
  try {
    return await writes(db, items)
  } catch (err) {
    const code = (err as { code?: unknown })?.code
    if (items.length === 1 || !(isForeignKeyViolation(err) || code === '40P01' || code === '23505')) {
      if (items.length === 1 && isForeignKeyViolation(err)) return ['gone']
      throw err
    }
    return Promise.all(items.map((i) => guarded(async () => (await writes(db, [i]))[0])))
  }
}

/**
 * PostgreSQL: the conditional writes of several creates (of different people) in ONE statement, atomic as a
 * whole — per create: its person's version raised only if still the one its snapshot read; then its idempotency
 * row (ON CONFLICT DO NOTHING: a key stored meanwhile stores nothing of it); then its record and audit row, only
 * if both held. The version check is an UPDATE … WHERE version = …: it waits for a holder of the person's lock and
 * then sees its commit (READ COMMITTED). The people are found through their primary key (`id = any(…)`: an
 * index scan, never a scan of the whole table) and locked in the table's order, so two instances' batches do
 * not lock each other's people crosswise (and a deadlock all the same is written again one by one).
 */
async function writes(db: Executor, items: WriteItem[]): Promise<CommitResult[]> {
  const rows = items
    .map((w, ord) => ({
      ord,
      person_id: w.personId,
      version: w.version,
      idem: w.idempotency ?? null,
      record: w.record,
      audit: auditValues(w.audit),
    }))
    .sort((x, y) => (x.person_id < y.person_id ? -1 : x.person_id > y.person_id ? 1 : 0))
  const input = JSON.stringify(rows)
  const { rows: out } = await once(
    db,
    'creates.writes',
    [input],
    () =>
      sql<{ ord: number; bumped: boolean; created: boolean }>`
      with x as (
        select * from jsonb_to_recordset(${input}::jsonb)
          as x(ord int, person_id text, version int, idem jsonb, record jsonb, audit jsonb)
      ), bump as (
        update persons p set version = p.version + 1
        where p.id = any(array(select person_id from x))
          and p.version = (select x.version from x where x.person_id = p.id) returning p.id
      ), idem as (
        insert into idempotency select i.* from x cross join lateral jsonb_populate_record(null::idempotency, x.idem) i
        where x.idem is not null and x.person_id in (select id from bump)
        on conflict do nothing returning person_id
      ), rec as (
        insert into assessments select r.* from x cross join lateral jsonb_populate_record(null::assessments, x.record) r
        where x.person_id in (select id from bump) and (x.idem is null or x.person_id in (select person_id from idem))
        returning person_id
      ), aud as (
        insert into audit_log (${sql.join(AUDIT_COLUMNS.map((c) => sql.ref(c)))})
        select ${sql.join(AUDIT_COLUMNS.map((c) => sql.ref(`a.${c}`)))}
        from x cross join lateral jsonb_populate_record(null::audit_log, x.audit) a
        where x.person_id in (select person_id from rec)
      )
      select x.ord, x.person_id in (select id from bump) as bumped, x.person_id in (select person_id from rec) as created
      from x`,
  )
  const results: CommitResult[] = new Array(items.length)
  for (const r of out) results[r.ord] = r.created ? 'created' : r.bumped ? 'key-taken' : 'changed'
  return results
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

const AUDIT_COLUMNS = Object.keys(auditValues(BLANK_AUDIT))

/** The statements a PostgreSQL batch runs, each given its items directly (tests check their plans). */
export const batchedStatements = { snapshots, signedInWithSnapshots, writes }
