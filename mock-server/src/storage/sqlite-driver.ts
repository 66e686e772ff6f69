/**
 * The SQLite driver behind Kysely (replaces Kysely's SqliteDriver; the storage comment in db.ts says why):
 *   - TWO better-sqlite3 connections on the one file: the WRITER (every write, every transaction) and a READER
 *     (`query_only`) for the statements outside a transaction that only read. WAL lets the reader read the last
 *     committed state while the writer works, so a read never queues behind a write transaction;
 *   - a prepared statement per SQL text on each connection (StatementCache), instead of a prepare per query;
 *   - GROUP COMMIT on the writer: members (write transactions and plain writes) take the writer one at a time,
 *     in arrival order. The first opens an outer transaction (BEGIN IMMEDIATE: the write lock, with the bounded
 *     busy wait); each member runs inside its own SAVEPOINT — a member that fails is rolled back to it, its
 *     neighbours' work stays. When a member ends and another is waiting, the writer passes to it within the same
 *     outer transaction (up to `maxBatch` members); when none waits, ONE COMMIT (one WAL fsync) ends the batch
 *     and only then are its members answered, so an acknowledged write is durable (synchronous=FULL). If the
 *     COMMIT fails, or SQLite itself rolls back the outer transaction (an error that ends the whole
 *     transaction), every member of the batch fails with that error and nothing of the batch is kept.
 *     The reader never sees a batch's work before its COMMIT; a request that has been answered was committed
 *     before its next read starts (read-your-writes holds).
 * Busy (another process holds the write lock): BEGIN IMMEDIATE and reads are tried again with the event loop
 * free in between (busy_timeout itself is short), until `waitMs` after the member started waiting; then the
 * SQLITE_BUSY error goes up (503 DB_BUSY).
 */
import SQLite from 'better-sqlite3'
import { SelectQueryNode, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult } from 'kysely'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** SQLITE_BUSY / SQLITE_LOCKED (and their extended codes): another connection holds a lock. */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

/**
 * Prepared statements of one better-sqlite3 connection, one per SQL text, the least recently used dropped beyond
 * `max` (Kysely's SqliteDriver prepares every query afresh: ~12 % of a create's CPU).
 */
export class StatementCache {
  private readonly map = new Map<string, SQLite.Statement>()

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly max = 200,
  ) {}

  get(text: string): SQLite.Statement {
    let stmt = this.map.get(text)
    if (stmt) {
      this.map.delete(text)
    } else {
      stmt = this.sqlite.prepare(text)
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string)
    }
    this.map.set(text, stmt)
    return stmt
  }
}

/** Runs a compiled query on a statement as Kysely's SqliteConnection does (a reader: all(), else run()). */
function runStatement<R>(stmt: SQLite.Statement, q: CompiledQuery): QueryResult<R> {
  const params = q.parameters as unknown[]
  if (stmt.reader) return { rows: stmt.all(params) as R[] }
  const { changes, lastInsertRowid } = stmt.run(params)
  return {
    numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
    insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
    rows: [],
  }
}

/** A first-come, first-served lock (the writer is held by one member at a time, in arrival order). */
class FifoLock {
  private held = false
  private readonly queue: (() => void)[] = []

  get waiting(): number {
    return this.queue.length
  }

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve()
    }
    return new Promise((resolve) => this.queue.push(resolve))
  }

  /** Hands the lock to the next in line (it stays held), or frees it. */
  release(): void {
    const next = this.queue.shift()
    if (next) next()
    else this.held = false
  }
}

/** The members of one outer transaction, answered at its COMMIT. */
interface Batch {
  members: { resolve(): void; reject(err: unknown): void }[]
  /** SQLite ended the outer transaction itself (this error): the batch can only fail */
  failed?: unknown
}

export interface GroupCommitOptions {
  /** how long a member may wait for a lock held by another process (DB_BUSY_WAIT_MS) */
  waitMs: number
  /** the most members in one outer transaction */
  maxBatch?: number
}

