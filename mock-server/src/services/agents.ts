/**
 * 代他人核定: an agent binds a person by name + ID number. Checks of RULES §6.1 in the engine's
 * order (ID valid → TARGET_NOT_REGISTERED → NAME_ID_MISMATCH) through proxyAssess's own checks:
 * we ask the engine with an empty period, and keep only the §6.1 refusals.
 */
import type { AppContext } from '../context'
import { notFound, serverError } from '../errors'
import { agentsRepo, newId, personsRepo, registrationsRepo, type Executor } from '../storage'
import type { AccountRow } from '../storage/accounts'
import type { BoundPerson } from '../../../src/api/schema'
import { audit } from './common'
import {
  maskId,
  maskName,
  must,
  normaliseId,
  normaliseName,
  proxyAssess,
  refusalError,
  validateId,
  DEFAULT_RULE_SET,
  type RegistryEntry,
} from './rules'

const PROXY_CODES = ['TARGET_NOT_REGISTERED', 'NAME_ID_MISMATCH']

async function describe(db: Executor, ref: string, personId: string, addedAt: string): Promise<BoundPerson> {
  const p = await personsRepo.find(db, personId)
  const reg = await registrationsRepo.find(db, personId)
  return {
    ref,
    nameMasked: maskName(p?.name ?? ''),
    idNumberMasked: maskId(p?.id_number ?? ''),
    registration: {
      region: reg?.region ?? null,
      status: reg?.status ?? null,
      retirementMonth: reg?.retirement_month ?? null,
    },
    addedAt,
  }
}

export async function addPerson(ctx: AppContext, account: AccountRow, name: string, idNumber: string) {
  if (!account.person_id) throw serverError(403, 'IDENTITY_REQUIRED')
  const today = ctx.clock.today()
  const id = validateId(idNumber, today)
  if (!id.ok) throw refusalError(id.errors)
  name = must(normaliseName(name)) // the stored names are normalised (src/domain/names.ts)
  const target = await personsRepo.findByIdNumber(ctx.db, normaliseId(idNumber))
  const reg = target ? await registrationsRepo.find(ctx.db, target.id) : undefined
  const registry: Record<string, RegistryEntry> = target
    ? { [target.id_number]: { name: target.name, registered: !!reg } }
    : {}
  // §6.1 steps 1–3 by the engine (the period is irrelevant here; only its §6.1 codes are kept)
  const r = proxyAssess(
    { today, operator: account.id, registry, targetName: name, targetId: idNumber, start: '', end: '', base: '' },
    DEFAULT_RULE_SET,
  )
  if (!r.ok && (r.errors[0].code.startsWith('ID_') || PROXY_CODES.includes(r.errors[0].code)))
    throw refusalError([r.errors[0]])
  if (!target) throw refusalError([]) // unreachable: the engine refused above
  if (target.id === account.person_id) throw serverError(422, 'AGENT_SELF')
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await agentsRepo.findPair(trx, account.id, target.id)
    if (existing) return { status: 200, body: await describe(trx, existing.ref, target.id, existing.created_at) }
    const row = {
      ref: newId('ref'),
      agent_account_id: account.id,
      person_id: target.id,
      created_at: ctx.clock.now().toISOString(),
    }
    await agentsRepo.insert(trx, row)
    await audit(trx, ctx, account, target.id, 'AGENT_BOUND', 'agent_binding', row.ref, null, {
      agent: account.id,
      person: maskId(target.id_number),
    })
    return { status: 201, body: await describe(trx, row.ref, target.id, row.created_at) }
  })
}

export async function listPeople(ctx: AppContext, account: AccountRow) {
  const rows = await agentsRepo.listForAgent(ctx.db, account.id)
  return { items: await Promise.all(rows.map((r) => describe(ctx.db, r.ref, r.person_id, r.created_at))) }
}

export async function removePerson(ctx: AppContext, account: AccountRow, ref: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const b = await agentsRepo.findByRef(trx, account.id, ref)
    if (!b) throw notFound()
    await agentsRepo.delete(trx, account.id, ref)
    await audit(trx, ctx, account, b.person_id, 'AGENT_UNBOUND', 'agent_binding', ref, { agent: account.id }, null)
    return { ok: true as const }
  })
}
