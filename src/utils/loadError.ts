import { ApiError } from '@/api/client'

/**
 * A failed first load, worded for a page where nothing has been typed yet: the network messages' "您填写的
 * 内容已保留" is true of a form, not of a page that could not load.
 */
export function loadErrorOf(e: ApiError | undefined): ApiError | undefined {
  if (!e) return e
  const strip = (m: string) => m.replace(/\s*您填写的内容已保留。?/g, '')
  if (strip(e.message) === e.message) return e
  return new ApiError(
    e.code,
    strip(e.message),
    e.status,
    e.detail,
    e.problems.map((p) => ({ ...p, message: strip(p.message) })),
  )
}
