/**
 * 首页: what the status card shows for which state of the session and the answers at hand, which services
 * the grid offers, and whether 长辈模式 is offered. No React, no Taro: tested in tests/features/home.test.ts.
 *
 * The card never waits for more than it needs: a guest or a user without 实名 is told so from the session at
 * once; the person's status shows as soon as their registration and the region list are at hand (from the
 * cache when another page already asked), and the server's "today" fills in when it arrives.
 */
import type { ApiError } from '@/api/client'
import type { Health, Region, RegionList, RegistrationStatus } from '@/api/schema'
import { formatMonthZh } from '@/domain/month'
import { services, type ServiceEntry } from '@/services'
import { ELDER_OFFER_AGE, ageOn } from '@/store/prefs'
import { formatDateZh } from '@/utils/format'
import { monthRangesZh } from '@/utils/months'
import { placeName } from '@/utils/regions'

interface Answer<T> {
  data?: T
  error?: ApiError
}

export interface HomeFacts {
  signedIn: boolean
  identified: boolean
  health: Answer<Health>
  /** the signed-in user's own registration */
  registration: Answer<RegistrationStatus>
  regions: Answer<RegionList>
}

/** The top line of the card: connecting, the server's answer, or why it failed. */
export type Connection = { kind: 'connecting' } | { kind: 'ready'; today: string } | { kind: 'error'; error: ApiError }

export type MyStatus =
  | { kind: 'guest' }
  | { kind: 'identity' }
  | { kind: 'loading' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'unregistered' }
  | { kind: 'registered'; registration: RegistrationStatus; region?: Region }

export interface StatusCard {
  connection: Connection
  /** nothing below the top line while the service cannot be reached */
  mine?: MyStatus
}

export function statusCard(f: HomeFacts): StatusCard {
  const { health } = f
  if (health.error && !health.data) return { connection: { kind: 'error', error: health.error } }
  const connection: Connection = health.data
    ? { kind: 'ready', today: formatDateZh(health.data.today) }
    : { kind: 'connecting' }
  return { connection, mine: myStatus(f) }
}

function myStatus(f: HomeFacts): MyStatus {
  if (!f.signedIn) return { kind: 'guest' }
  if (!f.identified) return { kind: 'identity' }
  const r = f.registration.data
  const regions = f.regions.data
  const error = (!r && f.registration.error) || (!regions && f.regions.error)
  if (error) return { kind: 'error', error }
  if (!r || !regions) return { kind: 'loading' }
  if (!r.registered) return { kind: 'unregistered' }
  return { kind: 'registered', registration: r, region: regions.regions.find((x) => x.code === r.region) }
}

/** The lines of a registered person's status, in card order (absent ones are not shown). */
export interface RegisteredLines {
  place: string
  /** 自…起停保 */
  suspended?: string
  covered: string
  next?: string
  window?: string
  /** 目前可自助核定 (only while insured) */
  allowed?: string
  provisional?: string
  /** the card's button: 缴费核定 while insured, 续保 while suspended */
  action?: 'assess' | 'resume'
}

export function registeredLines(r: RegistrationStatus, region: Region | undefined): RegisteredLines {
  const covered = r.monthsCoveredThisYear
  const allowed = region?.allowedMonths
  const window = region?.declarationWindow
  return {
    place: placeName(region, r.regionName ?? r.region, r.district),
    suspended:
      r.status === 'SUSPENDED' && r.suspendedFrom
        ? `自${formatMonthZh(r.suspendedFrom)}起停保。如需继续缴费，请先办理续保。`
        : undefined,
    covered: covered.length > 0 ? `${covered.length}个月（${monthRangesZh(covered)}）` : '0个月',
    next: r.nextDueMonth ? formatMonthZh(r.nextDueMonth) : undefined,
    window: window ? `申报时间：每月申报期为上月${window.fromDayPrev}日至本月${window.toDay}日。` : undefined,
    allowed:
      r.status === 'ACTIVE' && allowed?.earliest && allowed.latest
        ? `目前可自助核定：${formatMonthZh(allowed.earliest)}–${formatMonthZh(allowed.latest)}`
        : undefined,
    provisional: region?.provisional && region.provisionalNotice ? region.provisionalNotice : undefined,
    action: r.status === 'ACTIVE' ? 'assess' : r.status === 'SUSPENDED' ? 'resume' : undefined,
  }
}

/** The 缴费核定 button of one's own card: says so while acting for someone else. */
export const assessLabel = (actingFor: boolean) => (actingFor ? '为本人缴费核定' : '去缴费核定')

/** The services 长辈模式 keeps on 首页 (no 代他人核定). */
const ELDER_SERVICES: readonly ServiceEntry['key'][] = ['register', 'assess', 'records', 'suspend']

export function homeServices(elderMode: boolean): ServiceEntry[] {
  return elderMode ? services.filter((s) => ELDER_SERVICES.includes(s.key)) : services
}

/** 长辈模式 is offered once, to identified users of 50 and over (by the server's today), when it is off. */
export function offerElder(p: {
  identified: boolean
  elderMode: boolean
  elderOffered: boolean
  birthDate?: string
  today?: string
}): boolean {
  if (!p.identified || p.elderMode || p.elderOffered) return false
  const age = ageOn(p.birthDate, p.today)
  return age !== undefined && age >= ELDER_OFFER_AGE
}
