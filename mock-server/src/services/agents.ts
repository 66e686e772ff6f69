/**
 * 代他人核定 with the person's consent.
 *   1. The agent asks (requestBinding): name + ID number + relationship. Every reason the person cannot be
 *      asked (unknown, not insured, another name, …) is ONE refusal, PROXY_TARGET_UNAVAILABLE, so that the
 *      look-up never tells a stranger whether someone is insured. The person gets a notice in 消息.
 *   2. The person consents, either in their own account (approveIncoming) or — for parents who do not use the
 *      app — by telling the agent the code sent by SMS to the mobile on file for them (sendConsentCode →
 *      confirmByCode). A binding has a scope and an expiry (one year); the person sees all of theirs
 *      (listMyAgents) and may end any at any time (endMyAgent); the agent may end it too (removePerson).
 */
import crypto from 'node:crypto'
import type { AppContext } from '../context'
import { notFound, serverError } from '../errors'
import { providers } from '../providers'
import {
  accountsRepo,
  agentRequestsRepo,
  agentsRepo,
  newId,
  personsRepo,
  registrationsRepo,
  sha256,
  type Executor,
  inTransaction,
} from '../storage'
import type { AccountRow } from '../storage/accounts'
import type { BindingRow, RequestRow } from '../storage/agents'
import type { BoundPerson, IncomingRequest, MyAgent, ProxyRequest } from '../../../src/api/schema'
import { actorLabel, actorLabels, audit, dailyBudget } from './common'
import { mobileOnFile, notify } from './notices'
import { maskId, maskName, maskPhone, must, normaliseId, normaliseName, refusalError, validateId } from './rules'

export const BINDING_DAYS = 365
export const REQUEST_DAYS = 7
export const CONSENT_CODE_TTL_SECONDS = 600
export const CONSENT_RESEND_SECONDS = 60
export const CONSENT_MAX_ATTEMPTS = 5
/**
 * Per PERSON asked for (what an asker cannot vary: not per request, not per agent), in a 24-hour window: consent
 * codes sent to their mobile, and codes typed for them. A stranger who withdraws and asks again, or asks from
 * several accounts, still gets at most CONSENT_GUESSES_PER_DAY guesses a day at one person's codes.
 */
export const CONSENT_SMS_PER_DAY = 5
export const CONSENT_GUESSES_PER_DAY = 10
/** What a binding allows: 缴费核定, 查询/撤销核定记录, 停保/续保 (not for death or emigration: at the counter). */
export const SCOPE = ['ASSESS', 'RECORDS', 'SUSPEND']

export const RELATIONSHIPS: Record<string, string> = {
  PARENT: '父母',
  SPOUSE: '配偶',
  CHILD: '子女',
  SIBLING: '兄弟姐妹',
  OTHER_RELATIVE: '其他亲属',
}

const unavailable = () => serverError(422, 'PROXY_TARGET_UNAVAILABLE')
const iso = (ms: number) => new Date(ms).toISOString()

/** The agent's bound persons as shown (masked), in three statements whatever their number (no N+1). */
async function describeAll(db: Executor, bindings: readonly BindingRow[]): Promise<BoundPerson[]> {
  const ids = bindings.map((b) => b.person_id)
  const persons = new Map((await personsRepo.findMany(db, ids)).map((p) => [p.id, p]))
  const regs = new Map((await registrationsRepo.findMany(db, ids)).map((r) => [r.person_id, r]))
  return bindings.map((b) => {
    const p = persons.get(b.person_id)
    const reg = regs.get(b.person_id)
    return {
      ref: b.ref,
      nameMasked: maskName(p?.name ?? ''),
      idNumberMasked: maskId(p?.id_number ?? ''),
      registration: {
        region: reg?.region ?? null,
        status: reg?.status ?? null,
        retirementMonth: reg?.retirement_month ?? null,
      },
      addedAt: b.created_at,
      relationship: b.relationship ?? null,
      scope: SCOPE,
      expiresAt: b.expires_at ?? b.created_at,
      approvedVia: b.approved_via ?? null,
    }
  })
}

