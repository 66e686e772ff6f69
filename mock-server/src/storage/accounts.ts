/** Accounts, persons (real names) and sessions. SMS codes: sms.ts. */
import { sql } from 'kysely'
import { Batcher, batcherOf } from './batch'
import { once } from './compiled'
import { engineOf, type Executor } from './db'
import type { AccountsTable, PersonsTable, SessionsTable } from './schema'

export type AccountRow = AccountsTable
export type PersonRow = PersonsTable

export const accountsRepo = {
  find: (db: Executor, id: string) => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),
  /** Several accounts in one statement (any order). */
  findMany: async (db: Executor, ids: readonly string[]): Promise<AccountRow[]> =>
    ids.length === 0
      ? []
      : db
          .selectFrom('accounts')
          .selectAll()
          .where('id', 'in', [...new Set(ids)])
          .execute(),
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
  /** Binds the account to a person whose real name a verifier proved (migration 005). */
  setVerifiedPerson: (db: Executor, id: string, personId: string, at: string, method: string) =>
    db
      .updateTable('accounts')
      .set({ person_id: personId, identity_verified_at: at, identity_method: method })
      .where('id', '=', id)
      .execute(),
  /** Accounts bound to the person without a verifier's proof (legacy claims). */
  unverifiedClaims: (db: Executor, personId: string) =>
    db
      .selectFrom('accounts')
      .selectAll()
      .where('person_id', '=', personId)
      .where('identity_verified_at', 'is', null)
      .execute(),
  endClaim: (db: Executor, id: string) =>
    db
      .updateTable('accounts')
      .set({ person_id: null, identity_verified_at: null, identity_method: null })
      .where('id', '=', id)
      .execute(),
  /** The verified accounts of a person (any channel). */
  verifiedForPerson: (db: Executor, personId: string) =>
    db
      .selectFrom('accounts')
      .selectAll()
      .where('person_id', '=', personId)
      .where('identity_verified_at', 'is not', null)
      .execute(),
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
  /**
   * The person's lock, held to the end of the transaction: every transaction that reads or changes a person's
   * records or registration takes it first (storage comment in db.ts), so they run one after another per person
   * on any instance. PostgreSQL: the person's row updated — its version raised (migration 009), so that an
   * optimistic create that read the person before this transaction does not write (storage/creates.ts) — in
   * its own statement: under READ COMMITTED every later statement then reads what the previous holder
   * committed. SQLite: nothing (writes run one at a time already). False: the person is gone.
   */
  lock: async (trx: Executor, id: string): Promise<boolean> => {
    if (engineOf(trx) === 'sqlite') return true
    const { rows } = await sql`update persons set version = version + 1 where id = ${id} returning id`.execute(trx)
    return rows.length > 0
  },
  /** Several persons in one statement (any order). */
  findMany: async (db: Executor, ids: readonly string[]): Promise<PersonRow[]> =>
    ids.length === 0
      ? []
      : db
          .selectFrom('persons')
          .selectAll()
          .where('id', 'in', [...new Set(ids)])
          .execute(),
  findByIdNumber: (db: Executor, idNumber: string) =>
    db.selectFrom('persons').selectAll().where('id_number', '=', idNumber).executeTakeFirst(),
  insert: (db: Executor, row: PersonRow) => db.insertInto('persons').values(row).execute(),
  /** The verifier's name replaces an unverified claim's name. */
  setName: (db: Executor, id: string, name: string) =>
    db.updateTable('persons').set({ name }).where('id', '=', id).execute(),
}

export const sessionsRepo = {
  insert: (db: Executor, row: SessionsTable) => db.insertInto('sessions').values(row).execute(),
  find: (db: Executor, tokenHash: string) =>
    db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
  /**
   * The session of a token with its account and the account's person, in one statement (every signed-in
   * request starts here). Undefined: no such session, or its account is gone.
   */
  /**
   * The session of `tokenHash`, its account and the account's person, in one statement. On PostgreSQL the
   * look-ups of concurrent requests go as one statement (batch.ts).
   */
  findSignedIn: async (db: Executor, tokenHash: string): Promise<SignedIn | undefined> => {
    if (engineOf(db) === 'postgres' && !db.isTransaction)
      return batcherOf(db.getExecutor(), 'sessions.findSignedIn', () => signedInBatcher(db)).load(tokenHash)
    const [r] = (
      await once(db, 'sessions.findSignedIn', [tokenHash], () =>
        signedInQuery(db).where('s.token_hash', '=', tokenHash),
      )
    ).rows
    return r && signedInOf(r)
  },
  delete: (db: Executor, tokenHash: string) => db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute(),
  deleteExpired: (db: Executor, nowIso: string) =>
    db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute(),
}

