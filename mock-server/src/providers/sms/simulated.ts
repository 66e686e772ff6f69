/**
 * The simulated SMS gateway: an outbox table (read in development through GET /api/sim/sms). The log notes that a
 * message went out (masked phone, purpose), never its text: the text carries codes.
 */
import { maskPhone } from '../../engine'
import { simRepo } from '../../storage'
import type { SmsGateway } from './types'

export function simulatedSmsGateway(opts: {
  now: () => Date
  /** development: note each message in the server log (masked phone and purpose only) */
  logSends: boolean
  log: { info(obj: unknown, msg?: string): void }
}): SmsGateway {
  return {
    async send(db, msg) {
      await simRepo.smsInsert(db, {
        at: opts.now().toISOString(),
        phone: msg.phone,
        purpose: msg.purpose,
        text: msg.text,
        code: msg.code ?? null,
      })
      if (opts.logSends)
        opts.log.info(
          { phone: maskPhone(msg.phone), purpose: msg.purpose },
          `[模拟短信] 已发送 → ${maskPhone(msg.phone)}`,
        )
    },
  }
}
