/**
 * 实名认证: the real name comes from a verifier (providers/identity), never from what the user types.
 *   H5:            手机号三要素 — name + ID number + a mobile the carrier holds for that person, then an SMS code
 *                  sent to that mobile (startMobileCheck → confirmMobileCheck).
 *   WeChat/Alipay: the platform's own real name of the signed-in platform user, after the user's
 *                  authorisation (platformPreview → bindPlatform).
 * bindVerified is the one place an account gets a person: a verified owner always wins over an earlier
 * unverified (legacy) claim, which is ended; a person is bound to at most one verified account per channel.
 */
import crypto from 'node:crypto'
import type { AppContext } from '../context'
import { serverError } from '../errors'
import { providers } from '../providers'
import { accountsRepo, identityChecksRepo, newId, personsRepo, sha256, type Executor, inTransaction } from '../storage'
import type { AccountRow } from '../storage/accounts'
import { audit, dailyBudget } from './common'
import { describeAccount } from './auth'
import { maskId, maskName, maskPhone, must, normaliseName, platformIdentityMissing, validateId } from './rules'

export const IDENTITY_CODE_TTL_SECONDS = 300
export const IDENTITY_CODE_MAX_ATTEMPTS = 5
export const IDENTITY_RESEND_SECONDS = 60
/**
 * Per mobile and per ID number (what an asker cannot vary: not per account or per check), in a 24-hour window:
 * 三要素 SMS codes sent to one mobile, and codes typed for one ID number. A stranger who knows someone's name, ID
 * number and mobile and starts check after check, from account after account, still gets at most
 * IDENTITY_GUESSES_PER_DAY guesses a day at that person's codes.
 */
export const IDENTITY_SMS_PER_DAY = 5
export const IDENTITY_GUESSES_PER_DAY = 10
/** 三要素 checks of one ID number a day, matched or not: the carrier check is no oracle for finding someone's mobile */
export const IDENTITY_CHECKS_PER_DAY = 10

export type IdentityMethod = 'MOBILE_3FACTOR' | 'WECHAT_REALNAME' | 'ALIPAY_REALNAME'

const notVerified = () => serverError(422, 'IDENTITY_NOT_VERIFIED')

/** NFC, real-name characters only; control, bidi, zero-width, markup refused with a code (src/domain/names.ts). */
function cleanName(name: string): string {
  return must(normaliseName(name))
}

async function requireUnbound(ctx: AppContext, account: AccountRow) {
  const fresh = await accountsRepo.find(ctx.db, account.id)
  if (fresh?.person_id && fresh.identity_verified_at) throw serverError(409, 'ACCOUNT_ALREADY_BOUND')
}

