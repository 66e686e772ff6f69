// @vitest-environment jsdom
// 首页, 办事, 消息 and the information pages without rendering: what the status card shows for which state,
// which services are offered, where reminders lead, what a voucher number must look like.
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { Health, Region, RegionList, RegistrationStatus, ReminderItem } from '@/api/schema'
import { Route } from '@/routes'
import { assessLabel, homeServices, offerElder, registeredLines, statusCard } from '@/features/home/home.model'
import { messageHead } from '@/features/home/messages.model'
import { reminderTarget, subscribeOffer } from '@/features/home/reminders.model'
import { guideParams, ownRegion, serviceText } from '@/features/home/services.model'
import { SECTIONS, initialRegion, shownLines } from '@/features/info/guide.model'
import { sections as privacySections } from '@/features/info/privacy'
import { readVoucherNo } from '@/features/info/voucher.model'
import { assessExplanation, listGuides } from '@/domain/guides'

const health = { status: 'ok', today: '2026-03-10' } as Health
const region = {
  code: '640000',
  name: '宁夏回族自治区',
  districts: [{ code: '640104', name: '兴庆区' }],
  allowedMonths: { earliest: '2026-01', latest: '2026-12' },
  declarationWindow: null,
  provisional: false,
  provisionalNotice: null,
} as unknown as Region
const regions = { regions: [region] } as unknown as RegionList
const registered = (over: Partial<RegistrationStatus> = {}) =>
  ({
    registered: true,
    region: '640000',
    regionName: '宁夏回族自治区',
    district: '640104',
    status: 'ACTIVE',
    suspendedFrom: null,
    monthsCoveredThisYear: ['2026-01', '2026-02', '2026-03'],
    nextDueMonth: '2026-04',
    ...over,
  }) as unknown as RegistrationStatus
const down = new ApiError('NETWORK', '网络连接失败，请检查网络后重试。')
const none = {}

describe('首页 status card: what shows for which state', () => {
  it('a guest and a user without 实名 are told from the session at once, before the server answers', () => {
    const facts = { health: none, registration: none, regions: none }
    expect(statusCard({ ...facts, signedIn: false, identified: false })).toEqual({
      connection: { kind: 'connecting' },
      mine: { kind: 'guest' },
    })
    expect(statusCard({ ...facts, signedIn: true, identified: false }).mine).toEqual({ kind: 'identity' })
  })

  it('the server’s today fills in when it arrives; a failure shows only the error (with 重试)', () => {
    const f = { signedIn: false, identified: false, registration: none, regions: none }
    expect(statusCard({ ...f, health: { data: health } }).connection).toEqual({ kind: 'ready', today: '2026年3月10日' })
    expect(statusCard({ ...f, health: { error: down } })).toEqual({ connection: { kind: 'error', error: down } })
  })

  it('the person’s status shows from cached answers even while health is still on its way', () => {
    const card = statusCard({
      signedIn: true,
      identified: true,
      health: none,
      registration: { data: registered() },
      regions: { data: regions },
    })
    expect(card.connection.kind).toBe('connecting')
    expect(card.mine).toMatchObject({ kind: 'registered', region })
  })

  it('waits for both the registration and the region list (the place names its district); either failing is said', () => {
    const f = { signedIn: true, identified: true, health: { data: health } }
    expect(statusCard({ ...f, registration: { data: registered() }, regions: none }).mine).toEqual({ kind: 'loading' })
    expect(statusCard({ ...f, registration: none, regions: { data: regions } }).mine).toEqual({ kind: 'loading' })
    expect(statusCard({ ...f, registration: { data: registered() }, regions: { error: down } }).mine).toEqual({
      kind: 'error',
      error: down,
    })
    expect(statusCard({ ...f, registration: { error: down }, regions: none }).mine).toEqual({
      kind: 'error',
      error: down,
    })
    // a cached answer behind a failed refetch still shows
    expect(
      statusCard({ ...f, registration: { data: registered(), error: down }, regions: { data: regions } }).mine?.kind,
    ).toBe('registered')
    expect(
      statusCard({
        ...f,
        registration: { data: { registered: false } as RegistrationStatus },
        regions: { data: regions },
      }).mine,
    ).toEqual({ kind: 'unregistered' })
  })

  it('a registered person: place with district, months covered, the self-service window; 缴费核定', () => {
    const l = registeredLines(registered(), region)
    expect(l).toMatchObject({
      place: '宁夏回族自治区 · 兴庆区',
      covered: '3个月（2026年1月–2026年3月）',
      next: '2026年4月',
      allowed: '目前可自助核定：2026年1月–2026年12月',
      action: 'assess',
    })
    expect(l.suspended).toBeUndefined()
    expect(registeredLines(registered({ monthsCoveredThisYear: [] }), region).covered).toBe('0个月')
    const tj = {
      ...region,
      declarationWindow: { fromDayPrev: 20, toDay: 19 },
      provisional: true,
      provisionalNotice: '暂按上年',
    }
    expect(registeredLines(registered(), tj as Region)).toMatchObject({
      window: '申报时间：每月申报期为上月20日至本月19日。',
      provisional: '暂按上年',
    })
  })

  it('while suspended: since when, no 目前可自助核定, and 续保 instead of 缴费核定', () => {
    const l = registeredLines(registered({ status: 'SUSPENDED', suspendedFrom: '2026-10' }), region)
    expect(l.suspended).toBe('自2026年10月起停保。如需继续缴费，请先办理续保。')
    expect(l.allowed).toBeUndefined()
    expect(l.action).toBe('resume')
  })

  it('one’s own card says so while acting for someone else', () => {
    expect(assessLabel(true)).toBe('为本人缴费核定')
    expect(assessLabel(false)).toBe('去缴费核定')
  })
})

