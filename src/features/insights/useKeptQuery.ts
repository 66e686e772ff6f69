/**
 * A query whose arguments the user changes (测算 assumptions, a declared wage): while the new answer loads, or
 * when it is refused, the last good answer stays on screen with the refusal next to it. Coming to a set of
 * arguments whose earlier try failed tries again.
 */
import { useEffect, useState } from 'react'
import { keyOf, useQuery, type Query } from '@/query/cache'

export function useKeptQuery<T, A>(query: (args: A) => Query<T>, args: A) {
  const q = query(args)
  const result = useQuery(q)
  const key = keyOf(q)
  const [kept, setKept] = useState<{ data: T; args: A }>()
  const { data, error, reload } = result

  useEffect(() => {
    if (data !== undefined) setKept({ data, args })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `args` belong to `key`
  }, [data, key])
  // an earlier failure of these arguments is not final: ask again when they are asked for again
  useEffect(() => {
    if (error) void reload()
    // only when the arguments change, not when this try fails
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return {
    /** the answer for these arguments, else the last good one */
    data: data ?? kept?.data,
    /** the arguments of the answer shown */
    shownArgs: data !== undefined ? args : kept?.args,
    /** the arguments' own answer has arrived (not just the kept one) */
    current: data !== undefined,
    error,
    loading: result.loading,
    reload,
  }
}