export class GroupCommitDriver implements Driver {
  private readonly lock = new FifoLock()
  private readonly writes: StatementCache
  private readonly reads: StatementCache
  private readonly control: Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'undo', SQLite.Statement>
  private batch: Batch | undefined
  /** destroy() was called: every batch commits at once (destroy must not join one) */
  private closing = false
  private readonly maxBatch: number
  /** batches committed and the members they carried (tests and the benchmark read them) */
  readonly stats = { batches: 0, members: 0 }

  constructor(
    private readonly writer: SQLite.Database,
    private readonly reader: SQLite.Database,
    private readonly opts: GroupCommitOptions,
  ) {
    this.writes = new StatementCache(writer)
    this.reads = new StatementCache(reader)
    this.maxBatch = Math.max(1, opts.maxBatch ?? 64)
    this.control = {
      begin: writer.prepare('begin immediate'),
      commit: writer.prepare('commit'),
      rollback: writer.prepare('rollback'),
      savepoint: writer.prepare('savepoint member'),
      release: writer.prepare('release member'),
      undo: writer.prepare('rollback to member'),
    }
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GroupConnection(this)
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as GroupConnection).begin()
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as GroupConnection).commit()
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    ;(connection as GroupConnection).rollback()
  }

  async releaseConnection(): Promise<void> {}

  /** Closes both connections once the writer is free (the open batch and the members already waiting end first). */
  async destroy(): Promise<void> {
    this.closing = true
    await this.lock.acquire()
    if (this.reader.open) this.reader.close()
    if (this.writer.open) this.writer.close()
    this.lock.release()
  }

  // ── the writer ──────────────────────────────────────────────────────────────────────────────

  /** Takes the writer for a member: in the open batch, else in a new one (BEGIN IMMEDIATE, bounded busy wait). */
  async enter(): Promise<void> {
    const started = Date.now()
    await this.lock.acquire()
    try {
      if (!this.batch) {
        await this.beginImmediate(started)
        this.batch = { members: [] }
      }
      this.control.savepoint.run()
    } catch (err) {
      this.next()
      throw err
    }
  }

  private async beginImmediate(started: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.control.begin.run()
        return
      } catch (err) {
        if (!isBusyError(err) || Date.now() - started >= this.opts.waitMs) throw err
        await sleep(Math.min(200, 20 * attempt) + Math.random() * 20)
      }
    }
  }

  /** A statement of the member holding the writer. */
  inMember<R>(q: CompiledQuery): QueryResult<R> {
    const batch = this.batch
    // SQLite ended the outer transaction: nothing more may run (it would be committed on its own)
    if (!batch || batch.failed !== undefined) throw batch?.failed ?? new Error('no open transaction')
    try {
      return runStatement<R>(this.writes.get(q.sql), q)
    } catch (err) {
      if (!this.writer.inTransaction) batch.failed = err
      throw err
    }
  }

  /** The member's work stays in the batch; resolves once the batch is committed (durable), rejects if it is not. */
  async keep(): Promise<void> {
    const batch = this.batch as Batch
    try {
      if (batch.failed !== undefined) throw batch.failed
      this.control.release.run()
    } catch (err) {
      this.undo()
      throw err
    }
    const committed = new Promise<void>((resolve, reject) => batch.members.push({ resolve, reject }))
    this.next()
    return committed
  }

  /** The member's work is undone (back to its savepoint); its neighbours' stays. */
  undo(): void {
    const batch = this.batch as Batch
    if (batch.failed === undefined) {
      if (this.writer.inTransaction) {
        try {
          this.control.undo.run()
          this.control.release.run()
        } catch (err) {
          batch.failed = err
        }
      } else {
        batch.failed = new Error('the transaction was rolled back')
      }
    }
    this.next()
  }

  /**
   * After a member: the writer passes to the next waiting member in the same batch, or the batch commits. With
   * no one waiting, the batch lingers for one turn of the event loop (setImmediate: the requests already read
   * from their sockets get to run and join it) before it commits; the writer stays held meanwhile.
   */
  private next(linger = true): void {
    const batch = this.batch
    if (batch && batch.failed === undefined && !this.closing && batch.members.length < this.maxBatch) {
      if (this.lock.waiting > 0) {
        this.lock.release()
        return
      }
      if (linger && batch.members.length > 0) {
        setImmediate(() => this.next(false))
        return
      }
    }
    this.batch = undefined
    if (batch) this.close(batch)
    this.lock.release()
  }

  /** Ends the outer transaction: COMMIT and answer the members, or (failed) roll back and fail them all. */
  private close(batch: Batch): void {
    let error = batch.failed
    if (error === undefined) {
      try {
        this.control.commit.run()
      } catch (err) {
        error = err
      }
    }
    if (error !== undefined) {
      if (this.writer.inTransaction) {
        try {
          this.control.rollback.run()
        } catch {
          // the connection is unusable: the next BEGIN fails and says so
        }
      }
      for (const m of batch.members) m.reject(error)
      return
    }
    this.stats.batches++
    this.stats.members += batch.members.length
    for (const m of batch.members) m.resolve()
  }

  // ── outside a transaction ───────────────────────────────────────────────────────────────────

  /** A statement outside a transaction: a read on the reader; a write as a member of its own. */
  async outside<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    const read = this.readStatement(q.sql)
    if (read) return this.retrying(() => runStatement<R>(read, q))
    await this.enter()
    let result: QueryResult<R>
    try {
      result = this.inMember<R>(q)
    } catch (err) {
      this.undo()
      throw err
    }
    await this.keep()
    return result
  }

  /** The reader's statement for this SQL if it only reads (else undefined: the writer's). */
  private readStatement(text: string): SQLite.Statement | undefined {
    try {
      const stmt = this.reads.get(text)
      return stmt.readonly ? stmt : undefined
    } catch {
      return undefined // e.g. a table the reader cannot see yet: the writer decides
    }
  }

  /** A read that met a lock is tried again, with the event loop free in between, until waitMs. */
  private async retrying<R>(run: () => QueryResult<R>): Promise<QueryResult<R>> {
    const started = Date.now()
    for (let attempt = 1; ; attempt++) {
      try {
        return run()
      } catch (err) {
        if (!isBusyError(err) || Date.now() - started >= this.opts.waitMs) throw err
        await sleep(Math.min(200, 20 * attempt) + Math.random() * 20)
      }
    }
  }

  *stream<R>(q: CompiledQuery): Generator<QueryResult<R>> {
    if (!SelectQueryNode.is(q.query)) throw new Error('Sqlite driver only supports streaming of select queries')
    for (const row of this.reader.prepare(q.sql).iterate(q.parameters as unknown[])) yield { rows: [row as R] }
  }
}

/** One use of the database by Kysely: plain statements, or one transaction (a member of a batch). */
class GroupConnection implements DatabaseConnection {
  private state: 'plain' | 'member' | 'ended' = 'plain'

  constructor(private readonly driver: GroupCommitDriver) {}

  async begin(): Promise<void> {
    await this.driver.enter()
    this.state = 'member'
  }

  async commit(): Promise<void> {
    if (this.state !== 'member') throw new Error('no open transaction')
    this.state = 'ended'
    await this.driver.keep()
  }

  rollback(): void {
    if (this.state !== 'member') return // ended already (a failed commit was undone there)
    this.state = 'ended'
    this.driver.undo()
  }

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    if (this.state === 'member') return this.driver.inMember<R>(q)
    if (this.state === 'ended') throw new Error('the transaction has ended')
    return this.driver.outside<R>(q)
  }

  async *streamQuery<R>(q: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield* this.driver.stream<R>(q)
  }
}
