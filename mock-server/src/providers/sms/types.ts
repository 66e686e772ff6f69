/**
 * The SMS gateway: one method, send. A real deployment fills it with a licensed SMS service (e.g. Aliyun /
 * Tencent Cloud SMS with an approved signature 【指尖办】 and templates); the simulated one (simulated.ts)
 * keeps every message in an outbox (sim_sms_outbox) and, in development only, logs it and lets the admin
 * read it (GET /api/sim/sms) — never in production.
 */
import type { Executor } from '../../storage'

export type SmsPurpose = 'IDENTITY_CHECK' | 'AGENT_CONSENT' | 'NOTICE'

export interface SmsGateway {
  /** Sends `text` to `phone`. `code` is the one-time code inside the text, if any (kept only by a simulation). */
  send(db: Executor, msg: { phone: string; purpose: SmsPurpose; text: string; code?: string }): Promise<void>
}
