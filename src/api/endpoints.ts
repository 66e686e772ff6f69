/**
 * The typed endpoint table: one function per backend endpoint the app calls, with a runtime check
 * of every answer (a malformed answer becomes BAD_RESPONSE instead of a crash deep in a page).
 */
import { ApiError, get } from './client'
import { messageFor } from './messages'

export interface Health {
  status: 'ok'
  service: string
  version: string
  today: string
  database: string
}

function check<T>(value: unknown, ok: (v: any) => boolean): T {
  if (!ok(value)) throw new ApiError('BAD_RESPONSE', messageFor('BAD_RESPONSE'))
  return value as T
}

export const api = {
  health: async (): Promise<Health> =>
    check<Health>(await get('/health'), (v) => v && v.status === 'ok' && /^\d{4}-\d{2}-\d{2}$/.test(v.today)),
}