const describe = async (db: Executor, b: BindingRow) => (await describeAll(db, [b]))[0]

/**
 * One agent's requests as shown, in at most three statements whatever their number (no N+1): the persons asked
 * for, their registrations (the mobile on file) and, for the approved ones, the agent's bindings to them.
 */
async function describeRequests(
  ctx: AppContext,
  db: Executor,
  requests: readonly RequestRow[],
): Promise<ProxyRequest[]> {
  if (requests.length === 0) return []
  const agentId = requests[0].agent_account_id
  if (requests.some((r) => r.agent_account_id !== agentId)) throw new Error('one agent’s requests at a time')
  const ids = requests.map((r) => r.person_id)
  const persons = new Map((await personsRepo.findMany(db, ids)).map((p) => [p.id, p]))
  const mobiles = new Map((await registrationsRepo.findMany(db, ids)).map((r) => [r.person_id, r.mobile ?? null]))
  const now = ctx.clock.now().getTime()
  const statusOf = (r: RequestRow) => (r.status === 'PENDING' && r.expires_at <= iso(now) ? 'EXPIRED' : r.status)
  const approved = requests.filter((r) => statusOf(r) === 'APPROVED').map((r) => r.person_id)
  const bindings = new Map((await agentsRepo.findAnyPairs(db, agentId, approved)).map((b) => [b.person_id, b]))
  return requests.map((r) => {
    const status = statusOf(r)
    const mobile = mobiles.get(r.person_id) ?? null
    const resendAt = r.code_sent_at ? Date.parse(r.code_sent_at) + CONSENT_RESEND_SECONDS * 1000 : 0
    return {
      ref: r.ref,
      nameMasked: maskName(persons.get(r.person_id)?.name ?? ''),
      relationship: r.relationship,
      status,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      mobileOnFile: !!mobile,
      mobileMasked: mobile ? maskPhone(mobile) : null,
      smsSentAt: r.code_sent_at,
      resendInSeconds: Math.max(0, Math.ceil((resendAt - now) / 1000)),
      attemptsLeft: Math.max(0, CONSENT_MAX_ATTEMPTS - r.code_attempts),
      bindingRef: status === 'APPROVED' ? (bindings.get(r.person_id)?.ref ?? null) : null,
    }
  })
}

const describeRequest = async (ctx: AppContext, db: Executor, r: RequestRow) =>
  (await describeRequests(ctx, db, [r]))[0]

