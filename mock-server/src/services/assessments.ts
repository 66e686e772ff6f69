/**
 * 缴费核定: quote (no write), create (核定流水号), list, detail, transmit to tax, revoke; and the
 * tax side's paid / tax-revoke. Every decision is the engine's (assess / proxyAssess / transmit /
 * revoke / markPaid / markTaxRevoked); this module loads facts, stores results and audits.
 */
import type { AppContext } from '../context'
import { notFound, unauthorized } from '../errors'
import {
  assessmentsRepo,
  accountsRepo,
  CHANGED,
  createsRepo,
  optimistic,
  personsRepo,
  registrationsRepo,
  requestFingerprint,
  type Executor,
  inTransaction,
} from '../storage'
import type { RegistrationRow } from '../storage/registrations'
import type { AccountRow, PersonRow } from '../storage/accounts'
import type { AssessmentRow } from '../storage/assessments'
import type { ReadAhead } from '../storage/creates'
import type { AssessBody, Assessment, Quote, TaxAssessment } from '../../../src/api/schema'
import { quoteToWire } from '../wire'
import {
  accessTo,
  actorLabels,
  audit,
  auditLater,
  idempotent,
  lockPerson,
  replayOf,
  resolveSubject,
  type Outcome,
  type Subject,
} from './common'
import {
  assess,
  DEFAULT_RULE_SET,
  getRegion,
  markPaid,
  markTaxRevoked,
  maskId,
  maskName,
  must,
  proxyAssess,
  revoke,
  transmit,
  type AssessmentQuote,
  type ExistingAssessment,
  type Result,
} from './rules'

function existingOf(rows: AssessmentRow[]): ExistingAssessment[] {
  return rows.map((r) => ({ id: r.id, start: r.start, end: r.end, status: r.status }))
}

/** Asks the engine for a quote for the subject (self: assess; agent: proxyAssess, §6.1), from its loaded facts. */
function decide(
  ctx: AppContext,
  account: AccountRow,
  subject: Subject,
  body: AssessBody,
  reg: RegistrationRow | undefined,
  existing: ExistingAssessment[],
) {
  const region = reg ? getRegion(reg.region) : undefined
  const rules = region?.rule_set ?? DEFAULT_RULE_SET
  const suspendedFrom = reg?.status === 'SUSPENDED' ? (reg.suspended_from ?? undefined) : undefined
  const today = ctx.clock.today()
  let result: Result<AssessmentQuote>
  if (subject.viaAgent) {
    result = proxyAssess(
      {
        today,
        operator: account.id,
        registry: { [subject.person.id_number]: { name: subject.person.name, registered: !!reg, suspendedFrom } },
        targetName: subject.person.name,
        targetId: subject.person.id_number,
        start: body.start,
        end: body.end,
        base: body.base,
        frequency: body.frequency,
        existingAssessments: existing,
      },
      rules,
    )
  } else {
    result = assess(
      {
        today,
        person: { id: subject.person.id_number, name: subject.person.name, registered: !!reg, suspendedFrom },
        start: body.start,
        end: body.end,
        base: body.base,
        frequency: body.frequency,
        existingAssessments: existing,
      },
      rules,
    )
  }
  const quote = must(result)
  return { quote, region: reg?.region ?? '' }
}

export async function quote(
  ctx: AppContext,
  account: AccountRow,
  body: AssessBody,
  /** the registration and records read with the session (PostgreSQL), if they are the subject's */
  readAhead?: ReadAhead | null,
): Promise<Quote> {
  const subject = await resolveSubject(ctx, { account, personRef: body.personRef })
  const ahead = readAhead?.purpose === 'quote' && readAhead.personId === subject.person.id ? readAhead.snapshot : null
  if (ahead && !ahead.exists) throw notFound()
  const reg = ahead ? ahead.reg : await registrationsRepo.find(ctx.db, subject.person.id)
  const existing = ahead ? ahead.records : existingOf(await assessmentsRepo.listForPerson(ctx.db, subject.person.id))
  return quoteToWire(decide(ctx, account, subject, body, reg, existing).quote)
}

type Access = { self: boolean; ref: string | null }

/** What the caller already has loaded for the views (nothing is read twice). */
interface Known {
  /** the records' owners */
  persons?: readonly PersonRow[]
  /** the viewer's access to the records' owner (one owner per call) */
  access?: Access
}

