/**
 * One way to send a write: `useSubmit(action, { invalidates })`.
 *
 *   const create = useSubmit((body: AssessBody, key) => api.createAssessment(body, key), { invalidates: PERSON_DATA })
 *   const record = await create.run(body)      // undefined when refused: create.error says why
 *
 * It owns the idempotency key: one key per submission, reused when the same submission is sent again
 * (a retry after a timeout, a lost answer, a double tap), so the server creates nothing twice; a submission
 * with other content, or any submission after a success, gets a new key. A second `run` while one is under
 * way returns that one's promise instead of sending again.
 */
import { useCallback, useRef, useState } from 'react'
import { newIdempotencyKey } from '@/api/endpoints'
import { currentPersonRef, toApiError, type ApiError } from '@/api/client'
import { invalidate } from './cache'

/** The key for a submission: the same as last time when the content is the same and it did not succeed. */
export class SubmissionKeys {
  private last?: { content: string; key: string }

  keyFor(content: unknown): string {
    const c = JSON.stringify(content ?? null)
    if (!this.last || this.last.content !== c) this.last = { content: c, key: newIdempotencyKey() }
    return this.last.key
  }

  /** After a success: the next submission is a new one, even with the same content. */
  done() {
    this.last = undefined
  }
}

export interface Submit<A, T> {
  run: (args: A) => Promise<T | undefined>
  pending: boolean
  error?: ApiError
  clearError: () => void
}

export function useSubmit<A, T>(
  action: (args: A, idempotencyKey: string) => Promise<T>,
  opts: { invalidates?: readonly string[] } = {},
): Submit<A, T> {
  const keys = useRef(new SubmissionKeys())
  const running = useRef<Promise<T | undefined>>()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ApiError>()
  const invalidates = (opts.invalidates ?? []).join(',')

  const run = useCallback(
    (args: A) => {
      if (running.current) return running.current
      // the person acted for is part of the submission: the same form for another person is another one
      const key = keys.current.keyFor({ args, person: currentPersonRef() })
      setPending(true)
      setError(undefined)
      const p = action(args, key).then(
        (result) => {
          keys.current.done()
          if (invalidates) invalidate(...invalidates.split(','))
          return result
        },
        (e: unknown) => {
          setError(toApiError(e))
          return undefined
        },
      )
      running.current = p.finally(() => {
        running.current = undefined
        setPending(false)
      })
      return running.current
    },
    [action, invalidates],
  )

  return { run, pending, error, clearError: useCallback(() => setError(undefined), []) }
}