/** Step 1: the agent asks to act for a person. */
export async function requestBinding(
  ctx: AppContext,
  account: AccountRow,
  body: { name: string; idNumber: string; relationship: string },
) {
  if (!account.person_id || !account.identity_verified_at) throw serverError(403, 'IDENTITY_REQUIRED')
  const id = validateId(body.idNumber, ctx.clock.today())
  if (!id.ok) throw refusalError(id.errors) // about the typed number only: reveals nothing about anyone
  const name = must(normaliseName(body.name)) // NFC, real-name characters only (src/domain/names.ts): about the typed text only
  const target = await personsRepo.findByIdNumber(ctx.db, normaliseId(body.idNumber))
  if (target && target.id === account.person_id) throw serverError(422, 'AGENT_SELF')
  const reg = target ? await registrationsRepo.find(ctx.db, target.id) : undefined
  const verified = target ? (await accountsRepo.verifiedForPerson(ctx.db, target.id)).length > 0 : false
  // unknown / not insured / another name: one answer (no way to learn who is insured)
  if (!target || !reg || target.name !== name) throw unavailable()
  const nowMs = ctx.clock.now().getTime()
  const now = iso(nowMs)
  return inTransaction(ctx.db, async (trx) => {
    const bound = await agentsRepo.findPair(trx, account.id, target.id, now)
    if (bound) throw serverError(409, 'AGENT_ALREADY_BOUND', { ref: bound.ref })
    const pending = await agentRequestsRepo.pendingPair(trx, account.id, target.id, now)
    if (pending) return { status: 200, body: await describeRequest(ctx, trx, pending) }
    const row: RequestRow = {
      ref: newId('req'),
      agent_account_id: account.id,
      person_id: target.id,
      relationship: body.relationship,
      status: 'PENDING',
      created_at: now,
      expires_at: iso(nowMs + REQUEST_DAYS * 86400_000),
      code_hash: null,
      code_expires_at: null,
      code_sent_at: null,
      code_attempts: 0,
      decided_at: null,
      decided_via: null,
    }
    await agentRequestsRepo.insert(trx, row)
    const label = await actorLabel(trx, account)
    await audit(trx, ctx, {
      actor: account,
      subjectPersonId: target.id,
      action: 'AGENT_REQUESTED',
      entity: 'agent_request',
      entityId: row.ref,
      after: {
        relationship: body.relationship,
      },
    })
    await notify(trx, ctx, target.id, {
      kind: 'AGENT_REQUEST',
      actorLabel: label,
      title: '有人申请为您代办',
      body: `${label}（填写的关系：您是TA的${RELATIONSHIPS[body.relationship] ?? '亲属'}）申请为您代办缴费核定、查询/撤销核定记录、停保/续保，有效期一年。${verified ? '请在“我的代办 → 待确认的代办请求”中同意或拒绝。' : ''}如不认识对方，请拒绝或忽略。`,
      entityId: row.ref,
    })
    return { status: 201, body: await describeRequest(ctx, trx, row) }
  })
}

export async function listRequests(ctx: AppContext, account: AccountRow) {
  const since = iso(ctx.clock.now().getTime() - 30 * 86400_000)
  const rows = await agentRequestsRepo.listForAgent(ctx.db, account.id, since)
  return { items: await describeRequests(ctx, ctx.db, rows) }
}

async function ownPending(ctx: AppContext, db: Executor, account: AccountRow, ref: string) {
  const r = await agentRequestsRepo.find(db, ref)
  if (!r || r.agent_account_id !== account.id) throw notFound()
  if (r.status !== 'PENDING' || r.expires_at <= ctx.clock.now().toISOString())
    throw serverError(422, 'PROXY_REQUEST_CLOSED')
  return r
}

/** SMS consent: a code to the mobile on file for the person; the agent types what the person tells them. */
export async function sendConsentCode(ctx: AppContext, account: AccountRow, ref: string) {
  return inTransaction(ctx.db, async (trx) => {
    const r = await ownPending(ctx, trx, account, ref)
    const mobile = await mobileOnFile(trx, r.person_id)
    if (!mobile) throw serverError(422, 'PROXY_NO_MOBILE')
    const nowMs = ctx.clock.now().getTime()
    if (r.code_sent_at && nowMs - Date.parse(r.code_sent_at) < CONSENT_RESEND_SECONDS * 1000) {
      const wait = Math.ceil((Date.parse(r.code_sent_at) + CONSENT_RESEND_SECONDS * 1000 - nowMs) / 1000)
      throw serverError(429, 'SMS_RESEND_TOO_SOON', { retryAfterSeconds: wait })
    }
    if (r.code_attempts >= CONSENT_MAX_ATTEMPTS) throw serverError(422, 'CONSENT_TOO_MANY_ATTEMPTS')
    // counted in this transaction: a refused send is not counted
    await dailyBudget(trx, `consent-sms:${r.person_id}`, nowMs, CONSENT_SMS_PER_DAY, 'CONSENT_SMS_DAILY_LIMIT')
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
    // a resend replaces the code but keeps the attempts already spent
    await agentRequestsRepo.update(trx, r.ref, {
      code_hash: sha256(`${r.ref}:${code}`),
      code_expires_at: iso(nowMs + CONSENT_CODE_TTL_SECONDS * 1000),
      code_sent_at: iso(nowMs),
    })
    const label = (await actorLabel(trx, account)).replace(/^\S+用户 /, '')
    await providers(ctx).sms.send(trx, {
      phone: mobile,
      purpose: 'AGENT_CONSENT',
      code,
      text: `【指尖办】${label}申请代您办理灵活就业养老保险缴费核定、停保/续保等业务，有效期一年。同意请把确认码 ${code} 告诉TA（10分钟内有效）；不同意请勿告诉任何人。`,
    })
    return describeRequest(ctx, trx, (await agentRequestsRepo.find(trx, r.ref)) as RequestRow)
  })
}

