/**
 * Accounts and sessions.
 *   WeChat / Alipay: the login code is exchanged with the platform (providers/identity: platformUser) for
 *           the platform user id (openid / user_id). A code the platform did not issue, or one already used
 *           or expired, is refused: whoever sends a code is not thereby anybody.
 *   H5:     phone + 6-digit SMS code (returned as devCode in development only; never logged),
 *           valid 5 minutes. Per phone: one code per SMS_COOLDOWN_SECONDS, SMS_DAILY_MAX codes a day, and
 *           5 wrong codes lock the phone for SMS_LOCK_MINUTES — a resend keeps the count (no fresh 5 guesses).
 * Real-name binding lives in services/identity.ts (a verifier's proof, never typed data).
 */
import crypto from 'node:crypto'
import type { AppContext } from '../context'
import { retryLater, serverError } from '../errors'
import {
  accountsRepo,
  agentsRepo,
  newId,
  personsRepo,
  registrationsRepo,
  sessionsRepo,
  sha256,
  smsRepo,
  type SmsRow,
  inTransaction,
} from '../storage'
import type { AccountRow } from '../storage/accounts'
import { providers } from '../providers'
import { audit } from './common'
import { maskId, maskPhone } from './rules'
import type { Account, LoginResult } from '../../../src/api/schema'

export const SMS_TTL_SECONDS = 300
export const SMS_MAX_ATTEMPTS = 5

export async function findOrCreateAccount(
  ctx: AppContext,
  channel: AccountRow['channel'],
  uid: string,
): Promise<AccountRow> {
  return inTransaction(ctx.db, async (trx) => {
    const found = await accountsRepo.findByChannel(trx, channel, uid)
    if (found) return found
    const row: AccountRow = {
      id: newId('acc'),
      channel,
      channel_uid: uid,
      person_id: null,
      created_at: ctx.clock.now().toISOString(),
    }
    await accountsRepo.insert(trx, row)
    await audit(trx, ctx, {
      actor: row,
      subjectPersonId: null,
      action: 'ACCOUNT_CREATED',
      entity: 'account',
      entityId: row.id,
      after: { channel },
      label: `${channel} 新账号`,
    })
    return row
  })
}

async function issueSession(ctx: AppContext, account: AccountRow): Promise<LoginResult> {
  const token = crypto.randomBytes(32).toString('base64url')
  const now = ctx.clock.now()
  const expires = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000).toISOString()
  await sessionsRepo.deleteExpired(ctx.db, now.toISOString())
  await sessionsRepo.insert(ctx.db, {
    token_hash: sha256(token),
    account_id: account.id,
    created_at: now.toISOString(),
    expires_at: expires,
  })
  return { token, expiresAt: expires, account: await describeAccount(ctx, account) }
}

export async function describeAccount(ctx: AppContext, account: AccountRow): Promise<Account> {
  const person = account.person_id ? await personsRepo.find(ctx.db, account.person_id) : undefined
  const reg = person ? await registrationsRepo.find(ctx.db, person.id) : undefined
  const bound = await agentsRepo.listForAgent(ctx.db, account.id, ctx.clock.now().toISOString())
  return {
    id: account.id,
    channel: account.channel,
    channelUser: account.channel === 'h5' ? maskPhone(account.channel_uid) : `${account.channel_uid.slice(0, 7)}****`,
    identity:
      person && account.identity_verified_at
        ? { name: person.name, idNumberMasked: maskId(person.id_number), sex: person.sex, birthDate: person.birth_date }
        : null,
    registered: !!reg && !!account.identity_verified_at,
    boundPeople: bound.length,
  }
}

/** WeChat / Alipay: the platform says which of its users the code belongs to (single use, short-lived). */
async function loginPlatform(ctx: AppContext, channel: 'wechat' | 'alipay', code: string) {
  if (!/^[\w-]{1,128}$/.test(code)) throw serverError(422, 'LOGIN_CODE_INVALID')
  const uid = await providers(ctx).identity.platformUser(ctx.db, channel, code)
  if (!uid) throw serverError(422, 'LOGIN_CODE_INVALID')
  return issueSession(ctx, await findOrCreateAccount(ctx, channel, uid))
}

export const loginWechat = (ctx: AppContext, code: string) => loginPlatform(ctx, 'wechat', code)
export const loginAlipay = (ctx: AppContext, authCode: string) => loginPlatform(ctx, 'alipay', authCode)

