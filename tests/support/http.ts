/**
 * One JSON call to the backend for arranging test state (browser and mini-program tests). Throws on a
 * non-2xx answer with the method, path, status and body. Uses the global fetch at call time: mini-program
 * tests call it before their harness removes fetch.
 */
export async function callApi<T = any>(
  origin: string,
  method: string,
  url: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await fetch(origin + url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(json)}`)
  return json as T
}