export async function confirmByCode(ctx: AppContext, account: AccountRow, ref: string, code: string) {
  const r = await ownPending(ctx, ctx.db, account, ref)
  if (r.code_attempts >= CONSENT_MAX_ATTEMPTS) throw serverError(422, 'CONSENT_TOO_MANY_ATTEMPTS')
  if (!r.code_hash || !r.code_expires_at || r.code_expires_at <= ctx.clock.now().toISOString())
    throw serverError(422, 'CONSENT_CODE_EXPIRED')
  // the guess is counted before the code is compared, in one conditional statement: parallel guesses one by one;
  // first against the person's daily budget (whoever asks), then against the request's attempts
  const nowMs = ctx.clock.now().getTime()
  await dailyBudget(ctx.db, `consent-guess:${r.person_id}`, nowMs, CONSENT_GUESSES_PER_DAY, 'CONSENT_GUESS_DAILY_LIMIT')
  const spent = await agentRequestsRepo.spendAttempt(ctx.db, r.ref, CONSENT_MAX_ATTEMPTS)
  if (!spent) throw serverError(422, 'CONSENT_TOO_MANY_ATTEMPTS')
  if (spent.status !== 'PENDING' || !spent.code_hash) throw serverError(422, 'PROXY_REQUEST_CLOSED') // decided meanwhile
  const a = Buffer.from(spent.code_hash)
  const b = Buffer.from(sha256(`${r.ref}:${code}`))
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    const left = CONSENT_MAX_ATTEMPTS - spent.code_attempts
    if (left <= 0) throw serverError(422, 'CONSENT_TOO_MANY_ATTEMPTS')
    throw serverError(422, 'CONSENT_CODE_INVALID', { attemptsLeft: left })
  }
  return approve(ctx, r, 'SMS', null)
}

async function approve(ctx: AppContext, r: RequestRow, via: 'ACCOUNT' | 'SMS', byPerson: AccountRow | null) {
  return inTransaction(ctx.db, async (trx) => {
    const nowMs = ctx.clock.now().getTime()
    const now = iso(nowMs)
    // only a request still pending is approved: of two consents racing (the code and the account), one binds
    const decided = await agentRequestsRepo.decide(trx, r.ref, {
      status: 'APPROVED',
      decided_at: now,
      decided_via: via,
      code_hash: null,
    })
    if (!decided) throw serverError(422, 'PROXY_REQUEST_CLOSED')
    await agentsRepo.deleteByRef(trx, (await agentsRepo.findAnyPair(trx, r.agent_account_id, r.person_id))?.ref ?? '')
    const row: BindingRow = {
      ref: newId('ref'),
      agent_account_id: r.agent_account_id,
      person_id: r.person_id,
      created_at: now,
      relationship: r.relationship,
      scope: SCOPE.join(','),
      expires_at: iso(nowMs + BINDING_DAYS * 86400_000),
      approved_via: via,
    }
    await agentsRepo.insert(trx, row)
    const agent = await accountsRepo.find(trx, r.agent_account_id)
    if (!agent) throw serverError(422, 'PROXY_REQUEST_CLOSED') // the agent's account was deleted (注销) meanwhile
    const label = await actorLabel(trx, agent)
    // the binding is the agent's (its audit actor); who consented and how is in `after`
    await audit(trx, ctx, {
      actor: agent,
      subjectPersonId: r.person_id,
      action: 'AGENT_BOUND',
      entity: 'agent_binding',
      entityId: row.ref,
      after: {
        agent: agent.id,
        via,
        approvedBy: byPerson ? 'PERSON_ACCOUNT' : via === 'SMS' ? 'SMS_CODE' : 'SYSTEM',
        expiresAt: row.expires_at,
      },
    })
    await notify(trx, ctx, r.person_id, {
      kind: 'AGENT_BOUND',
      actorLabel: label,
      title: '代办授权已生效',
      body: `您已同意 ${label} 为您代办（${via === 'SMS' ? '短信确认码' : '在本人账号中同意'}），有效期至${cnDate(row.expires_at as string)}。您可随时在“我的代办 → 谁可以为我办理”中结束授权。`,
      entityId: row.ref,
      sms:
        via === 'SMS'
          ? `【指尖办】您已授权${label.replace(/^\S+用户 /, '')}为您代办，有效期一年。如非本人同意，请拨打12333或登录指尖办结束授权。`
          : undefined,
    })
    return describe(trx, row)
  })
}