/**
 * The views of records for a viewer, in a constant number of statements whatever their number: the owners,
 * the operators and their labels are loaded once for all (no statement per record).
 */
async function viewsOf(
  db: Executor,
  rows: readonly AssessmentRow[],
  viewer: AccountRow | null,
  known: Known = {},
): Promise<Assessment[]> {
  if (rows.length === 0) return []
  const persons = new Map((known.persons ?? []).map((p) => [p.id, p]))
  const ownerIds = [...new Set(rows.map((r) => r.person_id))]
  for (const p of await personsRepo.findMany(
    db,
    ownerIds.filter((id) => !persons.has(id)),
  ))
    persons.set(p.id, p)
  const operators = new Map(viewer ? [[viewer.id, viewer]] : [])
  for (const a of await accountsRepo.findMany(
    db,
    rows.map((r) => r.operator_account_id).filter((id) => !operators.has(id)),
  ))
    operators.set(a.id, a)
  const labels = await actorLabels(db, [...operators.values()], [...persons.values()])
  const access = new Map<string, Access>()
  for (const id of ownerIds) {
    access.set(
      id,
      known.access && ownerIds.length === 1
        ? known.access
        : viewer
          ? await accessTo(db, viewer, id)
          : { self: false, ref: null },
    )
  }
  return rows.map((row) =>
    viewOf(row, viewer, persons.get(row.person_id) as PersonRow, access.get(row.person_id) as Access, labels),
  )
}

async function view(db: Executor, row: AssessmentRow, viewer: AccountRow | null, known: Known = {}) {
  return (await viewsOf(db, [row], viewer, known))[0]
}

function viewOf(
  row: AssessmentRow,
  viewer: AccountRow | null,
  owner: PersonRow,
  access: Access,
  labels: Map<string, string>,
): Assessment {
  return {
    id: row.id,
    owner: {
      self: access.self,
      personRef: access.ref,
      nameMasked: maskName(owner.name),
      idNumberMasked: maskId(owner.id_number),
    },
    operator: {
      self: !!viewer && row.operator_account_id === viewer.id,
      byAgent: row.operator_person_id !== row.person_id,
      label: labels.get(row.operator_account_id) ?? '—',
    },
    region: row.region,
    start: row.start,
    end: row.end,
    months: row.months,
    frequency: row.frequency,
    baseInput: row.base_input,
    baseKind: row.base_kind,
    baseMonthly: row.base_monthly,
    baseTotal: row.base_total,
    contributionMonthly: row.contribution_monthly,
    accountMonthly: row.account_monthly,
    pooledMonthly: row.pooled_monthly,
    total: row.total,
    monthKinds: JSON.parse(row.month_kinds) as string[],
    provisional: row.provisional === 1,
    truncatedToRetirement: row.truncated_to_retirement === 1,
    status: row.status,
    taxRevoked: row.tax_revoked === 1,
    createdAt: row.created_at,
    transmittedAt: row.transmitted_at,
    paidAt: row.paid_at,
    taxRevokedAt: row.tax_revoked_at,
    revokedAt: row.revoked_at,
  }
}

function auditable(row: AssessmentRow) {
  return {
    id: row.id,
    status: row.status,
    start: row.start,
    end: row.end,
    total: row.total,
    tax_revoked: row.tax_revoked === 1,
  }
}

/**
 * 确认核定: optimistic (storage/creates.ts) — the snapshot, the engine's decision, the conditional write; run
 * again when the person changed meanwhile (a concurrent create, 停保, a registration change…). The person's own
 * create on PostgreSQL needs no transaction (two statements); an agent's runs in one, because the notice it
 * leaves the person is written with the record.
 */
