/**
 * Resend countdowns ("60秒后可重新获取"): a model keeps the instant it may send again (`until`, ms); the
 * view asks `useCountdown(until)` (seconds left, re-rendering once a second while one is running).
 */
import { useEffect, useState } from 'react'

/** Whole seconds until `until` (0 when none or past). */
export function secondsLeft(until: number | undefined, now: number): number {
  if (!until) return 0
  return Math.max(0, Math.ceil((until - now) / 1000))
}

/** Seconds left until `until`, re-rendering once a second while some are left. */
export function useCountdown(until: number | undefined): number {
  const left = secondsLeft(until, Date.now())
  const running = left > 0
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!running) return
    const t = setInterval(() => setTick((n) => n + 1), 1000)
    return () => clearInterval(t)
  }, [running, until])
  return left
}