function cnDate(isoStr: string) {
  const d = new Date(Date.parse(isoStr) + 8 * 3600_000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

export async function cancelRequest(ctx: AppContext, account: AccountRow, ref: string) {
  const r = await ownPending(ctx, ctx.db, account, ref)
  const decided = await agentRequestsRepo.decide(ctx.db, r.ref, {
    status: 'CANCELLED',
    decided_at: ctx.clock.now().toISOString(),
    code_hash: null,
  })
  if (!decided) throw serverError(422, 'PROXY_REQUEST_CLOSED') // decided meanwhile
  return { ok: true as const }
}

// ── the person's side ───────────────────────────────────────────────────────────────────────
function personOf(account: AccountRow): string {
  if (!account.person_id || !account.identity_verified_at) throw serverError(403, 'IDENTITY_REQUIRED')
  return account.person_id
}

export async function listIncoming(ctx: AppContext, account: AccountRow): Promise<{ items: IncomingRequest[] }> {
  const rows = await agentRequestsRepo.pendingForPerson(ctx.db, personOf(account), ctx.clock.now().toISOString())
  const agents = await agentLabels(ctx.db, rows)
  return {
    items: rows.map((r) => ({
      ref: r.ref,
      agent: agents.get(r.agent_account_id) ?? '—',
      relationship: r.relationship,
      scope: SCOPE,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
    })),
  }
}

/** The masked labels of the agents of these rows (by account id), in at most three statements (no N+1). */
async function agentLabels(db: Executor, rows: readonly { agent_account_id: string }[]) {
  return actorLabels(
    db,
    await accountsRepo.findMany(
      db,
      rows.map((r) => r.agent_account_id),
    ),
  )
}

async function incoming(ctx: AppContext, account: AccountRow, ref: string) {
  const r = await agentRequestsRepo.find(ctx.db, ref)
  if (!r || r.person_id !== personOf(account)) throw notFound()
  if (r.status !== 'PENDING' || r.expires_at <= ctx.clock.now().toISOString())
    throw serverError(422, 'PROXY_REQUEST_CLOSED')
  return r
}

export async function approveIncoming(ctx: AppContext, account: AccountRow, ref: string) {
  const r = await incoming(ctx, account, ref)
  await approve(ctx, r, 'ACCOUNT', account)
  return { ok: true as const }
}

export async function declineIncoming(ctx: AppContext, account: AccountRow, ref: string) {
  const r = await incoming(ctx, account, ref)
  await inTransaction(ctx.db, async (trx) => {
    const decided = await agentRequestsRepo.decide(trx, r.ref, {
      status: 'DECLINED',
      decided_at: ctx.clock.now().toISOString(),
      code_hash: null,
    })
    if (!decided) throw serverError(422, 'PROXY_REQUEST_CLOSED') // decided meanwhile
    await audit(trx, ctx, {
      actor: account,
      subjectPersonId: r.person_id,
      action: 'AGENT_DECLINED',
      entity: 'agent_request',
      entityId: r.ref,
    })
  })
  return { ok: true as const }
}

/** Everyone who may act for me, with scope and expiry. */
export async function listMyAgents(ctx: AppContext, account: AccountRow): Promise<{ items: MyAgent[] }> {
  const rows = await agentsRepo.listForPerson(ctx.db, personOf(account), ctx.clock.now().toISOString())
  const agents = await agentLabels(ctx.db, rows)
  return {
    items: rows.map((b) => ({
      ref: b.ref,
      agent: agents.get(b.agent_account_id) ?? '—',
      relationship: b.relationship ?? null,
      scope: SCOPE,
      since: b.created_at,
      expiresAt: b.expires_at as string,
      approvedVia: b.approved_via ?? null,
    })),
  }
}

/** The person ends a binding (at any time). */
export async function endMyAgent(ctx: AppContext, account: AccountRow, ref: string) {
  const personId = personOf(account)
  return inTransaction(ctx.db, async (trx) => {
    const b = await agentsRepo.findForPerson(trx, personId, ref)
    if (!b) throw notFound()
    await agentsRepo.deleteByRef(trx, ref)
    const agent = await accountsRepo.find(trx, b.agent_account_id)
    const label = agent ? await actorLabel(trx, agent) : '—'
    await audit(trx, ctx, {
      actor: account,
      subjectPersonId: personId,
      action: 'AGENT_ENDED_BY_PERSON',
      entity: 'agent_binding',
      entityId: ref,
      before: { agent: b.agent_account_id },
    })
    await notify(trx, ctx, personId, {
      kind: 'AGENT_ENDED',
      actorLabel: label,
      title: '代办授权已结束',
      body: `您已结束 ${label} 的代办授权，TA不能再为您办理业务。已办理的记录不受影响。`,
      entityId: ref,
    })
    return { ok: true as const }
  })
}

// ── the agent's side of bindings ────────────────────────────────────────────────────────────
export async function listPeople(ctx: AppContext, account: AccountRow) {
  const rows = await agentsRepo.listForAgent(ctx.db, account.id, ctx.clock.now().toISOString())
  return { items: await describeAll(ctx.db, rows) }
}

export async function removePerson(ctx: AppContext, account: AccountRow, ref: string) {
  return inTransaction(ctx.db, async (trx) => {
    const b = await agentsRepo.findByRef(trx, account.id, ref, ctx.clock.now().toISOString())
    if (!b) throw notFound()
    await agentsRepo.delete(trx, account.id, ref)
    await audit(trx, ctx, {
      actor: account,
      subjectPersonId: b.person_id,
      action: 'AGENT_UNBOUND',
      entity: 'agent_binding',
      entityId: ref,
      before: { agent: account.id },
    })
    await notify(trx, ctx, b.person_id, {
      kind: 'AGENT_ENDED',
      actorLabel: await actorLabel(trx, account),
      title: '代办人不再为您代办',
      body: `${await actorLabel(trx, account)} 已移除对您的代办，TA不能再为您办理业务。`,
      entityId: ref,
    })
    return { ok: true as const }
  })
}

/** Demo and tests: a binding the person has consented to (used by the demo seed only). */
export async function bindWithConsent(
  ctx: AppContext,
  agent: AccountRow,
  person: { name: string; idNumber: string },
  relationship: string,
) {
  const out = await requestBinding(ctx, agent, { ...person, relationship })
  const r = (await agentRequestsRepo.find(ctx.db, out.body.ref)) as RequestRow
  return approve(ctx, r, 'ACCOUNT', null)
}
