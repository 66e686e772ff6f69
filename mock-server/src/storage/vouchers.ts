/** 缴费凭证 (vouchers) and reminder subscriptions (migration 007). */
import type { Executor } from './db'
import type { ReminderSubscriptionsTable, VouchersTable } from './schema'

export type VoucherRow = VouchersTable

export const vouchersRepo = {
  findByAssessment: (db: Executor, assessmentId: string) =>
    db.selectFrom('vouchers').selectAll().where('assessment_id', '=', assessmentId).executeTakeFirst(),
  findByNumber: (db: Executor, voucherNo: string) =>
    db.selectFrom('vouchers').selectAll().where('voucher_no', '=', voucherNo).executeTakeFirst(),
  insert: (db: Executor, row: VoucherRow) => db.insertInto('vouchers').values(row).execute(),
}

export const subscriptionsRepo = {
  listForAccount: (db: Executor, accountId: string) =>
    db.selectFrom('reminder_subscriptions').selectAll().where('account_id', '=', accountId).execute(),
  upsert: (db: Executor, row: ReminderSubscriptionsTable) =>
    db
      .insertInto('reminder_subscriptions')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['account_id', 'template_id']).doUpdateSet({
          status: row.status,
          channel: row.channel,
          updated_at: row.updated_at,
        }),
      )
      .execute(),
  /** 注销: an account's subscriptions go with it */
  deleteForAccount: (db: Executor, accountId: string) =>
    db.deleteFrom('reminder_subscriptions').where('account_id', '=', accountId).execute(),
}
