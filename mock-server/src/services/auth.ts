/**
 * Accounts and sessions. Mock channel logins:
 *   WeChat: openid = 'wx_' + first 24 hex of SHA-256('wechat:' + code)   (same code → same account)
 *   Alipay: user_id = '2088' + first 12 digits derived from SHA-256('alipay:' + authCode)
 *   H5:     phone + 6-digit SMS code (returned as devCode in development only; never logged),
 *           valid 5 minutes. Per phone: one code per SMS_COOLDOWN_SECONDS, SMS_DAILY_MAX codes a day, and
 *           5 wrong codes lock the phone for SMS_LOCK_MINUTES — a resend keeps the count (no fresh 5 guesses).
 * Real-name binding validates the ID with the engine; a person (ID number) is bound to at most
 * one account per channel; the same person may sign in through several channels.
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
} from '../storage'
import type { AccountRow } from '../storage/accounts'
import { audit } from './common'
import { maskId, maskPhone, must, normaliseName, refusal, refusalError, validateId } from './rules'
import type { Account, LoginResult } from '../../../src/api/schema'

export const SMS_TTL_SECONDS = 300
export const SMS_MAX_ATTEMPTS = 5

export function wechatOpenId(code: string): string {
  return 'wx_' + sha256('wechat:' + code).slice(0, 24)
}
export function alipayUserId(authCode: string): string {
  const digits = BigInt('0x' + sha256('alipay:' + authCode).slice(0, 15))
    .toString()
    .padStart(12, '0')
    .slice(-12)
  return '2088' + digits
}

export async function findOrCreateAccount(
  ctx: AppContext,
  channel: AccountRow['channel'],
  uid: string,
): Promise<AccountRow> {
  return ctx.db.transaction().execute(async (trx) => {
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
    await audit(trx, ctx, row, null, 'ACCOUNT_CREATED', 'account', row.id, null, { channel }, `${channel} 新账号`)
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
  const bound = await agentsRepo.listForAgent(ctx.db, account.id)
  return {
    id: account.id,
    channel: account.channel,
    channelUser: account.channel === 'h5' ? maskPhone(account.channel_uid) : `${account.channel_uid.slice(0, 7)}****`,
    identity: person
      ? { name: person.name, idNumberMasked: maskId(person.id_number), sex: person.sex, birthDate: person.birth_date }
      : null,
    registered: !!reg,
    boundPeople: bound.length,
  }
}

export async function loginWechat(ctx: AppContext, code: string) {
  if (!/^[\w-]{1,128}$/.test(code)) throw serverError(422, 'LOGIN_CODE_INVALID')
  return issueSession(ctx, await findOrCreateAccount(ctx, 'wechat', wechatOpenId(code)))
}

export async function loginAlipay(ctx: AppContext, authCode: string) {
  if (!/^[\w-]{1,128}$/.test(authCode)) throw serverError(422, 'LOGIN_CODE_INVALID')
  return issueSession(ctx, await findOrCreateAccount(ctx, 'alipay', alipayUserId(authCode)))
}

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
  await ctx.db.transaction().execute(async (trx) => {
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
  const outcome = await ctx.db.transaction().execute(async (trx) => {
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

/** Real-name binding (name + ID number, validated by the engine). */
export async function bindIdentity(ctx: AppContext, account: AccountRow, name: string, idNumber: string) {
  const info = must(validateId(idNumber, ctx.clock.today()))
  const cleanName = must(normaliseName(name)) // NFC; no control, bidi, zero-width, markup (src/domain/names.ts)
  await ctx.db.transaction().execute(async (trx) => {
    const fresh = await accountsRepo.find(trx, account.id)
    let person = await personsRepo.findByIdNumber(trx, info.id)
    if (person && person.name !== cleanName) throw refusalError([refusal('NAME_ID_MISMATCH')])
    if (fresh?.person_id) {
      if (person && fresh.person_id === person.id) return // already bound: idempotent
      throw serverError(409, 'ACCOUNT_ALREADY_BOUND')
    }
    if (person) {
      const other = await accountsRepo.findByChannelPerson(trx, account.channel, person.id)
      if (other && other.id !== account.id) throw serverError(409, 'ID_BOUND_ELSEWHERE')
    } else {
      person = {
        id: newId('per'),
        id_number: info.id,
        name: cleanName,
        sex: info.sex,
        birth_date: info.birth_date,
        created_at: ctx.clock.now().toISOString(),
      }
      await personsRepo.insert(trx, person)
    }
    await accountsRepo.setPerson(trx, account.id, person.id)
    await audit(
      trx,
      ctx,
      account,
      person.id,
      'IDENTITY_BOUND',
      'account',
      account.id,
      { person: null },
      {
        person: { name: cleanName, idNumber: maskId(info.id) },
      },
    )
  })
  const updated = (await accountsRepo.find(ctx.db, account.id)) as AccountRow
  return describeAccount(ctx, updated)
}
