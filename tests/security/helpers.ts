/** Shared by the attack tests: a clock the test moves, and JSON calls through app.inject. */
import type { Clock } from '../../mock-server/src/clock'
import { TODAY, type TestApp } from '../server/helpers'

/** A clock at real time plus an offset the test advances (cooldowns, locks, days). */
export function movableClock(today = TODAY): Clock & { advance(ms: number): void } {
  let offset = 0
  return {
    now: () => new Date(Date.now() + offset),
    today: () => today,
    advance(ms: number) {
      offset += ms
    },
  }
}

export function caller(app: TestApp) {
  return (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    opts: { headers?: Record<string, string>; payload?: unknown; ip?: string } = {},
  ) =>
    app.inject({
      method,
      url,
      headers: opts.headers,
      payload: opts.payload as never,
      remoteAddress: opts.ip,
    })
}
