/** 停保 and 续保 (RULES §7), decided by the engine's suspend / resume. */
import type { AppContext } from '../context'
import { assessmentsRepo, registrationsRepo } from '../storage'
import type { AccountRow } from '../storage/accounts'
import type { RegistrationStatus } from '../../../src/api/schema'
import { serverError } from '../errors'
import { audit, idempotent, resolveSubject, type Outcome } from './common'
import { statusOf } from './registration'
import { getRegion, must, refusal, refusalError, resume, suspend } from './rules'

export async function suspendPerson(
  ctx: AppContext,
  account: AccountRow,
  body: { reason: string; stopDate: string; personRef?: string },
  key?: string,
): Promise<Outcome<RegistrationStatus>> {
  const subject = await resolveSubject(ctx.db, account, body.personRef, ctx.clock.now().toISOString())
  // 因死亡、出国定居停保 is taken at the agency's counter with documents, never by an agent online
  if (subject.viaAgent && (body.reason === 'DEATH' || body.reason === 'EMIGRATION'))
    throw serverError(422, 'AGENT_SUSPEND_AT_COUNTER', { reason: body.reason })
  return idempotent(ctx, account.id, key, { op: 'suspend', body }, async (trx) => {
    const reg = await registrationsRepo.find(trx, subject.person.id)
    if (!reg) throw refusalError([refusal(subject.viaAgent ? 'TARGET_NOT_REGISTERED' : 'NOT_REGISTERED')])
    if (reg.status === 'SUSPENDED') {
      // ADAPTER: the engine has no "already suspended" code; a second suspension is a state conflict
      throw refusalError([refusal('TRANSITION_NOT_ALLOWED', { action: 'suspend', from: 'SUSPENDED' })])
    }
    const existing = (await assessmentsRepo.listForPerson(trx, subject.person.id)).map((a) => ({
      id: a.id,
      start: a.start,
      end: a.end,
      status: a.status,
    }))
    const s = must(
      suspend({
        today: ctx.clock.today(),
        reason: body.reason,
        stopDate: body.stopDate,
        existingAssessments: existing,
      }),
    )
    const patch = {
      status: 'SUSPENDED' as const,
      suspended_from: s.suspended_from,
      suspend_reason: s.reason,
      updated_at: ctx.clock.now().toISOString(),
    }
    await registrationsRepo.update(trx, subject.person.id, patch)
    await audit(trx, ctx, account, subject.person.id, 'SUSPENDED', 'registration', subject.person.id, reg, {
      ...reg,
      ...patch,
    })
    return { status: 200, body: await statusOf(trx, ctx, subject.person) }
  })
}

export async function resumePerson(ctx: AppContext, account: AccountRow, personRef: string | undefined, key?: string) {
  const subject = await resolveSubject(ctx.db, account, personRef, ctx.clock.now().toISOString())
  return idempotent(ctx, account.id, key, { op: 'resume', personRef: personRef ?? null }, async (trx) => {
    const reg = await registrationsRepo.find(trx, subject.person.id)
    if (!reg) throw refusalError([refusal(subject.viaAgent ? 'TARGET_NOT_REGISTERED' : 'NOT_REGISTERED')])
    if (reg.status !== 'SUSPENDED')
      throw refusalError([refusal('TRANSITION_NOT_ALLOWED', { action: 'resume', from: 'ACTIVE' })])
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
    await registrationsRepo.update(trx, subject.person.id, patch)
    await audit(trx, ctx, account, subject.person.id, 'RESUMED', 'registration', subject.person.id, reg, {
      ...reg,
      ...patch,
    })
    return { status: 200, body: await statusOf(trx, ctx, subject.person) }
  })
}
