/**
 * 算得清 (issue 14): the person's own facts assembled for the engine — birth date and retirement
 * category (→ statutory retirement), the region's rule set, every record with its base and status, the
 * region's average wage as 计发基数 — and the engine's answers: estimate, comparison, years, history,
 * reminders. For oneself or, through `personRef`, for a bound relative. No rule is decided here.
 */
import type { AppContext } from '../context'
import { AppError, serverError } from '../errors'
import { assessmentsRepo, registrationsRepo, subscriptionsRepo, type Executor, inTransaction } from '../storage'
import type { AccountRow } from '../storage/accounts'
import type {
  ComparisonResult,
  EstimateResult,
  HistoryResult,
  InsightsQuery,
  ReminderList,
  SubscribeBody,
  YearsResult,
} from '../../../src/api/schema'
import { comparisonToWire, estimateToWire, historyToWire, reminderToWire, yearsToWire } from '../wire'
import { resolveSubject } from './common'
import { statusOf } from './registration'
import {
  compareFor,
  estimateFor,
  historyFor,
  maskName,
  refusal,
  regionOrThrow,
  remindersFor,
  yearsFor,
  type EstimateAssumptions,
  type PersonFacts,
  type Refusal,
  type Result,
  dec,
} from './rules'

/** The query's names of the assumptions the engine names (its message already speaks of the field). */
const QUERY_FIELD: Record<string, string> = {
  interest_rate: 'interestRate',
  pension_base: 'pensionBase',
  opening_balance: 'openingBalance',
  declared_wage: 'declaredWage',
}

function answer<T>(r: Result<T>): T {
  if (r.ok) return r.value
  throw new AppError(
    422,
    r.errors.map((e: Refusal) => {
      const field = e.code === 'INPUT_INVALID' ? String((e.detail as { field?: string }).field ?? '') : ''
      return QUERY_FIELD[field]
        ? { code: e.code, message: e.message, detail: { field: QUERY_FIELD[field] } }
        : { code: e.code, message: e.message, detail: e.detail as Record<string, unknown> }
    }),
  )
}

const MONEY_TEXT = /^\d{1,9}(?:\.\d{1,2})?$/

/** The query's assumptions, with the amounts checked before the engine sees them. */
function assumptionsOf(q: InsightsQuery): EstimateAssumptions {
  const bad: Refusal[] = []
  const money = (value: string | undefined, field: string) => {
    if (value === undefined || value.trim() === '') return undefined
    if (!MONEY_TEXT.test(value.trim())) bad.push(refusal('INPUT_INVALID', { field }))
    return value.trim()
  }
  const a: EstimateAssumptions = {
    base: q.base?.trim() || undefined,
    interestPercent: q.interestRate,
    pensionBase: money(q.pensionBase, 'pension_base'),
    openingBalance: money(q.openingBalance, 'opening_balance'),
    declaredWage: money(q.declaredWage, 'declared_wage'),
  }
  if (a.pensionBase !== undefined && bad.length === 0 && dec(a.pensionBase).eq(0)) {
    bad.push(refusal('INPUT_INVALID', { field: 'pension_base' }))
  }
  if (bad.length) answer({ ok: false, errors: bad })
  return a
}

export interface Facts {
  facts: PersonFacts
  person: EstimateResult['person']
  personId: string
}

/** The subject's facts: self, or a bound person by personRef (anything else is NOT_FOUND). */
export async function factsFor(ctx: AppContext, account: AccountRow, personRef?: string): Promise<Facts> {
  const db = ctx.db
  const subject = await resolveSubject(ctx, { account, personRef, db })
  const reg = await registrationsRepo.find(db, subject.person.id)
  if (!reg) answer({ ok: false, errors: [refusal(subject.viaAgent ? 'TARGET_NOT_REGISTERED' : 'NOT_REGISTERED')] })
  const region = regionOrThrow(reg!.region)
  const rows = await assessmentsRepo.listForPerson(db, subject.person.id)
  return {
    personId: subject.person.id,
    person: {
      self: !subject.viaAgent,
      nameMasked: maskName(subject.person.name),
      region: reg!.region,
      regionName: region.name,
      inputMode: region.rule_set.input_mode,
    },
    facts: {
      today: ctx.clock.today(),
      birthDate: subject.person.birth_date,
      retirementCategory: reg!.retirement_category,
      rules: region.rule_set,
      suspended: reg!.status === 'SUSPENDED',
      records: rows.map((r) => ({
        id: r.id,
        start: r.start,
        end: r.end,
        // a record the tax side has revoked no longer counts
        status: r.status === 'TRANSMITTED' && r.tax_revoked === 1 ? 'TAX_REVOKED' : r.status,
        baseMonthly: r.base_monthly,
        contributionMonthly: r.contribution_monthly,
        baseInput: r.base_input,
        baseKind: r.base_kind,
      })),
    },
  }
}

