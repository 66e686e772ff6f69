/**
 * 首页's answers from the query cache: the server's health, one's own registration and the region list.
 * What is cached shows at once; a page shown again (back from 登记, 停保 …) asks for the registration again.
 */
import { useRef } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { useActingFor } from '@/store/actingFor'
import { usePrefs } from '@/store/prefs'
import { hasValidSession, useSession } from '@/store/session'
import { homeServices, offerElder, statusCard } from './home.model'

/** Runs `fn` each time the page is shown again (not on its first show, which the queries' own fetch covers). */
export function useShownAgain(fn: () => void) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) fn()
    shown.current = true
  })
}

export function useHome() {
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const signedIn = hasValidSession({ token, expiresAt })
  const identified = signedIn && !!account?.identity
  const elderMode = usePrefs((s) => s.elderMode)
  const elderOffered = usePrefs((s) => s.elderOffered)
  const actingFor = useActingFor((s) => s.person)

  const health = useQuery(queries.health)
  const registration = useQuery(queries.ownRegistration, { enabled: identified })
  const regions = useQuery(queries.regions, { enabled: identified })

  const card = statusCard({ signedIn, identified, health, registration, regions })
  /** 重试 of the card: what failed (the registration and regions only when they are asked for) */
  const retryMine = () => {
    if (registration.error) void registration.reload()
    if (regions.error) void regions.reload()
  }
  const retry = () => {
    void health.reload()
    retryMine()
  }

  useShownAgain(() => {
    if (identified && health.data) void registration.reload()
  })
  usePullDownRefresh(() => {
    const all = [health.reload(), ...(identified ? [registration.reload(), regions.reload()] : [])]
    void Promise.all(all).finally(() => Taro.stopPullDownRefresh())
  })

  return {
    card,
    signedIn,
    identified,
    name: account?.identity?.name,
    actingFor: identified ? actingFor : undefined,
    services: homeServices(elderMode),
    elderMode,
    offerElder: offerElder({
      identified,
      elderMode,
      elderOffered,
      birthDate: account?.identity?.birthDate,
      today: health.data?.today,
    }),
    retry,
    retryMine,
  }
}
