/**
 * The one clock of the server. Rules take "today" as an argument; this is where it comes from.
 * Tests and demos pin it (TODAY=2026-03-10 or `fixedClock`); nothing else calls `new Date()`.
 */
export interface Clock {
  /** Current instant (for timestamps, token expiry). */
  now(): Date
  /** Today's date in China Standard Time, YYYY-MM-DD (for the rules). */
  today(): string
}

function cstDate(d: Date): string {
  // China has no DST: UTC+8 all year.
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => cstDate(new Date()),
}

/** A clock pinned to a date; time still advances so that tokens and timestamps stay ordered. */
export function fixedClock(today: string): Clock & { set(today: string): void } {
  let day = today
  return {
    now: () => new Date(),
    today: () => day,
    set(next: string) {
      day = next
    },
  }
}
