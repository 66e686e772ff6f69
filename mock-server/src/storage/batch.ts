/**
 * PostgreSQL: the same statement of concurrent requests sent as ONE statement (a batch), so that a busy
 * instance pays one round trip, one parse of the answer and one statement start on the database for many
 * requests instead of one each — on a loaded machine those per-statement costs were most of a create's CPU.
 * Used for the hottest statements only: the session look-up of every signed-in request and the create's
 * snapshot and write (storage/accounts.ts, storage/creates.ts). SQLite (in-process, no round trip) and
 * statements inside a transaction are never batched.
 *
 * How a batch forms: an item waits for the end of the current turn of the event loop (setImmediate), so the
 * requests read from the network in one turn go together; while `concurrency` batches are on their way, new
 * items wait for one of them to come back, so the busier the instance, the larger the batches (at most `max`).
 * An idle instance sends a lone item one turn later than it would have (no timer, no added wait).
 *
 * `key`: items with the same key never share a batch (a create's write: one per person per statement); the
 * later one goes in a following batch, in arrival order.
 */

export interface BatchOptions<I> {
  /** items per statement at most */
  max: number
  /** batches on their way at once at most (the pool has 10 connections per instance) */
  concurrency: number
  /** items with equal keys go in different batches */
  key?: (item: I) => string
}

interface Waiting<I, O> {
  item: I
  resolve: (out: O) => void
  reject: (err: unknown) => void
}

export class Batcher<I, O> {
  private queue: Waiting<I, O>[] = []
  private scheduled = false
  private inFlight = 0
  /** batches sent and items in them (for the tests and benchmarks) */
  readonly stats = { batches: 0, items: 0, largest: 0 }

  /** `run` answers the items of one batch, in their order (one output per item), or throws for all of them. */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly opts: BatchOptions<I>,
  ) {}

  load(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject })
      this.schedule()
    })
  }

  private schedule() {
    if (this.scheduled || this.inFlight >= this.opts.concurrency || this.queue.length === 0) return
    this.scheduled = true
    setImmediate(this.flush)
  }

  private readonly flush = () => {
    this.scheduled = false
    while (this.queue.length > 0 && this.inFlight < this.opts.concurrency) this.send(this.take())
  }

  /** The next batch: the oldest items, at most `max`, none with the key of an earlier one in it. */
  private take(): Waiting<I, O>[] {
    const { key, max } = this.opts
    if (!key) return this.queue.splice(0, max)
    const batch: Waiting<I, O>[] = []
    const rest: Waiting<I, O>[] = []
    const keys = new Set<string>()
    for (const w of this.queue) {
      const k = key(w.item)
      if (batch.length < max && !keys.has(k)) {
        keys.add(k)
        batch.push(w)
      } else rest.push(w)
    }
    this.queue = rest
    return batch
  }

  private send(batch: Waiting<I, O>[]) {
    this.inFlight++
    this.stats.batches++
    this.stats.items += batch.length
    this.stats.largest = Math.max(this.stats.largest, batch.length)
    let outs: Promise<O[]>
    try {
      outs = this.run(batch.map((w) => w.item))
    } catch (err) {
      outs = Promise.reject(err)
    }
    outs
      .then(
        (results) => {
          if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${results.length}`)
          batch.forEach((w, i) => w.resolve(results[i]))
        },
        (err: unknown) => batch.forEach((w) => w.reject(err)),
      )
      .catch((err: unknown) => batch.forEach((w) => w.reject(err)))
      .finally(() => {
        this.inFlight--
        this.schedule()
      })
  }
}

const byDatabase = new WeakMap<object, Map<string, Batcher<unknown, unknown>>>()

/** The batchers of the database whose executor is `owner`, by name, with their counts (benchmarks, tests). */
export function batchStats(owner: object): Record<string, Batcher<unknown, unknown>['stats']> {
  return Object.fromEntries([...(byDatabase.get(owner) ?? new Map())].map(([name, b]) => [name, { ...b.stats }]))
}

/**
 * The batcher `name` of the database whose executor is `owner` (one per database and statement), made by
 * `make` the first time.
 */
export function batcherOf<I, O>(owner: object, name: string, make: () => Batcher<I, O>): Batcher<I, O> {
  let all = byDatabase.get(owner)
  if (!all) byDatabase.set(owner, (all = new Map()))
  let b = all.get(name) as Batcher<I, O> | undefined
  if (!b) all.set(name, (b = make()) as Batcher<unknown, unknown>)
  return b
}
