/** Shared service helpers: who acts for whom, audit entries, idempotent writes. */
import type { AppContext } from '../context'
import { AppError, notFound, retryLater, serverError, unauthorized } from '../errors'
import {
  accountsRepo,
  agentsRepo,
  auditRepo,
  deletionRepo,
  idempotencyRepo,
  inTransaction,
  personsRepo,
  rateLimitsRepo,
  registrationsRepo,
  requestFingerprint,
  type Executor,
  type TransactionOptions,
  type Trx,
} from '../storage'
import type { AccountRow, PersonRow } from '../storage/accounts'
import type { RegistrationRow } from '../storage/registrations'
import type { AuditEntry as StoredAuditEntry } from '../storage/audit'
import type { IdempotencyTable as IdempotencyRow } from '../storage/schema'
import { maskName, maskPhone } from './rules'
import { noticeOfAct } from './notices'

export const CHANNEL_NAMES: Record<AccountRow['channel'], string> = { wechat: '微信', alipay: '支付宝', h5: '网页' }

/**
 * Rows already loaded in this request: the auth hook loads the signed-in account's person with the
 * session (storage sessionsRepo.findSignedIn), so services do not read it again. Keyed by the account
 * object of the request; an entry counts only while it is the account's current person.
 */
const knownPersons = new WeakMap<AccountRow, PersonRow>()

export function rememberPerson(account: AccountRow, person: PersonRow | null) {
  if (person) knownPersons.set(account, person)
}

function knownPersonOf(account: AccountRow): PersonRow | undefined {
  const p = knownPersons.get(account)
  return p && p.id === account.person_id ? p : undefined
}

/** The account's person: the one loaded with the request, else from storage. */
async function personOfAccount(db: Executor, account: AccountRow): Promise<PersonRow | undefined> {
  if (!account.person_id) return undefined
  return knownPersonOf(account) ?? personsRepo.find(db, account.person_id)
}

function labelOf(account: AccountRow, person: PersonRow | undefined, pseudonym: string | undefined): string {
  const channel = CHANNEL_NAMES[account.channel]
  // a deleted account's tombstone (see storage/deletion.ts): its stable pseudonym, never a channel id
  if (!account.person_id && pseudonym) return pseudonym
  if (person) return `${channel}用户 ${maskName(person.name)}`
  const uid = account.channel === 'h5' ? maskPhone(account.channel_uid) : `${account.channel_uid.slice(0, 6)}…`
  return `${channel}用户 ${uid}`
}

/** A masked label of an account for audit lines and "who acted for me" (never the ID number). */
export async function actorLabel(db: Executor, account: AccountRow): Promise<string> {
  const pseudonym = account.person_id ? undefined : await deletionRepo.pseudonymOf(db, account.id)
  return labelOf(account, await personOfAccount(db, account), pseudonym)
}

/**
 * The labels of several accounts (by account id) in at most two statements: their persons (those not
 * given in `persons` or loaded with the request) and the tombstones of deleted accounts.
 */
export async function actorLabels(
  db: Executor,
  accounts: readonly AccountRow[],
  persons: readonly PersonRow[] = [],
): Promise<Map<string, string>> {
  const byId = new Map(persons.map((p) => [p.id, p]))
  for (const a of accounts) {
    const k = knownPersonOf(a)
    if (k) byId.set(k.id, k)
  }
  const missing = accounts.map((a) => a.person_id).filter((id): id is string => !!id && !byId.has(id))
  for (const p of await personsRepo.findMany(db, missing)) byId.set(p.id, p)
  const pseudonyms = await deletionRepo.pseudonymsOf(
    db,
    accounts.filter((a) => !a.person_id).map((a) => a.id),
  )
  return new Map(
    accounts.map((a) => [a.id, labelOf(a, a.person_id ? byId.get(a.person_id) : undefined, pseudonyms.get(a.id))]),
  )
}

export interface Subject {
  person: PersonRow
  /** the agent acts for someone else */
  viaAgent: boolean
  personRef: string | null
}

/**
 * "For whom": the signed-in person (a verified real name), or a person the agent is bound to (by opaque
 * ref) with the person's consent, not expired at `now`.
 */
export async function resolveSubject(
  ctx: AppContext,
  {
    account,
    personRef,
    db = ctx.db,
  }: {
    account: AccountRow
    /** the bound person's opaque ref; none: the signed-in person */
    personRef?: string
    /** an open transaction, else the database */
    db?: Executor
  },
): Promise<Subject> {
  const now = ctx.clock.now().toISOString()
  if (personRef) {
    // the binding and the person it is to, in one statement
    const person = await agentsRepo.findPersonByRef(db, account.id, personRef, now)
    if (!person) throw notFound()
    if (person.id === account.person_id) return { person, viaAgent: false, personRef: null }
    return { person, viaAgent: true, personRef }
  }
  if (!account.person_id || !account.identity_verified_at) throw serverError(403, 'IDENTITY_REQUIRED')
  const person = await personOfAccount(db, account)
  if (!person) throw serverError(403, 'IDENTITY_REQUIRED')
  return { person, viaAgent: false, personRef: null }
}

