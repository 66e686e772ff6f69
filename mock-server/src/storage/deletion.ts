/**
 * Account deletion (注销): every statement that removes an account's personal data or pseudonymises
 * what the agency must keep. Called by services/account-deletion.ts inside ONE transaction.
 */
import type { Executor } from './db'
import type { AccountsTable, AuditLogTable, DeletedAccountsTable } from './schema'

export const deletionRepo = {
  /** The pseudonyms of several tombstones, by pseudonym id, in one statement. */
  pseudonymsOf: async (db: Executor, pseudonymIds: readonly string[]): Promise<Map<string, string>> => {
    if (pseudonymIds.length === 0) return new Map()
    const rows = await db
      .selectFrom('deleted_accounts')
      .select(['pseudonym_id', 'pseudonym'])
      .where('pseudonym_id', 'in', [...new Set(pseudonymIds)])
      .execute()
    return new Map(rows.map((r) => [r.pseudonym_id, r.pseudonym]))
  },
  /** The pseudonym a deleted account's tombstone goes by (audit lines, "who acted for me"). */
  pseudonymOf: async (db: Executor, pseudonymId: string): Promise<string | undefined> =>
    (
      await db
        .selectFrom('deleted_accounts')
        .select('pseudonym')
        .where('pseudonym_id', '=', pseudonymId)
        .executeTakeFirst()
    )?.pseudonym,
  /** The pseudonymous tombstone that takes the account's place (records it operated still point somewhere). */
  insertTombstone: async (db: Executor, account: AccountsTable, t: DeletedAccountsTable) => {
    await db
      .insertInto('accounts')
      .values({
        id: t.pseudonym_id,
        channel: account.channel,
        channel_uid: t.pseudonym_id,
        person_id: null,
        created_at: account.created_at,
      })
      .execute()
    await db.insertInto('deleted_accounts').values(t).execute()
  },
  /** Re-points the agency's records the account operated (代办/撤销) to the tombstone. */
  repointAssessments: async (db: Executor, accountId: string, pseudonymId: string) => {
    await db
      .updateTable('assessments')
      .set({ operator_account_id: pseudonymId })
      .where('operator_account_id', '=', accountId)
      .execute()
    await db
      .updateTable('assessments')
      .set({ revoked_by_account_id: pseudonymId })
      .where('revoked_by_account_id', '=', accountId)
      .execute()
  },
  clearOperatorPerson: (db: Executor, personId: string) =>
    db
      .updateTable('assessments')
      .set({ operator_person_id: null })
      .where('operator_person_id', '=', personId)
      .execute(),
  deleteSessions: (db: Executor, accountId: string) =>
    db.deleteFrom('sessions').where('account_id', '=', accountId).execute(),
  deleteIdempotency: (db: Executor, accountId: string) =>
    db.deleteFrom('idempotency').where('account_id', '=', accountId).execute(),
  /** Bindings and requests where the account is the agent, and its pending 实名 checks. */
  deleteAgentBindings: async (db: Executor, accountId: string) => {
    await db.deleteFrom('agent_bindings').where('agent_account_id', '=', accountId).execute()
    await db.deleteFrom('agent_requests').where('agent_account_id', '=', accountId).execute()
    await db.deleteFrom('identity_checks').where('account_id', '=', accountId).execute()
  },
  deleteSmsCodes: (db: Executor, phone: string) => db.deleteFrom('sms_codes').where('phone', '=', phone).execute(),
  deleteAccount: (db: Executor, accountId: string) => db.deleteFrom('accounts').where('id', '=', accountId).execute(),

  /** Does anything of the agency (registration, records, other accounts, agents) still refer to the person? */
  personStillReferenced: async (db: Executor, personId: string, exceptAccountId: string) => {
    const reg = await db
      .selectFrom('registrations')
      .select('person_id')
      .where('person_id', '=', personId)
      .executeTakeFirst()
    if (reg) return true
    const rec = await db.selectFrom('assessments').select('id').where('person_id', '=', personId).executeTakeFirst()
    if (rec) return true
    const acc = await db
      .selectFrom('accounts')
      .select('id')
      .where('person_id', '=', personId)
      .where('id', '!=', exceptAccountId)
      .executeTakeFirst()
    if (acc) return true
    const bind = await db
      .selectFrom('agent_bindings')
      .select('ref')
      .where('person_id', '=', personId)
      .executeTakeFirst()
    return !!bind
  },
  deletePerson: async (db: Executor, personId: string) => {
    await db.deleteFrom('agent_requests').where('person_id', '=', personId).execute()
    await db.deleteFrom('notices').where('person_id', '=', personId).execute()
    await db.deleteFrom('persons').where('id', '=', personId).execute()
  },

  /** Audit entries the account wrote, or that are about the person. */
  auditEntriesOf: (db: Executor, accountId: string, personId: string | null) =>
    db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) =>
        personId
          ? eb.or([eb('actor_account_id', '=', accountId), eb('subject_person_id', '=', personId)])
          : eb('actor_account_id', '=', accountId),
      )
      .orderBy('id')
      .execute(),
  rewriteAudit: (
    db: Executor,
    id: number,
    set: Partial<
      Pick<
        AuditLogTable,
        'actor_account_id' | 'actor_label' | 'subject_person_id' | 'entity_id' | 'before_json' | 'after_json'
      >
    >,
  ) => db.updateTable('audit_log').set(set).where('id', '=', id).execute(),
}
