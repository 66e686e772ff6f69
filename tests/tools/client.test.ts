// @vitest-environment jsdom
/**
 * src/api/client.ts over Taro.request, with the answers each platform really gives: WeChat resolves a
 * 4xx with `statusCode`; Alipay rejects it with `status` and the body as a string; failures carry errMsg.
 * The server's own code and Chinese message must come through on both.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import Taro from '@tarojs/taro'
import { ApiError, configureAuth, http, unwrapBody } from '@/api/client'

const refusal = {
  ok: false,
  error: 'PERIOD_OVERLAP',
  message: '所选期间与已有核定记录有重叠月份。',
  detail: {},
  errors: [],
}
const answer = (fn: () => Promise<unknown>) =>
  vi.spyOn(Taro as any, 'request').mockImplementation(() => Object.assign(fn(), { abort() {} }) as any)

afterEach(() => vi.restoreAllMocks())

describe('api client', () => {
  it('parses a 2xx answer and sends the token', async () => {
    configureAuth(
      () => 'tok',
      () => {},
    )
    const spy = answer(() => Promise.resolve({ statusCode: 200, data: '{"ok":true}', header: {} }))
    const res = await http.get('/me', { params: { a: 1, b: undefined, c: 'x y' } })
    expect(res.data).toEqual({ ok: true })
    const opts = spy.mock.calls[0][0] as any
    expect(opts.url).toBe('/api/me?a=1&c=x%20y')
    expect(opts.header.Authorization).toBe('Bearer tok')
    expect(opts.dataType).toBe('text')
  })

  it('a DELETE without data still sends a JSON body (the server refuses empty JSON bodies)', async () => {
    const spy = answer(() => Promise.resolve({ statusCode: 200, data: '{"ok":true}' }))
    await http.delete('/agents/people/r1')
    expect(spy.mock.calls[0][0]).toMatchObject({ method: 'DELETE', data: '{}' })
  })

  it('WeChat: a 4xx (success with statusCode) becomes the server refusal', async () => {
    answer(() => Promise.resolve({ statusCode: 409, data: JSON.stringify(refusal), header: {} }))
    const err = await http.post('/assessments', {}).catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'PERIOD_OVERLAP', status: 409, message: refusal.message })
  })

  it('Alipay: a 4xx (fail with status and the body as a string) becomes the server refusal', async () => {
    answer(() =>
      Promise.reject({ error: 19, errorMessage: 'http status error', status: 409, data: JSON.stringify(refusal) }),
    )
    const err = await http.post('/assessments', {}).catch((e) => e)
    expect(err).toMatchObject({ code: 'PERIOD_OVERLAP', status: 409, message: refusal.message })
    expect(err.message).not.toContain('服务暂时不可用')
  })

  it('the failure object wrapping the body (my.request fail shape) is unwrapped too', () => {
    expect(unwrapBody({ error: 19, status: 409, data: JSON.stringify(refusal) })).toMatchObject({
      error: 'PERIOD_OVERLAP',
    })
  })

  it('401 signs out; a 500 without a body says the service is unavailable', async () => {
    const unauthorized = vi.fn()
    configureAuth(() => undefined, unauthorized)
    answer(() =>
      Promise.resolve({ statusCode: 401, data: '{"ok":false,"error":"UNAUTHORIZED","message":"请重新登录"}' }),
    )
    await http.get('/me').catch(() => undefined)
    expect(unauthorized).toHaveBeenCalledOnce()
    answer(() => Promise.reject({ error: 19, status: 502, data: '<html>bad gateway</html>' }))
    expect(await http.get('/me').catch((e) => e)).toMatchObject({
      code: 'HTTP_502',
      message: expect.stringContaining('服务暂时不可用'),
    })
  })

  it('network failure and timeout', async () => {
    answer(() => Promise.reject({ errMsg: 'request:fail ' }))
    expect(await http.get('/health').catch((e) => e)).toMatchObject({ code: 'NETWORK' })
    answer(() => Promise.reject({ errMsg: 'request:fail timeout' }))
    expect(await http.get('/health').catch((e) => e)).toMatchObject({ code: 'TIMEOUT' })
    answer(() => Promise.reject({ error: 13, errorMessage: '超时' }))
    expect(await http.get('/health').catch((e) => e)).toMatchObject({ code: 'TIMEOUT' })
  })
})