/** May this account see/change this person's records? Self, or a bound agent. Returns the agent's ref. */
export async function accessTo(
  db: Executor,
  account: AccountRow,
  personId: string,
  // every Clock's now() is the real instant (only today() is pinned), so this default is the clock's now
  now: string = new Date().toISOString(),
): Promise<{ allowed: boolean; self: boolean; ref: string | null }> {
  if (account.person_id === personId && account.identity_verified_at) return { allowed: true, self: true, ref: null }
  const b = await agentsRepo.findPair(db, account.id, personId, now)
  return b ? { allowed: true, self: false, ref: b.ref } : { allowed: false, self: false, ref: null }
}

/**
 * The person's lock for the rest of the transaction (storage personsRepo.lock): taken first by every transaction
 * that decides on or changes a person's records or registration. NOT_FOUND when the person is gone.
 */
export async function lockPerson(trx: Executor, personId: string, actor?: AccountRow): Promise<void> {
  if (!(await personsRepo.lock(trx, personId))) throw notFound()
  if (actor) await actorStillThere(trx, actor)
}

/** The person's registration under the person's lock (storage registrationsRepo.findLocked); NOT_FOUND: gone. */
export async function lockedRegistration(
  trx: Executor,
  personId: string,
  actor?: AccountRow,
): Promise<RegistrationRow | undefined> {
  const { exists, reg } = await registrationsRepo.findLocked(trx, personId)
  if (!exists) throw notFound()
  if (actor) await actorStillThere(trx, actor)
  return reg
}

/**
 * The acting account still exists: read AFTER the person's lock was taken, so an account deletion (注销, which
 * takes that lock) that committed meanwhile is seen — an act signed in before it would otherwise write an
 * audit row naming the deleted account. 401: the account is gone, sign in again.
 */
async function actorStillThere(trx: Executor, actor: AccountRow): Promise<void> {
  if (!(await accountsRepo.find(trx, actor.id))) throw unauthorized()
}

const DAY_MS = 86_400_000

/**
 * One more use of a daily budget keyed on what the asker cannot vary (the person asked for, their mobile, their
 * ID number — hashed where it is personal data): a shared counter (rate_limits) over a 24-hour window. 429
 * `code` with Retry-After once it is spent. In a transaction, a refusal rolls its count back.
 */
export async function dailyBudget(db: Executor, key: string, nowMs: number, max: number, code: string) {
  const { count, windowStart } = await rateLimitsRepo.hit(db, key, nowMs, DAY_MS)
  if (count > max) throw retryLater(429, code, (windowStart + DAY_MS - nowMs) / 1000, { max })
}

const MASKED_ADDRESS = '（已记录）'

/**
 * Contact data never enters an audit row in clear, whoever writes it: mobile/phone numbers masked
 * (138****0001), addresses replaced by （已记录）, at any depth of before/after.
 */
export function maskContact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskContact)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (/^(mobile|phone)$/i.test(k) && typeof v === 'string' && v && !v.includes('*')) out[k] = maskPhone(v)
    else if (/^address$/i.test(k) && typeof v === 'string' && v) out[k] = MASKED_ADDRESS
    else out[k] = maskContact(v)
  }
  return out
}

/** One audit line: who did what to which record of whom, with the record before and after (masked). */
export interface AuditEntry {
  /** the acting account; null: the system or the tax side (then `label` names it) */
  actor: AccountRow | null
  /** the person the record is about */
  subjectPersonId: string | null
  action: string
  entity: string
  entityId: string
  before?: unknown
  after?: unknown
  /** the actor's label, when not the account's own (actorLabel) */
  label?: string
}

export async function audit(db: Executor, ctx: AppContext, entry: AuditEntry) {
  await auditRepo.append(db, await auditRow(db, ctx, entry))
  await noticeOf(db, ctx, entry)
}

/**
 * An audit entry, to be written later in the same transaction (Outcome.audit: with the idempotency row):
 * the act's notice is written now, the audit row returned.
 */
export async function auditLater(db: Executor, ctx: AppContext, entry: AuditEntry): Promise<StoredAuditEntry> {
  const row = await auditRow(db, ctx, entry)
  await noticeOf(db, ctx, entry)
  return row
}

/** The stored audit row of an entry: the actor's masked label, contact data masked. */
async function auditRow(db: Executor, ctx: AppContext, entry: AuditEntry): Promise<StoredAuditEntry> {
  const { actor, subjectPersonId, action, entity, entityId, before = null, after = null, label } = entry
  return {
    at: ctx.clock.now().toISOString(),
    actorAccountId: actor?.id ?? null,
    actorLabel: label ?? (actor ? await actorLabel(db, actor) : 'system'),
    subjectPersonId,
    action,
    entity,
    entityId,
    before: maskContact(before),
    after: maskContact(after),
  }
}

