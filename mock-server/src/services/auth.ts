/**
 * Accounts and sessions.
 *   WeChat / Alipay: the login code is exchanged with the platform (providers/identity: platformUser) for
 *           the platform user id (openid / user_id). A code the platform did not issue, or one already used
 *           or expired, is refused: whoever sends a code is not thereby anybody.
 *   H5:     phone + 6-digit SMS code (printed in the server log; returned as devCode in dev mode),
 *           valid 5 minutes, at most 5 wrong attempts.
 * Real-name binding lives in services/identity.ts (a verifier's proof, never typed data).
 */
import crypto from 'node:crypto'
import type { AppContext } from '../context'
import { serverError } from '../errors'
import {
  accountsRepo,
  agentsRepo,
  newId,
  personsRepo,
  registrationsRepo,
  sessionsRepo,
  sha256,
  smsRepo,
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

export async function sendSms(ctx: AppContext, phone: string) {
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
  const expires = new Date(ctx.clock.now().getTime() + SMS_TTL_SECONDS * 1000).toISOString()
  await smsRepo.upsert(ctx.db, phone, sha256(`${phone}:${code}`), expires)
  ctx.log.info({ phone: maskPhone(phone), smsCode: code }, `[mock SMS] 验证码 ${code} → ${maskPhone(phone)}`)
  return {
    sent: true as const,
    expiresInSeconds: SMS_TTL_SECONDS,
    ...(ctx.config.devShowCode ? { devCode: code } : {}),
  }
}

export async function verifySms(ctx: AppContext, phone: string, code: string) {
  const row = await smsRepo.find(ctx.db, phone)
  if (!row || row.expires_at <= ctx.clock.now().toISOString()) throw serverError(422, 'SMS_CODE_EXPIRED')
  if (row.attempts >= SMS_MAX_ATTEMPTS) throw serverError(422, 'SMS_TOO_MANY_ATTEMPTS')
  const a = Buffer.from(row.code_hash)
  const b = Buffer.from(sha256(`${phone}:${code}`))
  if (!crypto.timingSafeEqual(a, b)) {
    await smsRepo.bumpAttempts(ctx.db, phone)
    if (row.attempts + 1 >= SMS_MAX_ATTEMPTS) throw serverError(422, 'SMS_TOO_MANY_ATTEMPTS')
    throw serverError(422, 'SMS_CODE_INVALID', { attemptsLeft: SMS_MAX_ATTEMPTS - row.attempts - 1 })
  }
  await smsRepo.delete(ctx.db, phone)
  return issueSession(ctx, await findOrCreateAccount(ctx, 'h5', phone))
}

export async function logout(ctx: AppContext, tokenHash: string) {
  await sessionsRepo.delete(ctx.db, tokenHash)
  return { ok: true as const }
}
