/**
 * The batcher of PostgreSQL's hottest statements (mock-server/src/storage/batch.ts): the items of one turn of
 * the event loop go as one batch, in order; equal keys never share a batch; at most `concurrency` batches are
 * on their way, and what waits meanwhile goes together; a failing batch fails its own items only.
 */
import { describe, expect, it } from 'vitest'
import { Batcher } from '../../../mock-server/src/storage/batch'

const turn = () => new Promise((r) => setImmediate(r))

/** A batcher that records its batches and answers each item doubled, after `hold` is released. */
function recorder(opts: { max?: number; concurrency?: number; key?: (n: number) => string } = {}) {
  const batches: number[][] = []
  const releases: (() => void)[] = []
  let manual = false
  const b = new Batcher<number, number>(
    async (items) => {
      batches.push(items)
      if (manual) await new Promise<void>((r) => releases.push(r))
      return items.map((n) => n * 2)
    },
    { max: opts.max ?? 50, concurrency: opts.concurrency ?? 2, key: opts.key },
  )
  return {
    b,
    batches,
    releases,
    hold: () => {
      manual = true
    },
  }
}

describe('Batcher', () => {
  it('items loaded in one turn go as one batch, each answered with its own result', async () => {
    const { b, batches } = recorder()
    const out = await Promise.all([1, 2, 3, 4].map((n) => b.load(n)))
    expect(out).toEqual([2, 4, 6, 8])
    expect(batches).toEqual([[1, 2, 3, 4]])
    expect(b.stats).toEqual({ batches: 1, items: 4, largest: 4 })
  })

  it('a lone item is sent at the end of the turn (no timer): answered within a few turns', async () => {
    const { b } = recorder()
    let done = false
    void b.load(7).then(() => (done = true))
    for (let i = 0; i < 5 && !done; i++) await turn()
    expect(done).toBe(true)
  })

  it('at most `max` items per batch, the oldest first', async () => {
    const { b, batches } = recorder({ max: 3, concurrency: 10 })
    await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => b.load(n)))
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]])
  })

  it('items with equal keys never share a batch; the later one follows, in arrival order', async () => {
    const { b, batches } = recorder({ key: (n) => String(n % 10) })
    const out = await Promise.all([1, 11, 2, 21, 3].map((n) => b.load(n)))
    expect(out).toEqual([2, 22, 4, 42, 6])
    expect(batches).toEqual([[1, 2, 3], [11], [21]])
    for (const batch of batches) expect(new Set(batch.map((n) => n % 10)).size).toBe(batch.length)
  })

  it('at most `concurrency` batches on their way; what arrives meanwhile waits and goes together', async () => {
    const r = recorder({ concurrency: 1 })
    r.hold()
    const first = r.b.load(1)
    await turn()
    expect(r.batches).toEqual([[1]])
    const rest = [2, 3, 4].map((n) => r.b.load(n))
    await turn()
    await turn()
    // the first batch is still on its way: nothing else was sent
    expect(r.batches).toEqual([[1]])
    r.releases.shift()!()
    expect(await first).toBe(2)
    while (r.batches.length < 2) await turn()
    r.releases.shift()!()
    expect(await Promise.all(rest)).toEqual([4, 6, 8])
    expect(r.batches).toEqual([[1], [2, 3, 4]])
  })

  it('a batch that fails fails its own items only; the next batch runs', async () => {
    let calls = 0
    const b = new Batcher<number, number>(
      async (items) => {
        if (calls++ === 0) throw Object.assign(new Error('boom'), { code: '57014' })
        return items
      },
      { max: 2, concurrency: 1 },
    )
    const results = await Promise.allSettled([1, 2, 3].map((n) => b.load(n)))
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled'])
    expect((results[0] as PromiseRejectedResult).reason.code).toBe('57014')
    expect((results[2] as PromiseFulfilledResult<number>).value).toBe(3)
  })

  it('a batch answered with the wrong number of results fails its items (never a result given to the wrong one)', async () => {
    const b = new Batcher<number, number>(async (items) => items.slice(1), { max: 10, concurrency: 1 })
    const results = await Promise.allSettled([1, 2].map((n) => b.load(n)))
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
  })
})
