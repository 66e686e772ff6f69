import Taro from '@tarojs/taro'
import { TabRoutes, type RoutePath } from '@/routes'

/** Navigate to a page of the route table; tab pages are switched to. Params must not carry personal data. */
export function go(route: RoutePath, params: Record<string, string | number> = {}) {
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  const url = `/${route}${query ? `?${query}` : ''}`
  if (TabRoutes.includes(route)) return Taro.switchTab({ url: `/${route}` })
  return Taro.navigateTo({ url })
}

/** Replace the current page (e.g. a finished form by its result). */
export function replace(route: RoutePath, params: Record<string, string | number> = {}) {
  if (TabRoutes.includes(route)) return Taro.switchTab({ url: `/${route}` })
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return Taro.redirectTo({ url: `/${route}${query ? `?${query}` : ''}` })
}
