/**
 * The hot statements (every signed-in request's session, a quote's and a create's reads and writes) compiled
 * ONCE: Kysely builds and compiles a query at every run, which was about a fifth of a create's CPU on SQLite.
 * `once` compiles a statement's shape the first time it runs (on each database engine) and afterwards only binds
 * the new values, so the query builder stays the one way statements are written.
 *
 * `params` are the statement's values in the order the built query uses them. That is checked on the first run:
 * a shape whose compiled parameters are not exactly `params` is never cached (it runs built, every time), so a
 * wrong `params` costs speed, never a wrong statement. A shape names one fixed statement: an insert's shape
 * includes its column list (insertShape).
 *
 * Plugins (the statement counting of the tests and benchmarks) see every run: a cached one is handed to the
 * executor's transformQuery as well (its result is not used: no plugin of ours changes a query).
 */
import { createQueryId, type Compilable, type CompiledQuery, type QueryResult, type RawBuilder } from 'kysely'
import type { Executor } from './db'

const cache = new WeakMap<object, Map<string, CompiledQuery>>()

/** Runs the statement `shape` with `params`; `build` (the Kysely query with these values) only when not cached. */
export async function once<R>(
  db: Executor,
  shape: string,
  params: readonly unknown[],
  /** a query builder, or a raw sql`` statement (compiled against `db`) */
  build: () => Compilable<R> | RawBuilder<R>,
): Promise<QueryResult<R>> {
  const executor = db.getExecutor()
  let byShape = cache.get(executor.adapter)
  if (!byShape) cache.set(executor.adapter, (byShape = new Map()))
  const compiled = byShape.get(shape) as CompiledQuery<R> | undefined
  if (!compiled) {
    const fresh = (build() as { compile(executorProvider: Executor): CompiledQuery<R> }).compile(db)
    if (sameValues(fresh.parameters, params)) byShape.set(shape, fresh)
    return db.executeQuery(fresh)
  }
  const queryId = createQueryId()
  executor.transformQuery(compiled.query, queryId)
  return executor.executeQuery<R>({ ...compiled, parameters: params, queryId })
}

/** The shape of an insert into `table` of a row with these columns (in this order). */
export const insertShape = (table: string, row: object) => `insert ${table} (${Object.keys(row).join(',')})`

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}
