/**
 * The identity verifier: the one door through which the agency learns who a user is. Nothing a user
 * types is trusted as an identity; only what a verifier answers is.
 *
 * A real deployment fills it with the channels' own services:
 *   - platformUser:   WeChat `code2Session` (jscode2session) → openid; Alipay `alipay.system.oauth.token` → user_id.
 *                     Codes are issued by the platform to its signed-in user, single use, ~5 minutes.
 *   - platformIdentity: WeChat 实名信息授权 / 人脸核身 (e.g. the `wx.startFacialRecognitionVerify` result checked
 *                     server-side, or the real-name information the user authorises), Alipay 实名认证 /
 *                     `alipay.user.info.share` (cert_no, user_name) after the user's authorisation.
 *   - mobileThreeFactor: a carrier 手机号三要素 check (name + ID number + mobile held for that person), sold by
 *                     the carriers' or licensed verification services; the SMS code to that mobile is sent by
 *                     the SMS gateway (providers/sms) and proves the user holds it.
 * The simulated implementation (simulated.ts) answers from its own register (sim_* tables), apart from the
 * agency's data.
 */
import type { Executor } from '../../storage'

export type Channel = 'wechat' | 'alipay'

export interface PlatformIdentity {
  name: string
  idNumber: string
}

export interface IdentityProvider {
  /** Which platform user a login code belongs to; null for an unknown, used or expired code. */
  platformUser(db: Executor, channel: Channel, code: string): Promise<string | null>
  /** The platform's own verified real name of its user (after the user's authorisation); null when it has none. */
  platformIdentity(db: Executor, channel: Channel, platformUserId: string): Promise<PlatformIdentity | null>
  /** 手机号三要素: does the carrier hold `mobile` for the person with this name and ID number? */
  mobileThreeFactor(db: Executor, q: { name: string; idNumber: string; mobile: string }): Promise<boolean>
}
