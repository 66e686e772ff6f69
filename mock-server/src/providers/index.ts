/**
 * The outside world's services the agency relies on, each behind one interface:
 *   identity (providers/identity/types.ts): platform logins, platform real names, 手机号三要素
 *   sms      (providers/sms/types.ts):      the SMS gateway
 * This file picks the implementations. Today only the simulated ones exist; a production deployment puts
 * its real providers here (see mock-server/README.md, "Identity and consent").
 */
import type { AppContext } from '../context'
import { simulatedIdentityProvider, type SimulatedAdmin } from './identity/simulated'
import type { IdentityProvider } from './identity/types'
import { simulatedSmsGateway } from './sms/simulated'
import type { SmsGateway } from './sms/types'

export interface Providers {
  identity: IdentityProvider
  sms: SmsGateway
  /** only the simulation: enrol people / platform users, issue login codes (routes/sim.ts) */
  simulation: SimulatedAdmin | null
}

const cache = new WeakMap<AppContext, Providers>()

/** Development mode: codes may be shown (DEV_SHOW_CODE, off when NODE_ENV=production). */
export const isDevelopment = (ctx: AppContext) => ctx.config.devShowCode

export function providers(ctx: AppContext): Providers {
  let p = cache.get(ctx)
  if (!p) {
    const now = () => ctx.clock.now()
    const identity = simulatedIdentityProvider({ demoCodes: isDevelopment(ctx), now })
    p = {
      identity,
      sms: simulatedSmsGateway({ now, logSends: isDevelopment(ctx), log: ctx.log }),
      simulation: identity,
    }
    cache.set(ctx, p)
  }
  return p
}
