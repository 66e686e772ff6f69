/**
 * Loads one answer about the person the app acts for (oneself, or the relative chosen in 我的代办) once the
 * user is signed in, and again when that person changes. For read-only pages (缴费年限, 缴费记录 …).
 */
import { useCallback, useEffect, useState } from 'react'
import { toApiError, type ApiError } from '@/api/client'
import { useActingFor } from '@/store/actingFor'
import { useRequireLogin } from '@/routing/auth'

export function usePersonQuery<T>(fetch: (personRef?: string) => Promise<T>) {
  const { ready } = useRequireLogin()
  const personRef = useActingFor((s) => s.person?.personRef)
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()

  const reload = useCallback(async () => {
    setError(undefined)
    try {
      setData(await fetch(personRef))
    } catch (e) {
      setError(toApiError(e))
    }
  }, [fetch, personRef])

  useEffect(() => {
    if (ready) void reload()
  }, [ready, reload])

  return { ready, personRef, data, error, reload }
}