export async function create(
  ctx: AppContext,
  account: AccountRow,
  body: AssessBody,
  key?: string,
  /** the snapshot read with the session (PostgreSQL), used by the first attempt if it is this create's */
  readAhead?: ReadAhead | null,
): Promise<Outcome<Assessment>> {
  const subject = await resolveSubject(ctx, { account, personRef: body.personRef })
  const personId = subject.person.id
  const hash = requestFingerprint({ op: 'create', body })
  let ahead =
    readAhead?.purpose === 'create' && readAhead.personId === personId && readAhead.key === (key ?? null)
      ? readAhead
      : null
  return optimistic(
    ctx.db,
    async (db): Promise<Outcome<Assessment> | typeof CHANGED> => {
      const snap = ahead?.snapshot ?? (await createsRepo.snapshot(db, { personId, accountId: account.id, key }))
      ahead = null // a second attempt reads again
      if (!snap.exists) throw notFound()
      if (key && snap.prior) return replayOf<Assessment>(db, { accountId: account.id, key, hash, prior: snap.prior })
      const { quote: q, region } = decide(ctx, account, subject, body, snap.reg, snap.records)
      const today = ctx.clock.today().replace(/-/g, '')
      const now = ctx.clock.now().toISOString()
      const row: AssessmentRow = {
        id: await createsRepo.number(db, `HD${region}${today}`, snap),
        person_id: personId,
        operator_account_id: account.id,
        operator_person_id: account.person_id,
        region,
        start: q.start,
        end: q.end,
        months: q.months,
        frequency: body.frequency ?? null,
        base_input: body.base,
        base_kind: q.base_kind,
        base_monthly: q.base_monthly,
        base_total: q.base_total,
        contribution_monthly: q.contribution_monthly,
        account_monthly: q.account_monthly,
        pooled_monthly: q.pooled_monthly,
        total: q.total,
        month_kinds: JSON.stringify(q.month_kinds),
        provisional: q.provisional ? 1 : 0,
        truncated_to_retirement: q.truncated_to_retirement ? 1 : 0,
        status: 'CREATED',
        tax_revoked: 0,
        created_at: now,
        transmitted_at: null,
        paid_at: null,
        tax_revoked_at: null,
        revoked_at: null,
        revoked_by_account_id: null,
      }
      // an agent's act also leaves the person a notice (written now, in the attempt's transaction)
      const auditEntry = await auditLater(db, ctx, {
        actor: account,
        subjectPersonId: personId,
        action: subject.viaAgent ? 'ASSESSMENT_CREATED_BY_AGENT' : 'ASSESSMENT_CREATED',
        entity: 'assessment',
        entityId: row.id,
        after: auditable(row),
      })
      const created = await view(db, row, account, {
        persons: [subject.person],
        access: subject.viaAgent ? { self: false, ref: subject.personRef } : undefined,
      })
      const outcome = { status: 201, body: created, personId }
      const stored = await createsRepo.commit(db, personId, {
        version: snap.version,
        record: row,
        audit: auditEntry,
        idempotency: key
          ? {
              account_id: account.id,
              key,
              request_hash: hash,
              status_code: outcome.status,
              body: JSON.stringify(outcome.body),
              created_at: now,
              person_id: personId,
            }
          : undefined,
      })
      // the caller's account deleted (注销) since it signed in: signed out; the person acted for gone: not found
      if (stored === 'gone') throw (await accountsRepo.find(ctx.db, account.id)) ? notFound() : unauthorized()
      return stored === 'created' ? outcome : CHANGED
    },
    { transaction: subject.viaAgent },
  )
}

export async function list(ctx: AppContext, account: AccountRow, personRef?: string, status?: string) {
  const subject = await resolveSubject(ctx, { account, personRef })
  const rows = await assessmentsRepo.listForPerson(ctx.db, subject.person.id, status)
  const access = subject.viaAgent ? { self: false, ref: subject.personRef } : undefined
  return { items: await viewsOf(ctx.db, rows, account, { persons: [subject.person], access }) }
}

/** A record the account may see (self or bound agent); anything else is NOT_FOUND. */
async function visible(db: Executor, account: AccountRow, id: string): Promise<AssessmentRow & { access: Access }> {
  const row = await assessmentsRepo.find(db, id)
  if (!row) throw notFound()
  const access = await accessTo(db, account, row.person_id)
  if (!access.allowed) throw notFound()
  return { ...row, access: { self: access.self, ref: access.ref } }
}

export async function detail(ctx: AppContext, account: AccountRow, id: string) {
  const { access, ...row } = await visible(ctx.db, account, id)
  return view(ctx.db, row, account, { access })
}

function recordOf(row: AssessmentRow) {
  return {
    id: row.id,
    status: row.status,
    taxRevoked: row.tax_revoked === 1,
    ownerId: row.person_id,
    operatorId: row.operator_account_id,
  }
}