describe('首页 services and 长辈模式', () => {
  it('长辈模式 keeps the four main services', () => {
    expect(homeServices(true).map((s) => s.key)).toEqual(['register', 'assess', 'records', 'suspend'])
    expect(homeServices(false).map((s) => s.title)).toContain('代他人核定')
  })

  it('offers 长辈模式 once, to identified users of 50 and over by the server’s today', () => {
    const p = { identified: true, elderMode: false, elderOffered: false, birthDate: '1976-03-10', today: '2026-03-10' }
    expect(offerElder(p)).toBe(true)
    expect(offerElder({ ...p, today: '2026-03-09' })).toBe(false)
    expect(offerElder({ ...p, today: undefined })).toBe(false)
    expect(offerElder({ ...p, elderOffered: true })).toBe(false)
    expect(offerElder({ ...p, elderMode: true })).toBe(false)
    expect(offerElder({ ...p, identified: false })).toBe(false)
  })
})

describe('缴费提醒 and 消息', () => {
  it('a reminder leads to the cashier, 缴费年限 or 缴费核定', () => {
    const item = (kind: string, recordId?: string) => ({ kind, recordId, title: '', text: '' }) as ReminderItem
    expect(reminderTarget(item('AWAITING_PAYMENT', 'a1'))).toEqual({ route: Route.Cashier, params: { id: 'a1' } })
    expect(reminderTarget(item('YEARS_SHORT'))).toEqual({ route: Route.Years })
    expect(reminderTarget(item('NEXT_DUE'))).toEqual({ route: Route.Assess })
  })

  it('the subscribe button only on WeChat and Alipay, until every template is subscribed', () => {
    const list = { templateIds: ['t'], subscribed: [] as string[] }
    expect(subscribeOffer('h5', list)).toBe(false)
    expect(subscribeOffer('weapp', list)).toBe(true)
    expect(subscribeOffer('alipay', { ...list, subscribed: ['t'] })).toBe(false)
    expect(subscribeOffer('weapp', { templateIds: [], subscribed: [] })).toBe(false)
  })

  it('a message shows its kind and China time', () => {
    expect(messageHead({ kind: 'AGENT_ACT', at: '2026-09-15T02:05:00Z' })).toEqual({
      kind: '代办',
      at: '2026年9月15日 10:05',
    })
    expect(messageHead({ kind: 'OTHER', at: 'x' })).toEqual({ kind: '通知', at: 'x' })
  })
})

describe('办事, 办事指南, 隐私, 凭证核验', () => {
  it('办事 words the base choice from the user’s own region once known', () => {
    expect(ownRegion({ registered: true, region: '120000' } as RegistrationStatus)).toBe('120000')
    expect(ownRegion({ registered: false, region: null } as unknown as RegistrationStatus)).toBeUndefined()
    expect(serviceText('assess', '120000')).toBe(assessExplanation('120000'))
    expect(serviceText('assess', undefined)).toContain('因参保地而不同')
    expect(serviceText('register', '120000')).toContain('不受户籍限制')
    expect(guideParams('120000')).toEqual({ region: '120000' })
    expect(guideParams(undefined)).toEqual({})
  })

  it('the guide opens on the region asked for when it has one, else the first; quotes are marked', () => {
    const first = listGuides()[0].region
    expect(initialRegion('120000')).toBe('120000')
    expect(initialRegion('999999')).toBe(first)
    expect(initialRegion(undefined)).toBe(first)
    expect(SECTIONS.map((s) => s.id)).toContain('guide-contribution')
    expect(shownLines([{ text: '原话', quote: true, ref: '第三条' }, { text: '' }, { text: '说明' }])).toEqual([
      { text: '原话', mark: '原文（第三条）：' },
      { text: '说明', mark: undefined },
    ])
  })

  it('privacy: every section has a title and text', () => {
    expect(privacySections.map((s) => s.title)).toContain('用户协议')
    for (const s of privacySections) expect(s.paragraphs.length).toBeGreaterThan(0)
  })

  it('a voucher number: trimmed and capitalised; anything else is refused before asking', () => {
    expect(readVoucherNo(' pz20260915ab12 ')).toEqual({ ok: true, voucherNo: 'PZ20260915AB12' })
    expect(readVoucherNo('PZ123')).toEqual({ ok: false })
    expect(readVoucherNo('XX20260915AB12')).toEqual({ ok: false })
  })
})
