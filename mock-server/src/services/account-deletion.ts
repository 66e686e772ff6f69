/**
 * 注销账号 (DELETE /api/me): deletes the account's personal data in ONE transaction and keeps, in
 * pseudonymised form, what the agency must keep.
 *
 * Deleted: the account (channel user id: phone / openid / Alipay user id), its sessions (the token stops
 * working at once), its real-name binding, the people it acted for (agent bindings), its idempotency
 * entries, pending SMS codes of its phone, and the person row itself when nothing of the agency refers to
 * it any more (no registration, no records, no other account, no agent).
 *
 * Kept (the agency's records, kept by law — RULES §6.1 keeps operator and owner on every record): the
 * person's registration and assessment records. The account's link to them is removed: records it
 * operated now point at a pseudonymous tombstone account (`del_<hash>`, no channel id, no person).
 *
 * Audit: entries the account wrote and entries about the person stay (action, entity, time, before and
 * after), but the actor becomes the stable pseudonym `已注销用户#<hash>` and every name, ID number
 * (masked or not), phone and the account id are stripped from before/after. The deletion itself is
 * audited under the pseudonym.
 */
import type { AppContext } from '../context'
import { unauthorized } from '../errors'
import { accountsRepo, deletionRepo, personsRepo, sha256, subscriptionsRepo, inTransaction } from '../storage'
import type { AccountRow, PersonRow } from '../storage/accounts'
import type { DeleteAccountResult } from '../../../src/api/schema'
import { audit } from './common'

export const REDACTED = '[已删除]'

/** Stable pseudonym of an account: the same account always gives the same pseudonym. */
export function pseudonymOf(accountId: string): { id: string; label: string } {
  const h = sha256(`deleted-account:${accountId}`)
  return { id: `del_${h.slice(0, 24)}`, label: `已注销用户#${h.slice(0, 8)}` }
}

const PERSONAL_KEY = /name|idnumber|id_number|phone|channel_?uid|channeluser|birth/i
const ID_LIKE = /(?<![0-9A-Za-z])(?:\d{6}(?:\d{8}|\*{8})\d{3}[\dXx]|\d{6}\*+\d{4})(?![0-9A-Za-z])/g
const PHONE_LIKE = /(?<![0-9A-Za-z])1\d{2}(?:\d{4}|\*{4})\d{4}(?![0-9A-Za-z])/g

/** Strips names, ID numbers (masked or not), phones and the account id from an audit JSON value. */
export function scrub(
  value: unknown,
  secrets: { person?: PersonRow; accountId: string; pseudonymId: string },
): unknown {
  const text = (s: string) => {
    let out = s
    if (out === secrets.accountId) return secrets.pseudonymId
    if (secrets.person) {
      out = out.split(secrets.person.id_number).join(REDACTED)
      if (secrets.person.name) out = out.split(secrets.person.name).join(REDACTED)
    }
    return out.replace(ID_LIKE, REDACTED).replace(PHONE_LIKE, REDACTED)
  }
  const walk = (v: unknown, key?: string): unknown => {
    if (key && PERSONAL_KEY.test(key)) return v === null ? null : REDACTED
    if (typeof v === 'string') return text(v)
    if (Array.isArray(v)) return v.map((x) => walk(x))
    if (v && typeof v === 'object') {
      // a person object ({ name, idNumber }) is personal as a whole
      if (key === 'person' && ('name' in v || 'idNumber' in v)) return REDACTED
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]))
    }
    return v
  }
  return walk(value)
}

const rescrub = (json: string | null, secrets: Parameters<typeof scrub>[1]) =>
  json === null ? null : JSON.stringify(scrub(JSON.parse(json), secrets))

export async function deleteAccount(ctx: AppContext, account: AccountRow): Promise<DeleteAccountResult> {
  const deletedAt = ctx.clock.now().toISOString()
  return inTransaction(ctx.db, async (trx) => {
    const fresh = await accountsRepo.find(trx, account.id)
    if (!fresh) throw unauthorized()
    // the person's lock (storage comment in db.ts): a create or any other change of this person's records
    // running meanwhile, on any instance, waits for the deletion or reads again after it
    if (fresh.person_id) await personsRepo.lock(trx, fresh.person_id)
    const pseudo = pseudonymOf(fresh.id)
    const person = fresh.person_id ? await personsRepo.find(trx, fresh.person_id) : undefined
    const secrets = { person, accountId: fresh.id, pseudonymId: pseudo.id }

    // 1. the tombstone takes the account's place in the agency's records
    const kept = person ? await deletionRepo.personStillReferenced(trx, person.id, fresh.id) : false
    await deletionRepo.insertTombstone(trx, fresh, {
      pseudonym_id: pseudo.id,
      pseudonym: pseudo.label,
      channel: fresh.channel,
      deleted_at: deletedAt,
      agency_records_kept: kept ? 1 : 0,
    })
    await deletionRepo.repointAssessments(trx, fresh.id, pseudo.id)

    // 2. pseudonymise the audit trail (kept), before the person row may go
    for (const e of await deletionRepo.auditEntriesOf(trx, fresh.id, person?.id ?? null)) {
      const byAccount = e.actor_account_id === fresh.id
      const aboutSelf = !!person && e.subject_person_id === person.id
      await deletionRepo.rewriteAudit(trx, e.id, {
        // acts on oneself lose the actor id (they were not done "by an agent"); acts for others keep a pseudonymous one
        actor_account_id: byAccount ? (aboutSelf ? null : pseudo.id) : e.actor_account_id,
        actor_label: byAccount ? pseudo.label : e.actor_label,
        subject_person_id: aboutSelf && !kept ? null : e.subject_person_id,
        entity_id: e.entity_id === fresh.id ? pseudo.id : e.entity_id,
        before_json: rescrub(e.before_json, secrets),
        after_json: rescrub(e.after_json, secrets),
      })
    }

    // 3. delete the account's personal data
    await deletionRepo.deleteSessions(trx, fresh.id)
    await deletionRepo.deleteIdempotency(trx, fresh.id)
    await deletionRepo.deleteAgentBindings(trx, fresh.id)
    await subscriptionsRepo.deleteForAccount(trx, fresh.id)
    if (fresh.channel === 'h5') await deletionRepo.deleteSmsCodes(trx, fresh.channel_uid)
    await deletionRepo.deleteAccount(trx, fresh.id)
    if (person && !kept) {
      await deletionRepo.clearOperatorPerson(trx, person.id)
      await deletionRepo.deletePerson(trx, person.id)
    }

    // 4. audit the deletion itself, under the pseudonym
    await audit(trx, ctx, {
      actor: null,
      subjectPersonId: kept && person ? person.id : null,
      action: 'ACCOUNT_DELETED',
      entity: 'account',
      entityId: pseudo.id,
      after: { channel: fresh.channel, agencyRecordsKept: kept },
      label: pseudo.label,
    })
    return { ok: true as const, deletedAt, agencyRecordsKept: kept }
  })
}
