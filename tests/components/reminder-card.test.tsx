// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http } from '@/api/client'
import { clearQueries } from '@/query/cache'
import { ReminderCard, subscribeResults } from '@/features/home/ReminderCard'
import { REGION_RULE_SETS } from '@/domain'
import { remindersFor } from '@/domain/insights'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  // answers are cached for the session: every test starts from none
  clearQueries(['app', 'account', 'person'])
})

/**
 * The reminders of a 天津 person on 2026-12-02, as the engine (and so the server) gives them; a day of its own
 * (not the shared TODAY of tests/support/today.ts), the one the tests/domain/insights.test.ts reminders use.
 */
function tianjinReminders() {
  const r = remindersFor(
    {
      today: '2026-12-02',
      birthDate: '1990-01-01',
      retirementCategory: 'M60',
      rules: REGION_RULE_SETS.TJ2026,
      records: [],
    },
    '2026-12',
  )
  if (!r.ok) throw new Error('engine')
  return r.value
}

describe('ReminderCard', () => {
  it('shows the next unpaid month and the 天津 declaration window from the reminders endpoint', async () => {
    const items = tianjinReminders()
    vi.spyOn(http, 'get').mockResolvedValue({
      data: { registered: true, items, templateIds: [], subscribed: [] },
    })
    render(<ReminderCard />)
    await waitFor(() => expect(screen.getByText('缴费提醒')).toBeTruthy())
    expect(screen.getByText(items[0].text)).toBeTruthy()
    expect(screen.getByText(items[1].text)).toBeTruthy()
    expect(items[1].text).toContain('2026年12月19日')
    // H5 has no subscribe messages
    expect(screen.queryByText('开启缴费提醒')).toBeNull()
  })

  it('renders nothing for a person who is not registered', async () => {
    const get = vi.spyOn(http, 'get').mockResolvedValue({
      data: { registered: false, items: [], templateIds: [], subscribed: [] },
    })
    const { container } = render(<ReminderCard />)
    await waitFor(() => expect(get).toHaveBeenCalled())
    expect(container.textContent).toBe('')
  })

  it('on WeChat asks for the subscription and records the answer on the server', async () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      vi.spyOn(http, 'get').mockResolvedValue({
        data: { registered: true, items: tianjinReminders(), templateIds: ['zjb-due-reminder'], subscribed: [] },
      })
      const ask = vi.fn().mockResolvedValue({ 'zjb-due-reminder': 'accept', errMsg: 'requestSubscribeMessage:ok' })
      ;(Taro as unknown as Record<string, unknown>).requestSubscribeMessage = ask
      const post = vi.spyOn(http, 'post').mockResolvedValue({ data: { ok: true, subscribed: ['zjb-due-reminder'] } })
      render(<ReminderCard />)
      await waitFor(() => expect(screen.getByText('开启缴费提醒')).toBeTruthy())
      fireEvent.click(screen.getByText('开启缴费提醒'))
      await waitFor(() => expect(screen.getByText('已开启缴费提醒。')).toBeTruthy())
      expect(ask).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['zjb-due-reminder'] }))
      expect(post).toHaveBeenCalledWith(
        '/reminders/subscriptions',
        { channel: 'weapp', results: [{ templateId: 'zjb-due-reminder', status: 'accept' }] },
        expect.not.objectContaining({ forPerson: true }),
      )
    } finally {
      process.env.TARO_ENV = env
    }
  })

  it('on Alipay asks through my.requestSubscribeMessage (entityIds)', async () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'alipay'
    const g = globalThis as unknown as { my?: unknown }
    try {
      vi.spyOn(http, 'get').mockResolvedValue({
        data: { registered: true, items: tianjinReminders(), templateIds: ['zjb-due-reminder'], subscribed: [] },
      })
      const ask = vi.fn((o: { entityIds: string[]; success: (r: unknown) => void }) =>
        o.success({ behavior: 'subscribe', result: { subscribeEntityIds: o.entityIds, unsubscribedEntityIds: [] } }),
      )
      g.my = { requestSubscribeMessage: ask }
      const post = vi.spyOn(http, 'post').mockResolvedValue({ data: { ok: true, subscribed: ['zjb-due-reminder'] } })
      render(<ReminderCard />)
      await waitFor(() => expect(screen.getByText('开启缴费提醒')).toBeTruthy())
      fireEvent.click(screen.getByText('开启缴费提醒'))
      await waitFor(() => expect(screen.getByText('已开启缴费提醒。')).toBeTruthy())
      expect(ask.mock.calls[0][0].entityIds).toEqual(['zjb-due-reminder'])
      expect(post).toHaveBeenCalledWith(
        '/reminders/subscriptions',
        { channel: 'alipay', results: [{ templateId: 'zjb-due-reminder', status: 'accept' }] },
        expect.not.objectContaining({ forPerson: true }),
      )
    } finally {
      process.env.TARO_ENV = env
      delete g.my
    }
  })

  it('reads both platforms’ answers', () => {
    expect(subscribeResults(['a', 'b'], { a: 'accept', b: 'reject' })).toEqual([
      { templateId: 'a', status: 'accept' },
      { templateId: 'b', status: 'reject' },
    ])
    expect(
      subscribeResults(['a', 'b'], { result: { subscribeEntityIds: ['b'], unsubscribedEntityIds: ['a'] } }),
    ).toEqual([
      { templateId: 'a', status: 'reject' },
      { templateId: 'b', status: 'accept' },
    ])
  })
})
