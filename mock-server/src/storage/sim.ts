/**
 * The simulated outside world's tables (sim_*): read and written only by mock-server/src/providers/*
 * simulated implementations, never by the agency's services. A real deployment has none of them.
 */
import type { Executor } from './db'
import type { SimIdentityRegisterTable, SimPlatformCodesTable, SimPlatformUsersTable } from './schema'

export const simRepo = {
  registerFind: (db: Executor, idNumber: string) =>
    db.selectFrom('sim_identity_register').selectAll().where('id_number', '=', idNumber).executeTakeFirst(),
  registerInsert: (db: Executor, row: SimIdentityRegisterTable) =>
    db.insertInto('sim_identity_register').values(row).execute(),

  platformUserFind: (db: Executor, channel: string, uid: string) =>
    db
      .selectFrom('sim_platform_users')
      .selectAll()
      .where('channel', '=', channel)
      .where('platform_user_id', '=', uid)
      .executeTakeFirst(),
  platformUserUpsert: (db: Executor, row: SimPlatformUsersTable) =>
    db
      .insertInto('sim_platform_users')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['channel', 'platform_user_id']).doUpdateSet({ name: row.name, id_number: row.id_number }),
      )
      .execute(),

  codeInsert: (db: Executor, row: SimPlatformCodesTable) => db.insertInto('sim_platform_codes').values(row).execute(),
  codeFind: (db: Executor, codeHash: string) =>
    db.selectFrom('sim_platform_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst(),
  /** Marks a code used; true only for the one caller that used it (single use under concurrency). */
  codeUse: async (db: Executor, codeHash: string, at: string) => {
    const r = await db
      .updateTable('sim_platform_codes')
      .set({ used_at: at })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  },

  smsInsert: (db: Executor, row: { at: string; phone: string; purpose: string; text: string; code: string | null }) =>
    db.insertInto('sim_sms_outbox').values(row).execute(),
  smsLastFor: (db: Executor, phone: string, purpose: string) =>
    db
      .selectFrom('sim_sms_outbox')
      .selectAll()
      .where('phone', '=', phone)
      .where('purpose', '=', purpose)
      .orderBy('id', 'desc')
      .executeTakeFirst(),
  smsList: (db: Executor, phone: string | undefined, limit: number) => {
    let q = db.selectFrom('sim_sms_outbox').selectAll()
    if (phone) q = q.where('phone', '=', phone)
    return q.orderBy('id', 'desc').limit(limit).execute()
  },
}
