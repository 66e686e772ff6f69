/** 停保 and 续保 (RULES §7), decided by the engine's suspend / resume. */
import type { AppContext } from '../context'
import { assessmentsRepo, registrationsRepo, type Executor } from '../storage'
import type { AccountRow } from '../storage/accounts'
import type { RegistrationRow } from '../storage/registrations'
import type { RegistrationStatus } from '../../../src/api/schema'
import { serverError } from '../errors'
import { audit, idempotent, lockedRegistration, resolveSubject, type Outcome } from './common'
import { statusOf } from './registration'
import {
  checkResumable,
  checkSuspendable,
  getRegion,
  must,
  mustSuspendAtCounter,
  refusal,
  refusalError,
  resume,
  suspend,
  suspensionOptions as optionsFor,
  type Refusal,
  type SuspensionState,
} from './rules'

type Subject = Awaited<ReturnType<typeof resolveSubject>>

/**
 * 停保/续保 decide on the person's records and change the registration that a create decides on: they run
 * under the person's lock (READ COMMITTED after it, like create; storage comment in db.ts).
 */
const LOCKED = { isolation: 'read committed' } as const

/** The engine's decision on a suspension request, on the stored state (no write). */
async function decide(
  db: Executor,
  ctx: AppContext,
  subject: Subject,
  body: { reason: string; stopDate: string },
  /** in the write transaction: under the person's lock, for the act of this account */
  lockedFor?: AccountRow,
) {
  const reg = lockedFor
    ? await lockedRegistration(db, subject.person.id, lockedFor)
    : await registrationsRepo.find(db, subject.person.id)
  const refused = checkSuspendable(stateOf(reg, subject))
  if (refused || !reg) throw refusalError([refused as Refusal])
  const existing = await recordsOf(db, subject.person.id)
  const s = must(
    suspend({ today: ctx.clock.today(), reason: body.reason, stopDate: body.stopDate, existingAssessments: existing }),
  )
  return { reg, s }
}

/** Writes a 停保/续保 decision onto the registration, audits it, and answers with the new status. */
async function writeStatus(
  trx: Executor,
  ctx: AppContext,
  w: {
    account: AccountRow
    subject: Subject
    reg: RegistrationRow
    action: 'SUSPENDED' | 'RESUMED'
    patch: Parameters<typeof registrationsRepo.update>[2]
  },
) {
  const { account, subject, reg, patch } = w
  await registrationsRepo.update(trx, subject.person.id, patch)
  await audit(trx, ctx, {
    actor: account,
    subjectPersonId: subject.person.id,
    action: w.action,
    entity: 'registration',
    entityId: subject.person.id,
    before: reg,
    after: { ...reg, ...patch },
  })
  return { status: 200, body: await statusOf(trx, ctx, subject.person), personId: subject.person.id }
}

function stateOf(reg: RegistrationRow | undefined, subject: Subject): SuspensionState {
  return { registered: !!reg, status: reg?.status ?? null, viaAgent: subject.viaAgent }
}

async function recordsOf(db: Executor, personId: string) {
  return (await assessmentsRepo.listForPerson(db, personId)).map((a) => ({
    id: a.id,
    start: a.start,
    end: a.end,
    status: a.status,
  }))
}

/** 停保 options for the form: the reasons this user may choose and the dates worth offering (engine). */
export async function suspensionOptions(ctx: AppContext, account: AccountRow, personRef?: string) {
  const subject = await resolveSubject(ctx, { account, personRef })
  const reg = await registrationsRepo.find(ctx.db, subject.person.id)
  if (!reg) throw refusalError([refusal(subject.viaAgent ? 'TARGET_NOT_REGISTERED' : 'NOT_REGISTERED')])
  return optionsFor({
    today: ctx.clock.today(),
    registeredOn: chinaDate(reg.registered_at),
    records: await recordsOf(ctx.db, subject.person.id),
    rules: getRegion(reg.region)?.rule_set,
    viaAgent: subject.viaAgent,
  })
}

/** 停保 check before the user is asked to confirm: the same decision as POST /api/suspension, nothing stored. */
export async function checkSuspension(
  ctx: AppContext,
  account: AccountRow,
  body: { reason: string; stopDate: string; personRef?: string },
) {
  const subject = await resolveSubject(ctx, { account, personRef: body.personRef })
  const { s } = await decide(ctx.db, ctx, subject, body)
  return { ok: true as const, suspendedFrom: s.suspended_from }
}

/** YYYY-MM-DD in China time of an ISO timestamp. */
function chinaDate(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? iso.slice(0, 10) : new Date(t + 8 * 3600_000).toISOString().slice(0, 10)
}

export async function suspendPerson(
  ctx: AppContext,
  account: AccountRow,
  body: { reason: string; stopDate: string; personRef?: string },
  key?: string,
): Promise<Outcome<RegistrationStatus>> {
  const subject = await resolveSubject(ctx, { account, personRef: body.personRef })
  // 因死亡、出国定居停保 is taken at the agency's counter with documents, never by an agent online
  if (mustSuspendAtCounter(subject.viaAgent, body.reason))
    throw serverError(422, 'AGENT_SUSPEND_AT_COUNTER', { reason: body.reason })
  return idempotent(ctx, { accountId: account.id, key, request: { op: 'suspend', body }, ...LOCKED }, async (trx) => {
    const { reg, s } = await decide(trx, ctx, subject, body, account)
    const patch = {
      status: 'SUSPENDED' as const,
      suspended_from: s.suspended_from,
      suspend_reason: s.reason,
      updated_at: ctx.clock.now().toISOString(),
    }
    return writeStatus(trx, ctx, { account, subject, reg, action: 'SUSPENDED', patch })
  })
}

export async function resumePerson(ctx: AppContext, account: AccountRow, personRef: string | undefined, key?: string) {
  const subject = await resolveSubject(ctx, { account, personRef })
  return idempotent(
    ctx,
    { accountId: account.id, key, request: { op: 'resume', personRef: personRef ?? null }, ...LOCKED },
    async (trx) => {
      const reg = await lockedRegistration(trx, subject.person.id, account)
      const refused = checkResumable(stateOf(reg, subject))
      if (refused || !reg) throw refusalError([refused as Refusal])
      const region = getRegion(reg.region)
      const r = must(
        resume(
          { today: ctx.clock.today(), lastReason: reg.suspend_reason ?? '', person: { id: subject.person.id_number } },
          region?.rule_set,
        ),
      )
      const patch = {
        status: 'ACTIVE' as const,
        suspended_from: null,
        resumed_from: r.resumed_from,
        updated_at: ctx.clock.now().toISOString(),
      }
      return writeStatus(trx, ctx, { account, subject, reg, action: 'RESUMED', patch })
    },
  )
}