/** An act done for someone else leaves a notice in their 消息 list and an SMS (services/notices.ts). */
async function noticeOf(db: Executor, ctx: AppContext, entry: AuditEntry) {
  const { actor, subjectPersonId, action, entityId, after = null } = entry
  if (actor && subjectPersonId && actor.person_id !== subjectPersonId) {
    await noticeOfAct(db, ctx, actor, subjectPersonId, action, entityId, after)
  }
}

export interface Outcome<T> {
  status: number
  body: T
  replayed?: boolean
  /** the person the answer is about: a replay is shown only while the caller may still see them */
  personId?: string
  /** an audit row still to be written (auditLater): idempotent() writes it with the idempotency row */
  audit?: StoredAuditEntry
}

/**
 * Runs a state change in ONE transaction, with an optional Idempotency-Key: the same key and the
 * same request return the stored first (successful) response and change nothing; the same key
 * with a different request is refused (IDEMPOTENCY_KEY_REUSED). Refusals are not stored (they
 * changed nothing), so a corrected retry with the same key is evaluated afresh. The fingerprint is of the
 * canonical JSON (field order does not matter). A replay is marked (`replayed`, header
 * Idempotent-Replayed: true) and re-checks access: once the caller may no longer see the person (binding
 * ended), the stored answer is NOT_FOUND like any record that is not theirs. The same key while its first
 * request is still being handled (another instance, a double click) is refused 409 IDEMPOTENCY_IN_FLIGHT: the
 * client asks again a moment later and gets the stored answer.
 */
export async function idempotent<T>(
  ctx: AppContext,
  {
    accountId,
    key,
    request,
    isolation,
  }: {
    accountId: string
    /** the Idempotency-Key header (optional for the client: without it, one plain transaction) */
    key: string | undefined
    /** what the key stands for (its fingerprint is compared on a replay) */
    request: unknown
    /** PostgreSQL isolation (inTransaction): READ COMMITTED only for a run that takes the person's lock first */
    isolation?: TransactionOptions['isolation']
  },
  run: (trx: Trx) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const hash = requestFingerprint(request)
  try {
    return await inTransaction(
      ctx.db,
      async (trx) => {
        if (key) {
          const { prior, free } = await idempotencyRepo.claim(trx, accountId, key)
          if (!prior && !free) throw retryLater(409, 'IDEMPOTENCY_IN_FLIGHT', 1, { key })
          if (prior) return replayOf<T>(trx, { accountId, key, hash, prior })
        }
        let outcome: Outcome<T>
        try {
          outcome = await run(trx)
        } catch (err) {
          // READ COMMITTED: the claim's snapshot may predate the commit of the first request with this key (it
          // released the key just after), whose work this run now sees (e.g. as an overlap): roll back, and
          // the request is answered afresh, with the stored answer
          if (key && isolation === 'read committed' && err instanceof AppError && (await stored(trx, accountId, key)))
            throw new StoredMeanwhile()
          throw err
        }
        const { audit: auditEntry, ...out } = outcome
        if (key) {
          const row = {
            account_id: accountId,
            key,
            request_hash: hash,
            status_code: out.status,
            body: JSON.stringify(out.body),
            created_at: ctx.clock.now().toISOString(),
            person_id: out.personId ?? null,
          }
          await idempotencyRepo.insert(trx, row, auditEntry)
        } else if (auditEntry) {
          await auditRepo.append(trx, auditEntry)
        }
        return out
      },
      { isolation },
    )
  } catch (err) {
    if (err instanceof StoredMeanwhile) return idempotent(ctx, { accountId, key, request, isolation }, run)
    throw err
  }
}

/**
 * The stored first answer of an Idempotency-Key, for a request with the same key: IDEMPOTENCY_KEY_REUSED when
 * the request differs; NOT_FOUND once the caller may no longer see the person it is about.
 */
export async function replayOf<T>(
  db: Executor,
  { accountId, key, hash, prior }: { accountId: string; key: string; hash: string; prior: IdempotencyRow },
): Promise<Outcome<T>> {
  if (prior.request_hash !== hash) throw serverError(422, 'IDEMPOTENCY_KEY_REUSED', { key })
  if (prior.person_id) {
    const account = await accountsRepo.find(db, accountId)
    if (!account || !(await accessTo(db, account, prior.person_id)).allowed) throw notFound()
  }
  return { status: prior.status_code, body: JSON.parse(prior.body) as T, replayed: true }
}

/** The first request with an Idempotency-Key was stored while this one ran (READ COMMITTED). */
class StoredMeanwhile extends Error {}

async function stored(trx: Trx, accountId: string, key: string): Promise<boolean> {
  try {
    return !!(await idempotencyRepo.find(trx, accountId, key))
  } catch {
    return false
  }
}

export { AppError, accountsRepo }
