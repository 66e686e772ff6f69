/** Restart keeps data: an app built again on the same DATA_DIR reads what the first one wrote. */
import { describe, expect, it } from 'vitest'
import { auth, makeApp, makeId, NX, person } from '../helpers'

describe('restart keeps data', () => {
  it('build on a dir, write, close, rebuild, read', async () => {
    const first = await makeApp()
    const t = await person(first.app, 'persist', '持久', makeId('640104', '1986-07-07', '071'), NX)
    const a = (
      await first.app.inject({
        method: 'POST',
        url: '/api/assessments',
        headers: auth(t),
        payload: { start: '2026-01', end: '2026-01', base: '60' },
      })
    ).json()
    await first.app.close()
    const second = await makeApp({ dir: first.dir })
    const r = await second.app.inject({ method: 'GET', url: `/api/assessments/${a.id}`, headers: auth(t) })
    expect(r.statusCode).toBe(200)
    expect(r.json().total).toBe(a.total)
    await second.app.close()
  })
})