export async function transmitRecord(ctx: AppContext, account: AccountRow, id: string, key?: string) {
  return idempotent(ctx, { accountId: account.id, key, request: { op: 'transmit', id } }, async (trx) => {
    const { access, ...row } = await visible(trx, account, id)
    await lockPerson(trx, row.person_id, account)
    must(transmit(recordOf(row)))
    const patch = { status: 'TRANSMITTED' as const, transmitted_at: ctx.clock.now().toISOString() }
    await assessmentsRepo.update(trx, id, patch)
    const after = { ...row, ...patch }
    await audit(trx, ctx, {
      actor: account,
      subjectPersonId: row.person_id,
      action: 'ASSESSMENT_TRANSMITTED',
      entity: 'assessment',
      entityId: id,
      before: auditable(row),
      after: auditable(after),
    })
    return { status: 200, body: await view(trx, after, account, { access }), personId: row.person_id }
  })
}

export async function revokeRecord(ctx: AppContext, account: AccountRow, id: string, key?: string) {
  return idempotent(ctx, { accountId: account.id, key, request: { op: 'revoke', id } }, async (trx) => {
    const { access, ...row } = await visible(trx, account, id)
    await lockPerson(trx, row.person_id, account)
    const self = account.person_id === row.person_id
    must(revoke({ record: recordOf(row), actor: self ? 'owner' : 'proxy', operatorId: account.id }))
    const patch = {
      status: 'REVOKED' as const,
      revoked_at: ctx.clock.now().toISOString(),
      revoked_by_account_id: account.id,
    }
    await assessmentsRepo.update(trx, id, patch)
    const after = { ...row, ...patch }
    await audit(trx, ctx, {
      actor: account,
      subjectPersonId: row.person_id,
      action: self ? 'ASSESSMENT_REVOKED' : 'ASSESSMENT_REVOKED_BY_AGENT',
      entity: 'assessment',
      entityId: id,
      before: auditable(row),
      after: auditable(after),
    })
    return { status: 200, body: await view(trx, after, account, { access }), personId: row.person_id }
  })
}

// ── tax side (simulation, admin token) ─────────────────────────────────────────────────────

function taxView(row: AssessmentRow, owner: PersonRow): TaxAssessment {
  return {
    id: row.id,
    region: row.region,
    ownerMasked: `${maskName(owner.name)} ${maskId(owner.id_number)}`,
    start: row.start,
    end: row.end,
    months: row.months,
    total: row.total,
    status: row.status,
    taxRevoked: row.tax_revoked === 1,
    createdAt: row.created_at,
  }
}

export async function taxList(ctx: AppContext, status?: string) {
  const rows = await assessmentsRepo.listByStatus(ctx.db, status)
  // the owners in one statement (no statement per record)
  const owners = new Map(
    (
      await personsRepo.findMany(
        ctx.db,
        rows.map((r) => r.person_id),
      )
    ).map((p) => [p.id, p]),
  )
  const items: TaxAssessment[] = rows.map((r) => taxView(r, owners.get(r.person_id) as PersonRow))
  return { items }
}

export async function taxAct(ctx: AppContext, id: string, action: 'paid' | 'tax-revoke') {
  return inTransaction(ctx.db, async (trx) => {
    const row = await assessmentsRepo.find(trx, id)
    if (!row) throw notFound()
    await lockPerson(trx, row.person_id)
    const now = ctx.clock.now().toISOString()
    let patch: Partial<AssessmentRow>
    if (action === 'paid') {
      must(markPaid(recordOf(row)))
      patch = { status: 'PAID', paid_at: now }
    } else {
      must(markTaxRevoked(recordOf(row)))
      patch = { tax_revoked: 1, tax_revoked_at: now }
    }
    await assessmentsRepo.update(trx, id, patch)
    const after = { ...row, ...patch }
    await audit(trx, ctx, {
      actor: null,
      subjectPersonId: row.person_id,
      action: action === 'paid' ? 'TAX_PAID' : 'TAX_REVOKED',
      entity: 'assessment',
      entityId: id,
      before: auditable(row),
      after: auditable(after),
      label: '税务部门（模拟）',
    })
    return taxView(after, (await personsRepo.find(trx, row.person_id)) as PersonRow)
  })
}