export async function estimate(ctx: AppContext, account: AccountRow, q: InsightsQuery): Promise<EstimateResult> {
  const a = assumptionsOf(q)
  const { facts, person } = await factsFor(ctx, account, q.personRef)
  const r = answer(estimateFor(facts, a))
  return estimateToWire(person, r)
}

export async function compare(ctx: AppContext, account: AccountRow, q: InsightsQuery): Promise<ComparisonResult> {
  const a = assumptionsOf(q)
  const { facts, person } = await factsFor(ctx, account, q.personRef)
  const r = answer(compareFor(facts, a))
  return comparisonToWire(person, r)
}

export async function years(ctx: AppContext, account: AccountRow, personRef?: string): Promise<YearsResult> {
  const { facts, person } = await factsFor(ctx, account, personRef)
  return yearsToWire(person, answer(yearsFor(facts)))
}

export async function history(ctx: AppContext, account: AccountRow, personRef?: string): Promise<HistoryResult> {
  const { facts, person } = await factsFor(ctx, account, personRef)
  return historyToWire(person, answer(historyFor(facts)))
}

// ── reminders and subscriptions ─────────────────────────────────────────────────────────────

/**
 * The reminders of the signed-in person (or a bound person): next unpaid month, the declaration window
 * (天津), records awaiting payment, a minimum that cannot be reached. Also the server function the 消息 list
 * can call (`remindersOf`).
 */
export async function remindersOf(ctx: AppContext, account: AccountRow, personRef?: string) {
  const subject = await resolveSubject(ctx, { account, personRef })
  const reg = await registrationsRepo.find(ctx.db, subject.person.id)
  if (!reg) return { registered: false, items: [] }
  const { facts } = await factsFor(ctx, account, personRef)
  const status = await statusOf(ctx.db, ctx, subject.person)
  return { registered: true, items: answer(remindersFor(facts, status.nextDueMonth)).map(reminderToWire) }
}

async function subscribedOf(db: Executor, accountId: string): Promise<string[]> {
  return (await subscriptionsRepo.listForAccount(db, accountId))
    .filter((s) => s.status === 'accept')
    .map((s) => s.template_id)
}

export async function reminders(ctx: AppContext, account: AccountRow, personRef?: string): Promise<ReminderList> {
  const r = await remindersOf(ctx, account, personRef)
  const templateIds =
    account.channel === 'wechat'
      ? ctx.config.reminderTemplates.weapp
      : account.channel === 'alipay'
        ? ctx.config.reminderTemplates.alipay
        : []
  return { ...r, templateIds, subscribed: await subscribedOf(ctx.db, account.id) }
}

/** Records what the user answered to the platform's subscribe-message request (one row per template). */
export async function subscribe(ctx: AppContext, account: AccountRow, body: SubscribeBody) {
  // subscription templates the app may ask for (on the real platforms: the ids configured in each console)
  const known = ctx.config.reminderTemplates[body.channel]
  const unknown = body.results.filter((r) => !known.includes(r.templateId))
  if (unknown.length) {
    throw serverError(422, 'TEMPLATE_UNKNOWN', { templateIds: unknown.map((u) => u.templateId) })
  }
  const now = ctx.clock.now().toISOString()
  await inTransaction(ctx.db, async (trx) => {
    for (const r of body.results) {
      await subscriptionsRepo.upsert(trx, {
        account_id: account.id,
        template_id: r.templateId,
        channel: body.channel,
        status: r.status,
        updated_at: now,
      })
    }
  })
  return { ok: true as const, subscribed: await subscribedOf(ctx.db, account.id) }
}
