/**
 * Request limits that an attacker cannot step around:
 *   - logins: ONE bucket per IP across every channel (WeChat, Alipay, SMS send and verify share it);
 *   - proxy look-ups and identity binds: one bucket per signed-in ACCOUNT, taken after authentication
 *     (never the Authorization header's text, where extra spaces after "Bearer" made a fresh bucket);
 *   - the counters live in the database (table rate_limits), so several instances on one database share them.
 * Per-phone SMS limits (cooldown, daily cap, lock after wrong codes) are in services/auth.ts.
 */
import type { FastifyRequest } from 'fastify'
import type { RateLimitOptions } from '@fastify/rate-limit'
import { rateLimitsRepo, type DB } from '../storage'

const DAY_MS = 86_400_000

/** A @fastify/rate-limit store over the rate_limits table (fixed windows). One store for every route. */
export function databaseRateStore(db: DB) {
  let hits = 0
  return class DatabaseRateStore {
    incr(
      key: string,
      cb: (err: Error | null, res?: { current: number; ttl: number }) => void,
      timeWindow = 60_000,
    ): void {
      const now = Date.now()
      rateLimitsRepo.hit(db, key, now, timeWindow).then(
        ({ count, windowStart }) => {
          if (++hits % 500 === 0) rateLimitsRepo.prune(db, now - DAY_MS).catch(() => undefined)
          cb(null, { current: count, ttl: Math.max(0, windowStart + timeWindow - now) })
        },
        (err: Error) => cb(err),
      )
    }
    child(): DatabaseRateStore {
      return this
    }
  }
}

/** Route config: logins per IP per minute, one bucket for all login routes. */
export function loginRateLimit(max: number): RateLimitOptions {
  return { max, timeWindow: '1 minute', keyGenerator: (req: FastifyRequest) => `login:${req.ip}` }
}

/**
 * Route config: per signed-in account per minute, counted after `app.authenticate` (hook preHandler), so
 * the key is the resolved account, whatever the header looked like. `bucket` names the shared budget.
 */
export function accountRateLimit(max: number, bucket = 'lookup'): RateLimitOptions {
  return {
    max,
    timeWindow: '1 minute',
    hook: 'preHandler',
    keyGenerator: (req: FastifyRequest) => `${bucket}:${req.account ? `account:${req.account.id}` : `ip:${req.ip}`}`,
  }
}
