/** Per-phone SMS codes and their limits (migration 004): one row per phone, kept across resends. */
import type { Executor } from './db'
import type { SmsCodesTable } from './schema'

export interface SmsRow {
  phone: string
  code_hash: string
  expires_at: string
  attempts: number
  last_sent_at: string | null
  sent_day: string | null
  sent_count: number
  locked_until: string | null
}

export const smsRepo = {
  find: async (db: Executor, phone: string): Promise<SmsRow | undefined> =>
    (await db.selectFrom('sms_codes').selectAll().where('phone', '=', phone).executeTakeFirst()) as SmsRow | undefined,
  save: (db: Executor, row: SmsRow) => {
    const values: SmsCodesTable = row
    const { phone: _phone, ...rest } = row
    void _phone
    return db
      .insertInto('sms_codes')
      .values(values)
      .onConflict((oc) => oc.column('phone').doUpdateSet(rest))
      .execute()
  },
}
