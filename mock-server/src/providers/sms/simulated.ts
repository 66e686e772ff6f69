/** The simulated SMS gateway: an outbox table; in development the message is also logged (masked phone). */
import { maskPhone } from '../../../../src/domain/privacy'
import { simRepo } from '../../storage'
import type { SmsGateway } from './types'

export function simulatedSmsGateway(opts: {
  now: () => Date
  /** development: log the message text (with its code) to the server log */
  logCodes: boolean
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
      if (opts.logCodes) opts.log.info({ phone: maskPhone(msg.phone), purpose: msg.purpose }, `[模拟短信] ${msg.text}`)
    },
  }
}