/** The China date (UTC+8, no DST) of an instant: the day the SMS daily cap counts. */
function chinaDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

const secondsUntil = (iso: string, now: Date) => (new Date(iso).getTime() - now.getTime()) / 1000

export async function sendSms(ctx: AppContext, phone: string) {
  const { smsCooldownSeconds, smsDailyMax } = ctx.config
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
  const now = ctx.clock.now()
  const nowIso = now.toISOString()
  await inTransaction(ctx.db, async (trx) => {
    const prev = await smsRepo.find(trx, phone)
    const locked = !!prev?.locked_until && prev.locked_until > nowIso
    if (locked) throw retryLater(429, 'SMS_LOCKED', secondsUntil(prev!.locked_until!, now))
    if (prev?.last_sent_at && smsCooldownSeconds > 0) {
      const wait = smsCooldownSeconds - (now.getTime() - new Date(prev.last_sent_at).getTime()) / 1000
      if (wait > 0) throw retryLater(429, 'SMS_COOLDOWN', wait)
    }
    const day = chinaDay(now)
    const sentToday = prev?.sent_day === day ? prev.sent_count : 0
    if (sentToday >= smsDailyMax) {
      const tomorrow = new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000
      throw retryLater(429, 'SMS_DAILY_LIMIT', (tomorrow - now.getTime()) / 1000, { max: smsDailyMax })
    }
    const row: SmsRow = {
      phone,
      code_hash: sha256(`${phone}:${code}`),
      expires_at: new Date(now.getTime() + SMS_TTL_SECONDS * 1000).toISOString(),
      // a resend keeps the wrong-code count; it starts afresh only after a success or an ended lock
      attempts: prev && !prev.locked_until ? prev.attempts : 0,
      last_sent_at: nowIso,
      sent_day: day,
      sent_count: sentToday + 1,
      locked_until: null,
    }
    await smsRepo.save(trx, row)
  })
  // the simulated SMS gateway: the code itself is never logged (development shows it as devCode only)
  ctx.log.info({ phone: maskPhone(phone) }, `[mock SMS] 验证码已发送 → ${maskPhone(phone)}`)
  return {
    sent: true as const,
    expiresInSeconds: SMS_TTL_SECONDS,
    ...(ctx.config.devShowCode ? { devCode: code } : {}),
  }
}

export async function verifySms(ctx: AppContext, phone: string, code: string) {
  const now = ctx.clock.now()
  const nowIso = now.toISOString()
  // check and count in one transaction: parallel guesses are counted one by one
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const row = await smsRepo.find(trx, phone)
    if (row?.locked_until && row.locked_until > nowIso)
      throw serverError(422, 'SMS_TOO_MANY_ATTEMPTS', {
        retryAfterSeconds: Math.ceil(secondsUntil(row.locked_until, now)),
      })
    if (!row || !row.code_hash || row.expires_at <= nowIso) throw serverError(422, 'SMS_CODE_EXPIRED')
    const a = Buffer.from(row.code_hash)
    const b = Buffer.from(sha256(`${phone}:${code}`))
    if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
      const attempts = row.attempts + 1
      if (attempts >= SMS_MAX_ATTEMPTS) {
        const until = new Date(now.getTime() + ctx.config.smsLockMinutes * 60_000).toISOString()
        await smsRepo.save(trx, { ...row, attempts, code_hash: '', locked_until: until })
        return 'locked' as const
      }
      await smsRepo.save(trx, { ...row, attempts })
      return { attemptsLeft: SMS_MAX_ATTEMPTS - attempts }
    }
    // used: the code is gone; the counters of the day stay
    await smsRepo.save(trx, { ...row, code_hash: '', expires_at: nowIso, attempts: 0, locked_until: null })
    return 'ok' as const
  })
  // refusals after the transaction: the counted attempt is committed, not rolled back with the refusal
  if (outcome === 'locked')
    throw serverError(422, 'SMS_TOO_MANY_ATTEMPTS', { retryAfterSeconds: ctx.config.smsLockMinutes * 60 })
  if (outcome !== 'ok') throw serverError(422, 'SMS_CODE_INVALID', outcome)
  return issueSession(ctx, await findOrCreateAccount(ctx, 'h5', phone))
}

export async function logout(ctx: AppContext, tokenHash: string) {
  await sessionsRepo.delete(ctx.db, tokenHash)
  return { ok: true as const }
}
