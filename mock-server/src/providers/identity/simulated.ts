/**
 * The simulated identity verifier (development and tests). It answers from its own register in the
 * sim_* tables — the stand-in for the carriers, the public-security register and the platforms — that the
 * agency's services never read directly:
 *   - sim_identity_register: people (ID number, name, mobile) the "carrier" knows; the demo people are in it;
 *   - sim_platform_users: platform users (openid / user_id) with their platform real name (or none yet);
 *   - sim_platform_codes: login codes the platform issued to one of its users: single use, 5 minutes.
 * In development (not production) the codes `demo-1` … `demo-9` stay valid for the demo people's platform
 * users (the mini-program developer tools cannot get a code from this simulation otherwise).
 * Test and development set-up goes through the admin endpoints of routes/sim.ts (ADMIN_TOKEN).
 */
import crypto from 'node:crypto'
import { sha256, simRepo, type Executor } from '../../storage'
import type { Channel, IdentityProvider } from './types'

export const PLATFORM_CODE_TTL_SECONDS = 300

/** The demo people's platform user ids (stable, so that the seeded accounts are found again). */
export function demoPlatformUserId(channel: Channel, code: string): string {
  if (channel === 'wechat') return 'wx_' + sha256('wechat:' + code).slice(0, 24)
  const digits = BigInt('0x' + sha256('alipay:' + code).slice(0, 15))
    .toString()
    .padStart(12, '0')
    .slice(-12)
  return '2088' + digits
}

export function newPlatformUserId(channel: Channel): string {
  return channel === 'wechat'
    ? 'wx_' + crypto.randomBytes(12).toString('hex')
    : '2088' + String(crypto.randomInt(0, 1e12)).padStart(12, '0')
}

export interface SimulatedOptions {
  /** accept `demo-1` … `demo-9` as permanent codes of the demo people (development only) */
  demoCodes: boolean
  now: () => Date
}

export function simulatedIdentityProvider(opts: SimulatedOptions): IdentityProvider & SimulatedAdmin {
  return {
    async platformUser(db, channel, code) {
      if (opts.demoCodes && /^demo-[1-9]$/.test(code)) return demoPlatformUserId(channel, code)
      const hash = sha256(`${channel}:${code}`)
      const row = await simRepo.codeFind(db, hash)
      const now = opts.now().toISOString()
      if (!row || row.channel !== channel || row.used_at || row.expires_at <= now) return null
      return (await simRepo.codeUse(db, hash, now)) ? row.platform_user_id : null
    },
    async platformIdentity(db, channel, uid) {
      const u = await simRepo.platformUserFind(db, channel, uid)
      return u?.name && u.id_number ? { name: u.name, idNumber: u.id_number } : null
    },
    async mobileThreeFactor(db, q) {
      const p = await simRepo.registerFind(db, q.idNumber)
      return !!p && p.name === q.name && p.mobile === q.mobile
    },
    async enrolPerson(db, person) {
      // the register holds names as the public-security record writes them: NFC
      const p = { ...person, name: person.name.normalize('NFC').trim() }
      const found = await simRepo.registerFind(db, p.idNumber)
      if (found) return found.name === p.name && found.mobile === p.mobile
      await simRepo.registerInsert(db, {
        id_number: p.idNumber,
        name: p.name,
        mobile: p.mobile,
        created_at: opts.now().toISOString(),
      })
      return true
    },
    async enrolPlatformUser(db, channel, uid, realName) {
      await simRepo.platformUserUpsert(db, {
        channel,
        platform_user_id: uid,
        name: realName?.name.normalize('NFC').trim() ?? null,
        id_number: realName?.idNumber ?? null,
        created_at: opts.now().toISOString(),
      })
    },
    async issueCode(db, channel, uid) {
      const code = `sim-${crypto.randomBytes(12).toString('base64url')}`
      await simRepo.codeInsert(db, {
        code_hash: sha256(`${channel}:${code}`),
        channel,
        platform_user_id: uid,
        expires_at: new Date(opts.now().getTime() + PLATFORM_CODE_TTL_SECONDS * 1000).toISOString(),
        used_at: null,
      })
      return code
    },
  }
}

/** What only the simulation has: putting people and platform users into its world, issuing codes. */
export interface SimulatedAdmin {
  /** false when the register already holds the ID number with another name or mobile */
  enrolPerson(db: Executor, p: { name: string; idNumber: string; mobile: string }): Promise<boolean>
  enrolPlatformUser(
    db: Executor,
    channel: Channel,
    uid: string,
    realName: { name: string; idNumber: string } | null,
  ): Promise<void>
  issueCode(db: Executor, channel: Channel, uid: string): Promise<string>
}