export interface SignedIn {
  expiresAt: string
  account: AccountRow
  person: PersonRow | null
}

/** The columns of a signed-in look-up: the session `s`, its account `a`, the account's person `p` (as p_…). */
const SIGNED_IN_SELECT = [
  's.token_hash',
  's.expires_at',
  'a.id',
  'a.channel',
  'a.channel_uid',
  'a.person_id',
  'a.created_at',
  'a.identity_verified_at',
  'a.identity_method',
  'p.id as p_id',
  'p.id_number as p_id_number',
  'p.name as p_name',
  'p.sex as p_sex',
  'p.birth_date as p_birth_date',
  'p.created_at as p_created_at',
] as const

/** The same columns for a raw statement (creates.ts reads a create's snapshot with them). */
export const SIGNED_IN_COLUMNS = sql.raw(
  SIGNED_IN_SELECT.map((c) => {
    const [ref, alias] = c.split(' as ')
    const [table, column] = ref.split('.')
    return `"${table}"."${column}"${alias ? ` as "${alias}"` : ''}`
  }).join(', '),
)

/**
 * For a raw statement over `y` (a batch with column token_hash): the session `s` of each, its account `a` and the
 * account's person `p` — each found by its primary key (LATERAL … LIMIT 1, which PostgreSQL does not flatten into
 * a join: the plan kept for a batched statement is made without knowing the batch's length, and as plain joins
 * it hashed the batch and scanned the tables whole).
 */
export const SIGNED_IN_JOINS = sql`
  cross join lateral (select * from sessions where token_hash = y.token_hash limit 1) s
  cross join lateral (select * from accounts where id = s.account_id limit 1) a
  left join lateral (select * from persons where id = a.person_id limit 1) p on true`

/** A session joined with its account and the account's person (none: not yet bound to an identity). */
const signedInQuery = (db: Executor) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .leftJoin('persons as p', 'p.id', 'a.person_id')
    .select(SIGNED_IN_SELECT)

export type SignedInRecord = Awaited<ReturnType<ReturnType<typeof signedInQuery>['executeTakeFirstOrThrow']>>

export function signedInOf(r: SignedInRecord): SignedIn {
  const account: AccountRow = {
    id: r.id,
    channel: r.channel,
    channel_uid: r.channel_uid,
    person_id: r.person_id,
    created_at: r.created_at,
    identity_verified_at: r.identity_verified_at,
    identity_method: r.identity_method,
  }
  const person: PersonRow | null =
    r.p_id === null
      ? null
      : {
          id: r.p_id,
          id_number: r.p_id_number as string,
          name: r.p_name as string,
          sex: r.p_sex as PersonRow['sex'],
          birth_date: r.p_birth_date as string,
          created_at: r.p_created_at as string,
        }
  return { expiresAt: r.expires_at, account, person }
}

/** PostgreSQL: the session look-ups of concurrent requests in one statement (token_hash = any of them). */
const signedInBatcher = (db: Executor) =>
  new Batcher<string, SignedIn | undefined>((hashes) => signedInMany(db, hashes), { max: 100, concurrency: 2 })

/**
 * PostgreSQL: the sessions of `hashes` in one statement, in their order (rows by primary key: SIGNED_IN_JOINS).
 */
export async function signedInMany(db: Executor, hashes: string[]): Promise<(SignedIn | undefined)[]> {
  const { rows } = await once(
    db,
    'sessions.signedInMany',
    [hashes],
    () =>
      sql<SignedInRecord & { ord: number }>`
      select y.ord::int as ord, ${SIGNED_IN_COLUMNS}
      from unnest(${hashes}::text[]) with ordinality as y(token_hash, ord)
      ${SIGNED_IN_JOINS}`,
  )
  const byOrd = new Map(rows.map((r) => [r.ord, signedInOf(r)]))
  return hashes.map((_, i) => byOrd.get(i + 1))
}