/** H5 step 1: the carrier check; on success an SMS code goes to that mobile. */
export async function startMobileCheck(
  ctx: AppContext,
  account: AccountRow,
  body: { name: string; idNumber: string; mobile: string },
) {
  const info = must(validateId(body.idNumber, ctx.clock.today()))
  const name = cleanName(body.name)
  await requireUnbound(ctx, account)
  const now = ctx.clock.now()
  const last = await identityChecksRepo.latestForAccount(ctx.db, account.id)
  if (last && now.getTime() - Date.parse(last.created_at) < IDENTITY_RESEND_SECONDS * 1000) {
    const wait = Math.ceil((Date.parse(last.created_at) + IDENTITY_RESEND_SECONDS * 1000 - now.getTime()) / 1000)
    throw serverError(429, 'SMS_RESEND_TOO_SOON', { retryAfterSeconds: wait })
  }
  await dailyBudget(
    ctx.db,
    `idv-check:${sha256(info.id)}`,
    now.getTime(),
    IDENTITY_CHECKS_PER_DAY,
    'IDENTITY_CHECK_DAILY_LIMIT',
  )
  const ok = await providers(ctx).identity.mobileThreeFactor(ctx.db, { name, idNumber: info.id, mobile: body.mobile })
  if (!ok) throw notVerified()
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
  const id = newId('idv')
  await inTransaction(ctx.db, async (trx) => {
    // a new check replaces the older ones, but the attempts already spent stay spent
    const spent = last && last.expires_at > now.toISOString() ? last.attempts : 0
    await dailyBudget(trx, `idv-sms:${sha256(body.mobile)}`, now.getTime(), IDENTITY_SMS_PER_DAY, 'SMS_DAILY_LIMIT')
    await identityChecksRepo.deleteForAccount(trx, account.id)
    await identityChecksRepo.insert(trx, {
      id,
      account_id: account.id,
      name,
      id_number: info.id,
      mobile: body.mobile,
      code_hash: sha256(`${id}:${code}`),
      expires_at: new Date(now.getTime() + IDENTITY_CODE_TTL_SECONDS * 1000).toISOString(),
      attempts: spent,
      created_at: now.toISOString(),
    })
    await providers(ctx).sms.send(trx, {
      phone: body.mobile,
      purpose: 'IDENTITY_CHECK',
      code,
      text: `【指尖办】您正在进行实名认证，验证码 ${code}，5分钟内有效。请勿告诉他人；如非本人操作，请忽略本短信。`,
    })
  })
  return {
    checkId: id,
    mobileMasked: maskPhone(body.mobile),
    expiresInSeconds: IDENTITY_CODE_TTL_SECONDS,
    resendInSeconds: IDENTITY_RESEND_SECONDS,
  }
}

/** H5 step 2: the SMS code proves the user holds the mobile; then the account is bound. */
export async function confirmMobileCheck(ctx: AppContext, account: AccountRow, checkId: string, code: string) {
  const row = await identityChecksRepo.find(ctx.db, account.id, checkId)
  if (!row || row.expires_at <= ctx.clock.now().toISOString()) throw serverError(422, 'SMS_CODE_EXPIRED')
  if (row.attempts >= IDENTITY_CODE_MAX_ATTEMPTS) throw serverError(422, 'SMS_TOO_MANY_ATTEMPTS') // spends nothing more
  // the guess is counted before the code is compared, in one conditional statement: parallel guesses one by one;
  // first against the ID number's daily budget (whichever account asks), then against the check's attempts
  await dailyBudget(
    ctx.db,
    `idv-guess:${sha256(row.id_number)}`,
    ctx.clock.now().getTime(),
    IDENTITY_GUESSES_PER_DAY,
    'IDENTITY_GUESS_DAILY_LIMIT',
  )
  const spent = await identityChecksRepo.spendAttempt(ctx.db, account.id, row.id, IDENTITY_CODE_MAX_ATTEMPTS)
  if (!spent) throw serverError(422, 'SMS_TOO_MANY_ATTEMPTS')
  const a = Buffer.from(spent.code_hash)
  const b = Buffer.from(sha256(`${row.id}:${code}`))
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    const left = IDENTITY_CODE_MAX_ATTEMPTS - spent.attempts
    if (left <= 0) throw serverError(422, 'SMS_TOO_MANY_ATTEMPTS')
    throw serverError(422, 'SMS_CODE_INVALID', { attemptsLeft: left })
  }
  await identityChecksRepo.deleteForAccount(ctx.db, account.id)
  await bindVerified(ctx, account, { name: row.name, idNumber: row.id_number, method: 'MOBILE_3FACTOR' })
  return describeAccount(ctx, (await accountsRepo.find(ctx.db, account.id)) as AccountRow)
}

function platformOf(account: AccountRow) {
  if (account.channel === 'h5') throw serverError(422, 'PLATFORM_IDENTITY_UNAVAILABLE')
  return account.channel
}

/** WeChat/Alipay: what the platform would share (masked), shown before the user authorises it. */
export async function platformPreview(ctx: AppContext, account: AccountRow) {
  const channel = platformOf(account)
  const p = await providers(ctx).identity.platformIdentity(ctx.db, channel, account.channel_uid)
  return p
    ? { available: true, nameMasked: maskName(p.name), idNumberMasked: maskId(p.idNumber) }
    : { available: false, nameMasked: null, idNumberMasked: null }
}

