/** Fixed-window request counters (migration 004) behind @fastify/rate-limit: shared by every instance. */
import { sql } from 'kysely'
import type { Executor } from './db'

export const rateLimitsRepo = {
  /** Counts one hit on `key` in the window that started at most `windowMs` ago (or starts one now). */
  hit: async (db: Executor, key: string, nowMs: number, windowMs: number) => {
    const expired = sql<boolean>`rate_limits.window_start + ${windowMs} <= ${nowMs}`
    const row = await db
      .insertInto('rate_limits')
      .values({ key, window_start: nowMs, count: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when ${expired} then 1 else rate_limits.count + 1 end`,
          window_start: sql<number>`case when ${expired} then ${nowMs} else rate_limits.window_start end`,
        }),
      )
      .returning(['count', 'window_start'])
      .executeTakeFirstOrThrow()
    return { count: Number(row.count), windowStart: Number(row.window_start) }
  },
  prune: (db: Executor, beforeMs: number) =>
    db.deleteFrom('rate_limits').where('window_start', '<', beforeMs).execute(),
}
