/**
 * Table types for Kysely. Money is TEXT with two decimals (never REAL); months are 'YYYY-MM';
 * timestamps are ISO-8601 UTC strings; booleans are 0/1.
 */
import type { Generated } from 'kysely'

export interface AccountsTable {
  id: string
  channel: 'wechat' | 'alipay' | 'h5'
  channel_uid: string
  person_id: string | null
  created_at: string
  /** migration 005: when and how a verifier proved the real name (null: an unverified legacy claim) */
  identity_verified_at?: string | null
  identity_method?: string | null
}

export interface PersonsTable {
  id: string
  id_number: string
  name: string
  sex: 'M' | 'F'
  birth_date: string
  created_at: string
  /** migration 009: raised by every change of the person's records or registration (storage/creates.ts) */
  version?: number
}

export interface SessionsTable {
  token_hash: string
  account_id: string
  created_at: string
  expires_at: string
}

export interface SmsCodesTable {
  phone: string
  /** '' once used or locked */
  code_hash: string
  expires_at: string
  /** wrong codes since the last success or lock (a resend keeps it) */
  attempts: number
  /** migration 004: per-phone limits */
  last_sent_at: string | null
  /** China date (YYYY-MM-DD) that sent_count counts */
  sent_day: string | null
  sent_count: number
  locked_until: string | null
}

/** migration 004: fixed-window request counters of @fastify/rate-limit (key → window start ms, count). */
export interface RateLimitsTable {
  key: string
  window_start: number
  count: number
}

export interface RegistrationsTable {
  person_id: string
  region: string
  district: string
  category: string
  /** migration 003: registration data of RULES.md §1.8 (null on rows registered before it) */
  ethnicity: string | null
  hukou_type: string | null
  address: string | null
  mobile: string | null
  status: 'ACTIVE' | 'SUSPENDED'
  work_start_date: string
  retirement_category: string
  retirement_month: string
  registered_at: string
  suspended_from: string | null
  suspend_reason: string | null
  resumed_from: string | null
  updated_at: string
}

export interface AssessmentsTable {
  id: string
  person_id: string
  operator_account_id: string
  operator_person_id: string | null
  region: string
  start: string
  end: string
  months: number
  frequency: string | null
  base_input: string
  base_kind: string
  base_monthly: string
  base_total: string
  contribution_monthly: string
  account_monthly: string
  pooled_monthly: string
  total: string
  month_kinds: string
  provisional: number
  truncated_to_retirement: number
  status: 'CREATED' | 'TRANSMITTED' | 'PAID' | 'REVOKED'
  tax_revoked: number
  created_at: string
  transmitted_at: string | null
  paid_at: string | null
  tax_revoked_at: string | null
  revoked_at: string | null
  revoked_by_account_id: string | null
}

export interface AgentBindingsTable {
  ref: string
  agent_account_id: string
  person_id: string
  created_at: string
  /** migration 005: consent. A binding without expires_at (legacy, unconsented) is not active. */
  relationship?: string | null
  scope?: string | null
  expires_at?: string | null
  approved_via?: string | null
}

/** 005: a request to act for a person, waiting for the person's consent (in their account or by SMS code). */
export interface AgentRequestsTable {
  ref: string
  agent_account_id: string
  person_id: string
  relationship: string
  status: 'PENDING' | 'APPROVED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED'
  created_at: string
  expires_at: string
  code_hash: string | null
  code_expires_at: string | null
  code_sent_at: string | null
  code_attempts: number
  decided_at: string | null
  decided_via: string | null
}

/** 005: the person's 消息 list (acts done for them, requests, ends of bindings). */
export interface NoticesTable {
  id: Generated<number>
  person_id: string
  at: string
  kind: string
  actor_label: string
  title: string
  body: string
  entity_id: string | null
}

/** 005: a pending 手机号三要素 check of an account (H5 real-name binding), waiting for the SMS code. */
export interface IdentityChecksTable {
  id: string
  account_id: string
  name: string
  id_number: string
  mobile: string
  code_hash: string
  expires_at: string
  attempts: number
  created_at: string
}

/** 005, simulated world: the carrier / public-security register the 三要素 check asks. */
export interface SimIdentityRegisterTable {
  id_number: string
  name: string
  mobile: string
  created_at: string
}
/** 005, simulated world: the platforms' users (WeChat openid / Alipay user_id) with their platform real name. */
export interface SimPlatformUsersTable {
  channel: string
  platform_user_id: string
  name: string | null
  id_number: string | null
  created_at: string
}
/** 005, simulated world: login codes the platform issued (wx.login / my.getAuthCode), single use. */
export interface SimPlatformCodesTable {
  code_hash: string
  channel: string
  platform_user_id: string
  expires_at: string
  used_at: string | null
}
/** 005, simulated world: every SMS the simulated gateway "delivered". */
export interface SimSmsOutboxTable {
  id: Generated<number>
  at: string
  phone: string
  purpose: string
  text: string
  code: string | null
}

export interface IdempotencyTable {
  account_id: string
  key: string
  request_hash: string
  status_code: number
  body: string
  created_at: string
  /** migration 004: whom the answer was about (a replay re-checks access); null on older rows */
  person_id?: string | null
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor_account_id: string | null
  actor_label: string
  subject_person_id: string | null
  action: string
  entity: string
  entity_id: string
  before_json: string | null
  after_json: string | null
}

/** Tombstones of deleted accounts (migration 002): the pseudonymous id that replaced the account, no personal data. */
export interface DeletedAccountsTable {
  pseudonym_id: string
  pseudonym: string
  channel: 'wechat' | 'alipay' | 'h5'
  deleted_at: string
  agency_records_kept: number
}

export interface SequencesTable {
  name: string
  value: number
}

/** 缴费凭证 of a paid record (migration 007); the voucher number is random, not a sequence. */
export interface VouchersTable {
  voucher_no: string
  assessment_id: string
  person_id: string
  cashier_transaction_id: string
  paid_at: string
  /** the agency's date of the payment (China time, YYYY-MM-DD) */
  paid_date: string
  issued_at: string
}

/** Reminder subscriptions granted on WeChat / Alipay (migration 007), per account and template. */
export interface ReminderSubscriptionsTable {
  account_id: string
  template_id: string
  channel: string
  status: string
  updated_at: string
}

export interface Database {
  accounts: AccountsTable
  persons: PersonsTable
  sessions: SessionsTable
  sms_codes: SmsCodesTable
  rate_limits: RateLimitsTable
  registrations: RegistrationsTable
  assessments: AssessmentsTable
  agent_bindings: AgentBindingsTable
  idempotency: IdempotencyTable
  audit_log: AuditLogTable
  sequences: SequencesTable
  deleted_accounts: DeletedAccountsTable
  vouchers: VouchersTable
  reminder_subscriptions: ReminderSubscriptionsTable
  agent_requests: AgentRequestsTable
  notices: NoticesTable
  identity_checks: IdentityChecksTable
  sim_identity_register: SimIdentityRegisterTable
  sim_platform_users: SimPlatformUsersTable
  sim_platform_codes: SimPlatformCodesTable
  sim_sms_outbox: SimSmsOutboxTable
}
