import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import type { Health, Region, RegistrationStatus } from '@/api/schema'
import { ApiError, toApiError } from '@/api/client'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { hasValidSession, useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { returnParams } from '@/routing/auth'
import { formatDateZh } from '@/utils/format'
import { monthRangesZh } from '@/utils/months'
import { go } from '@/utils/nav'
import { placeName, regionsOnce } from '@/utils/regions'
import { openService, services } from '@/services'
import { ReminderCard } from '@/components/ReminderCard'
import '@/components/Form.css'
import './index.css'
import { ELDER_OFFER_AGE, ageOn, usePageClass, usePrefs } from '@/store/prefs'

type Load = { state: 'loading' } | { state: 'ready'; health: Health } | { state: 'error'; error: ApiError }
type Mine =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; registration: RegistrationStatus; region?: Region }
  | { state: 'error'; error: ApiError }

export default function Home() {
  const pageClass = usePageClass()
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const [mine, setMine] = useState<Mine>({ state: 'none' })
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const signedIn = hasValidSession({ token, expiresAt })
  const identified = signedIn && !!account?.identity
  const elderMode = usePrefs((s) => s.elderMode)
  const elderOffered = usePrefs((s) => s.elderOffered)
  const age = load.state === 'ready' ? ageOn(account?.identity?.birthDate, load.health.today) : undefined
  const offerElder = identified && !elderMode && !elderOffered && age !== undefined && age >= ELDER_OFFER_AGE
  // 长辈模式 shows only the four main services (no 代他人核定)
  const shown = elderMode ? services.filter((s) => ELDER_SERVICES.includes(s.key)) : services
  // 代他人核定 in progress: the flows below act for that person, the status card shows one's own
  const actingFor = useActingFor((s) => s.person)
  const actForSelf = useActingFor((s) => s.actForSelf)

  const loadMine = useCallback(async () => {
    if (!identified) return setMine({ state: 'none' })
    setMine((m) => (m.state === 'ready' ? m : { state: 'loading' }))
    try {
      const [registration, regions] = await Promise.all([api.ownRegistration(), regionsOnce()])
      const region = regions.regions.find((r) => r.code === registration.region)
      setMine({ state: 'ready', registration, region })
    } catch (e) {
      setMine({ state: 'error', error: toApiError(e) })
    }
  }, [identified])

  const refresh = useCallback(async () => {
    setLoad({ state: 'loading' })
    try {
      const health = await api.health()
      setLoad({ state: 'ready', health })
      await loadMine()
    } catch (e) {
      setLoad({ state: 'error', error: e as ApiError })
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [loadMine])

  useEffect(() => {
    void refresh()
  }, [refresh])
  // Coming back from a flow (登记, 停保…) shows the new state; the first show is the load above (fetch once).
  const shownOnce = useRef(false)
  useDidShow(() => {
    if (shownOnce.current && load.state === 'ready') void loadMine()
    shownOnce.current = true
  })
  usePullDownRefresh(() => void refresh())

  return (
    <View className={pageClass('page home')}>
      <View className="home-hero">
        <Text className="home-title" {...a11y('heading')}>
          灵活就业养老保险「指尖办」
        </Text>
        <Text className="home-subtitle">参保登记、缴费核定、停保续保，指尖办理</Text>
      </View>

      {offerElder && <ElderOffer />}
      {actingFor && identified && (
        <View id="home-acting">
          <ProxyBanner />
        </View>
      )}

      <View className="card status-card" {...a11y('status')} id="status-card">
        {load.state === 'loading' && <Text className="muted">正在连接社保服务…</Text>}
        {load.state === 'error' && (
          <View>
            <Text className="error-text" id="status-error">
              {load.error.message}
            </Text>
            <Button className="btn btn-primary retry" onClick={() => void refresh()} {...a11y('button', '重试')}>
              重试
            </Button>
          </View>
        )}
        {load.state === 'ready' && (
          <View>
            <View className="status-row">
              <Text className="tag tag-ok">● 服务正常</Text>
              <Text className="muted" id="status-today">
                今天是 {formatDateZh(load.health.today)}
              </Text>
            </View>
            {!signedIn && (
              <View id="status-guest">
                <Text className="muted">登录并完成实名认证后，这里会显示您的参保地、参保状态和本年度缴费月数。</Text>
                <Button
                  id="home-login"
                  className="btn btn-primary"
                  onClick={() => void go(Route.Login)}
                  {...a11y('button', '登录')}
                >
                  登录
                </Button>
              </View>
            )}
            {signedIn && !identified && (
              <View id="status-identity">
                <Text className="muted">您已登录。完成实名认证后即可办理参保业务。</Text>
                <Button
                  id="home-identity"
                  className="btn btn-primary"
                  onClick={() => void go(Route.Identity)}
                  {...a11y('button', '去实名认证')}
                >
                  去实名认证
                </Button>
              </View>
            )}
            {identified && (
              <MyStatus
                mine={mine}
                name={account?.identity?.name}
                actingFor={actingFor?.nameMasked}
                onRetry={() => void loadMine()}
              />
            )}
          </View>
        )}
      </View>

      {identified && !actingFor && <ReminderCard />}

      <View className="card">
        <Text className="card-title" {...a11y('heading')}>
          常用服务
        </Text>
        {actingFor && identified && (
          <View className="home-acting-note" id="home-acting-note">
            <Text className="notice-text">
              缴费核定、核定记录、养老金测算将为 {actingFor.nameMasked} 办理；参保登记、停保/续保为您本人办理。
            </Text>
            <Button
              id="home-act-self"
              className="btn btn-secondary"
              onClick={actForSelf}
              {...a11y('button', '改为为本人办理')}
            >
              改为为本人办理
            </Button>
          </View>
        )}
        <View className="service-grid">
          {shown.map((s) => (
            <View
              key={s.key}
              className="service-entry"
              {...a11y('button')}
              id={`entry-${s.key}`}
              onClick={() => void openService(s)}
            >
              <Text className="service-icon" aria-hidden="true">
                {s.icon}
              </Text>
              <Text className="service-title">{s.title}</Text>
              {!elderMode && <Text className="service-hint">{s.hint}</Text>}
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}

/** The services 长辈模式 keeps on 首页. */
const ELDER_SERVICES: readonly string[] = ['register', 'assess', 'records', 'suspend']

/** Offered once, to users aged 50 and over, the first time they see 首页 signed in. */
function ElderOffer() {
  const setElderMode = usePrefs((s) => s.setElderMode)
  const markElderOffered = usePrefs((s) => s.markElderOffered)
  const answer = (on: boolean) => {
    setElderMode(on)
    markElderOffered()
  }
  return (
    <View className="card elder-offer" id="elder-offer" {...a11y('dialog', '开启长辈模式？')}>
      <Text className="card-title" {...a11y('heading')}>
        开启长辈模式？
      </Text>
      <Text className="muted">字更大、按钮更大，首页只显示常用的四项服务。以后可在「我的」中随时开启或关闭。</Text>
      <View className="elder-offer-actions">
        <Button
          id="elder-offer-yes"
          className="btn btn-primary"
          onClick={() => answer(true)}
          {...a11y('button', '开启')}
        >
          开启
        </Button>
        <Button id="elder-offer-no" className="btn btn-plain" onClick={() => answer(false)} {...a11y('button', '暂不')}>
          暂不
        </Button>
      </View>
    </View>
  )
}

function MyStatus({
  mine,
  name,
  actingFor,
  onRetry,
}: {
  mine: Mine
  name?: string
  /** while acting for someone: their masked name (this card still shows one's own status, and says so) */
  actingFor?: string
  onRetry: () => void
}) {
  if (mine.state === 'loading' || mine.state === 'none') return <Text className="muted">正在查询您的参保状态…</Text>
  if (mine.state === 'error') {
    return (
      <View id="mine-error">
        <Text className="error-text">{mine.error.message}</Text>
        <Button className="btn btn-secondary" onClick={onRetry} {...a11y('button', '重新查询参保状态')}>
          重新查询
        </Button>
      </View>
    )
  }
  const { registration: r, region } = mine
  if (!r.registered) {
    return (
      <View id="status-unregistered">
        <Text className="card-title">{name ? `${name}，您好` : '您好'}</Text>
        <Text className="muted">您还没有办理灵活就业人员养老保险参保登记。登记后即可核定缴费。</Text>
        <Button
          id="home-register"
          className="btn btn-primary"
          onClick={() => void go(Route.Register)}
          {...a11y('button', '去参保登记')}
        >
          去参保登记
        </Button>
      </View>
    )
  }
  const covered = r.monthsCoveredThisYear
  return (
    <View id="status-registered">
      {actingFor && (
        <Text className="card-title" id="status-whose">
          您本人的参保状态
        </Text>
      )}
      <View className="info-row">
        <Text className="info-label">参保地</Text>
        <Text className="info-value" id="status-region">
          {placeName(region, r.regionName ?? r.region, r.district)}
        </Text>
      </View>
      <View className="info-row">
        <Text className="info-label">参保状态</Text>
        <View className="info-value" id="status-state">
          {r.status && <StatusTag status={r.status} />}
        </View>
      </View>
      {r.status === 'SUSPENDED' && r.suspendedFrom && (
        <Text className="muted" id="status-suspended">
          自{formatMonthZh(r.suspendedFrom)}起停保。如需继续缴费，请先办理续保。
        </Text>
      )}
      <View className="info-row">
        <Text className="info-label">本年度已核定</Text>
        <Text className="info-value" id="status-covered">
          {covered.length > 0 ? `${covered.length}个月（${monthRangesZh(covered)}）` : '0个月'}
        </Text>
      </View>
      {r.nextDueMonth && (
        <View className="info-row">
          <Text className="info-label">下一个待缴月份</Text>
          <Text className="info-value" id="status-next">
            {formatMonthZh(r.nextDueMonth)}
          </Text>
        </View>
      )}
      {region?.declarationWindow && (
        <Text className="field-hint" id="status-window">
          申报时间：每月申报期为上月{region.declarationWindow.fromDayPrev}日至本月{region.declarationWindow.toDay}日。
        </Text>
      )}
      {r.status === 'ACTIVE' && region?.allowedMonths.earliest && region.allowedMonths.latest && (
        <Text className="field-hint">
          目前可自助核定：{formatMonthZh(region.allowedMonths.earliest)}–{formatMonthZh(region.allowedMonths.latest)}
        </Text>
      )}
      {region?.provisional && region.provisionalNotice && (
        <Text className="dev-hint" id="status-provisional">
          {region.provisionalNotice}
        </Text>
      )}
      {r.status === 'ACTIVE' && (
        <Button
          id="home-assess"
          className="btn btn-primary"
          onClick={() => {
            // this card is one's own: its button acts for oneself, whoever the flows were acting for
            if (actingFor) useActingFor.getState().actForSelf()
            void go(Route.Assess)
          }}
          {...a11y('button', actingFor ? '为本人缴费核定' : '去缴费核定')}
        >
          {actingFor ? '为本人缴费核定' : '去缴费核定'}
        </Button>
      )}
      {r.status === 'SUSPENDED' && (
        <Button
          id="home-resume"
          className="btn btn-primary"
          onClick={() => void go(Route.Suspend, returnParams())}
          {...a11y('button', '去续保')}
        >
          去续保
        </Button>
      )}
    </View>
  )
}
