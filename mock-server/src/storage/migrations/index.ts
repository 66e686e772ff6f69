/**
 * In-code migrations (Kysely Migrator). Add a new entry for every change; never edit a shipped one.
 * ONE set for SQLite and PostgreSQL: portable DDL only — text (dates and times as ISO text, JSON as text),
 * integer (booleans as 0/1), no SQLite-only types. Where the engines differ, the helpers below say it once:
 * an auto-increment key (SQLite `integer primary key autoincrement`, PostgreSQL `serial primary key`) and a
 * 64-bit integer (SQLite's integer is 64-bit already; PostgreSQL's is 32-bit, so `bigint` there).
 */
import {
  PostgresAdapter,
  sql,
  type ColumnDefinitionBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
} from 'kysely'

const onPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter

/** An auto-increment integer primary key on either engine. */
function autoId(db: Kysely<any>): ['integer' | 'serial', (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder] {
  return onPostgres(db) ? ['serial', (c) => c.primaryKey()] : ['integer', (c) => c.primaryKey().autoIncrement()]
}

/** A 64-bit integer (e.g. milliseconds since 1970). */
const int64 = (db: Kysely<any>) => (onPostgres(db) ? 'bigint' : 'integer')

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
      .addColumn('id', ...autoId(db))
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
      .addColumn('window_start', int64(db), (c) => c.notNull())
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

/**
 * 005: trust. Identity from a verifier (accounts.identity_verified_at / identity_method; a binding without
 * them is an unverified legacy claim, ended when the verified owner binds), consent for acting for
 * someone (agent_requests; agent_bindings gain relationship, scope, expiry and how consent was given —
 * a legacy binding without expires_at is not active), notices to the person (notices), and the simulated
 * outside world kept apart in sim_* tables: the identity register (carrier / public-security stand-in), the
 * platforms' users and login codes, and the SMS outbox.
 */
const m005: Migration = {
  async up(db: Kysely<any>) {
    for (const column of ['identity_verified_at', 'identity_method']) {
      await db.schema.alterTable('accounts').addColumn(column, 'text').execute()
    }
    for (const column of ['relationship', 'scope', 'expires_at', 'approved_via']) {
      await db.schema.alterTable('agent_bindings').addColumn(column, 'text').execute()
    }
    await db.schema
      .createTable('agent_requests')
      .addColumn('ref', 'text', (c) => c.primaryKey())
      .addColumn('agent_account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('relationship', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text')
      .addColumn('code_expires_at', 'text')
      .addColumn('code_sent_at', 'text')
      .addColumn('code_attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('decided_at', 'text')
      .addColumn('decided_via', 'text')
      .execute()
    await db.schema.createIndex('agent_requests_person').on('agent_requests').columns(['person_id', 'status']).execute()
    await db.schema
      .createIndex('agent_requests_agent')
      .on('agent_requests')
      .columns(['agent_account_id', 'status'])
      .execute()
    await db.schema
      .createTable('notices')
      .addColumn('id', ...autoId(db))
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text')
      .execute()
    await db.schema.createIndex('notices_person').on('notices').columns(['person_id', 'id']).execute()
    await db.schema
      .createTable('identity_checks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('id_number', 'text', (c) => c.notNull())
      .addColumn('mobile', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('sim_identity_register')
      .addColumn('id_number', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('mobile', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('sim_platform_users')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('platform_user_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('id_number', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sim_platform_users_pk', ['channel', 'platform_user_id'])
      .execute()
    await db.schema
      .createTable('sim_platform_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('platform_user_id', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute()
    await db.schema
      .createTable('sim_sms_outbox')
      .addColumn('id', ...autoId(db))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .execute()
    await db.schema.createIndex('sim_sms_outbox_phone').on('sim_sms_outbox').columns(['phone', 'id']).execute()
  },
}

/** PostgreSQL: the 核定流水号 numbers from a sequence (storage/assessments.ts sequencesRepo); SQLite keeps its rows. */
const m008: Migration = {
  async up(db: Kysely<any>) {
    if (!onPostgres(db)) return
    // start above any number handed out from the per-day rows before, so no id can repeat
    const { rows } = await sql<{ top: number | null }>`select max(value) as top from sequences`.execute(db)
    await sql`create sequence assessment_numbers start with ${sql.lit(Number(rows[0]?.top ?? 0) + 1)}`.execute(db)
  },
}

/**
 * The person's version (migration 009): raised by every transaction that takes the person's lock
 * (personsRepo.lock) and by every create, which writes only while it is still the version it read
 * (storage/creates.ts: the optimistic create, in one statement on PostgreSQL).
 */
const m009: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('persons')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
  },
}

export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_account_deletion': m002,
  '003_registration_fields': m003,
  '004_limits': m004,
  '005_trust_identity_consent': m005,
  '007_vouchers_reminders': m007,
  '008_assessment_numbers': m008,
  '009_person_version': m009,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
