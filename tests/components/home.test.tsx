// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { http } from '@/api/client'
import { clearQueries } from '@/query/cache'
import Home from '@/tabs/home/index'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  // answers are cached for the session: every test starts from none
  clearQueries(['app', 'account', 'person'])
})

describe('Home page', () => {
  it('shows the live status from the health endpoint', async () => {
    vi.spyOn(http, 'get').mockResolvedValue({
      data: { status: 'ok', service: 's', version: '1', today: '2026-03-10', database: 'sqlite' },
    })
    render(<Home />)
    await waitFor(() => expect(screen.getByText(/今天是 2026年3月10日/)).toBeTruthy())
    expect(screen.getByText('参保登记')).toBeTruthy()
  })

  it('shows the error with a retry when the answer is malformed', async () => {
    vi.spyOn(http, 'get').mockResolvedValue({ data: { status: 'down' } })
    render(<Home />)
    await waitFor(() => expect(screen.getByText(/服务返回的数据有误/)).toBeTruthy())
  })
})
