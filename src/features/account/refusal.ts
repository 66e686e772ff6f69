/** Refusals as the features show them: the server's words, plus what a page adds (the tries left). */
import { ApiError } from '@/api/client'

/** The server's refusal, with the tries left when it says how many. */
export function withAttemptsLeft(e: ApiError): ApiError {
  const left = e.detail?.attemptsLeft
  if (typeof left !== 'number') return e
  const message = `${e.message}还可再试${left}次。`
  return new ApiError(e.code, message, e.status, e.detail, [{ code: e.code, message, detail: e.detail }])
}

/** A refusal made on this device (nothing was sent). */
export function localProblem(code: string, message: string): ApiError {
  return new ApiError(code, message, 0, {}, [{ code, message, detail: {} }])
}