/** WeChat/Alipay: the user authorised sharing the platform's real name; bind it. */
export async function bindPlatform(ctx: AppContext, account: AccountRow) {
  const channel = platformOf(account)
  const p = await providers(ctx).identity.platformIdentity(ctx.db, channel, account.channel_uid)
  if (!p) throw serverError(422, 'PLATFORM_IDENTITY_MISSING', {}, platformIdentityMissing(channel))
  await bindVerified(ctx, account, {
    name: p.name,
    idNumber: p.idNumber,
    method: channel === 'wechat' ? 'WECHAT_REALNAME' : 'ALIPAY_REALNAME',
  })
  return describeAccount(ctx, (await accountsRepo.find(ctx.db, account.id)) as AccountRow)
}

/**
 * Binds `account` to the verified person. A person row whose name came from an unverified claim takes the
 * verifier's name; every unverified claim on the person is ended (that account must verify to go on).
 */
export async function bindVerified(
  ctx: AppContext,
  account: AccountRow,
  v: { name: string; idNumber: string; method: IdentityMethod },
  db: Executor = ctx.db,
) {
  const info = must(validateId(v.idNumber, ctx.clock.today()))
  const run = async (trx: Executor) => {
    const fresh = (await accountsRepo.find(trx, account.id)) as AccountRow
    let person = await personsRepo.findByIdNumber(trx, info.id)
    if (fresh.person_id && fresh.identity_verified_at) {
      if (person && fresh.person_id === person.id) return // already bound to this person: nothing to do
      throw serverError(409, 'ACCOUNT_ALREADY_BOUND')
    }
    const now = ctx.clock.now().toISOString()
    if (person) {
      if (person.name !== v.name) {
        await personsRepo.setName(trx, person.id, v.name)
        await audit(trx, ctx, {
          actor: fresh,
          subjectPersonId: person.id,
          action: 'IDENTITY_NAME_CORRECTED',
          entity: 'person',
          entityId: person.id,
          after: {
            by: v.method,
          },
        })
      }
      for (const claim of await accountsRepo.unverifiedClaims(trx, person.id)) {
        if (claim.id === fresh.id) continue
        await accountsRepo.endClaim(trx, claim.id)
        await audit(trx, ctx, {
          actor: fresh,
          subjectPersonId: person.id,
          action: 'IDENTITY_CLAIM_ENDED',
          entity: 'account',
          entityId: claim.id,
          after: {
            reason: 'VERIFIED_OWNER',
          },
        })
      }
      const other = await accountsRepo.findByChannelPerson(trx, fresh.channel, person.id)
      if (other && other.id !== fresh.id) throw serverError(409, 'ID_BOUND_ELSEWHERE')
    } else {
      person = {
        id: newId('per'),
        id_number: info.id,
        name: v.name,
        sex: info.sex,
        birth_date: info.birth_date,
        created_at: now,
        version: 0,
      }
      await personsRepo.insert(trx, person)
    }
    if (fresh.person_id && fresh.person_id !== person.id) {
      // the account's own unverified claim was someone else: it ends here
      await audit(trx, ctx, {
        actor: fresh,
        subjectPersonId: fresh.person_id,
        action: 'IDENTITY_CLAIM_ENDED',
        entity: 'account',
        entityId: fresh.id,
        after: {
          reason: 'REBOUND',
        },
      })
    }
    await accountsRepo.setVerifiedPerson(trx, fresh.id, person.id, now, v.method)
    await audit(trx, ctx, {
      actor: fresh,
      subjectPersonId: person.id,
      action: 'IDENTITY_BOUND',
      entity: 'account',
      entityId: fresh.id,
      before: { person: null },
      after: {
        person: { name: v.name, idNumber: maskId(info.id) },
        method: v.method,
      },
    })
  }
  await inTransaction(db, run)
}
