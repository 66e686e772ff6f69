/**
 * In-code migrations (Kysely Migrator). Add a new entry for every change; never edit a shipped one.
 * Only portable DDL (text/integer, no SQLite-only types) so that a PostgreSQL dialect can reuse them.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'

const m001: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('persons')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('id_number', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sex', 'text', (c) => c.notNull())
      .addColumn('birth_date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('channel_uid', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('persons.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('accounts_channel_uid', ['channel', 'channel_uid'])
      .addUniqueConstraint('accounts_channel_person', ['channel', 'person_id'])
      .execute()
    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('sms_codes')
      .addColumn('phone', 'text', (c) => c.primaryKey())
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema
      .createTable('registrations')
      .addColumn('person_id', 'text', (c) => c.primaryKey().references('persons.id'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('district', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('work_start_date', 'text', (c) => c.notNull())
      .addColumn('retirement_category', 'text', (c) => c.notNull())
      .addColumn('retirement_month', 'text', (c) => c.notNull())
      .addColumn('registered_at', 'text', (c) => c.notNull())
      .addColumn('suspended_from', 'text')
      .addColumn('suspend_reason', 'text')
      .addColumn('resumed_from', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('operator_account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('operator_person_id', 'text')
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('end', 'text', (c) => c.notNull())
      .addColumn('months', 'integer', (c) => c.notNull())
      .addColumn('frequency', 'text')
      .addColumn('base_input', 'text', (c) => c.notNull())
      .addColumn('base_kind', 'text', (c) => c.notNull())
      .addColumn('base_monthly', 'text', (c) => c.notNull())
      .addColumn('base_total', 'text', (c) => c.notNull())
      .addColumn('contribution_monthly', 'text', (c) => c.notNull())
      .addColumn('account_monthly', 'text', (c) => c.notNull())
      .addColumn('pooled_monthly', 'text', (c) => c.notNull())
      .addColumn('total', 'text', (c) => c.notNull())
      .addColumn('month_kinds', 'text', (c) => c.notNull())
      .addColumn('provisional', 'integer', (c) => c.notNull())
      .addColumn('truncated_to_retirement', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('tax_revoked', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('transmitted_at', 'text')
      .addColumn('paid_at', 'text')
      .addColumn('tax_revoked_at', 'text')
      .addColumn('revoked_at', 'text')
      .addColumn('revoked_by_account_id', 'text')
      .execute()
    await db.schema.createIndex('assessments_person').on('assessments').columns(['person_id', 'start']).execute()
    await db.schema.createIndex('assessments_status').on('assessments').column('status').execute()
    await db.schema
      .createTable('agent_bindings')
      .addColumn('ref', 'text', (c) => c.primaryKey())
      .addColumn('agent_account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('agent_bindings_pair', ['agent_account_id', 'person_id'])
      .execute()
    await db.schema
      .createTable('idempotency')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_pk', ['account_id', 'key'])
      .execute()
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_account_id', 'text')
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('subject_person_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .execute()
    await db.schema.createIndex('audit_subject').on('audit_log').columns(['subject_person_id', 'id']).execute()
    await db.schema
      .createTable('sequences')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'integer', (c) => c.notNull())
      .execute()
    void sql
  },
}

/** 002: account deletion (注销). A deleted account leaves a pseudonymous tombstone, nothing personal. */
const m002: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('deleted_accounts')
      .addColumn('pseudonym_id', 'text', (c) => c.primaryKey().references('accounts.id'))
      .addColumn('pseudonym', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text', (c) => c.notNull())
      .addColumn('agency_records_kept', 'integer', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('audit_actor').on('audit_log').columns(['actor_account_id', 'id']).execute()
  },
}

/** 003: registration data of RULES.md §1.8 — 民族, 户口性质, 联系地址, 手机号码 (nullable: older rows lack them). */
const m003: Migration = {
  async up(db: Kysely<any>) {
    // one column per statement: SQLite's ALTER TABLE adds a single column at a time
    for (const column of ['ethnicity', 'hukou_type', 'address', 'mobile']) {
      await db.schema.alterTable('registrations').addColumn(column, 'text').execute()
    }
  },
}

/**
 * 004: limits that hold (shared by every instance on the database, not kept in one process's memory):
 * per-phone SMS counters (last send, sends today, lock after wrong codes; a resend keeps the attempt count),
 * request-rate buckets of @fastify/rate-limit (plugins/rate-store.ts), and the person an idempotent answer
 * was about (a replay re-checks that the caller may still see it).
 */
const m004: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('sms_codes').addColumn('last_sent_at', 'text').execute()
    await db.schema.alterTable('sms_codes').addColumn('sent_day', 'text').execute()
    await db.schema
      .alterTable('sms_codes')
      .addColumn('sent_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema.alterTable('sms_codes').addColumn('locked_until', 'text').execute()
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute()
    await db.schema.alterTable('idempotency').addColumn('person_id', 'text').execute()
  },
}

/** 007: 缴费凭证 issued for paid records, and reminder subscriptions (WeChat / Alipay) per account (issue 14). */
const m007: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('vouchers')
      .addColumn('voucher_no', 'text', (c) => c.primaryKey())
      .addColumn('assessment_id', 'text', (c) => c.notNull().unique())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('cashier_transaction_id', 'text', (c) => c.notNull())
      .addColumn('paid_at', 'text', (c) => c.notNull())
      .addColumn('paid_date', 'text', (c) => c.notNull())
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('vouchers_person').on('vouchers').column('person_id').execute()
    await db.schema
      .createTable('reminder_subscriptions')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('template_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reminder_subscriptions_pk', ['account_id', 'template_id'])
      .execute()
  },
}

export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_account_deletion': m002,
  '003_registration_fields': m003,
  '004_limits': m004,
  '007_vouchers_reminders': m007,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
