/**
 * H5 only: a small navigation bar over every page outside the tab bar (mini-programs have the platform's own).
 * It offers 返回 when there is an earlier page of the app to go back to, and 首页 otherwise (after a deep
 * link or a reload, the browser's back would leave the app). Mounted once by src/app.tsx, so no page has to
 * remember it; it follows the router's events and shows the page's title.
 *
 * An unknown route (a mistyped or outdated link) does not leave the previous page up: the app goes to 首页
 * and says so.
 */
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Route, TabRoutes, type RoutePath } from '@/routes'
import { usePrefs } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import './H5Nav.css'

/** The route path of the page being shown, from the hash (`#/pages/x/index?…`). */
export function currentRoutePath(): string {
  const hash = typeof location === 'undefined' ? '' : location.hash
  return hash.replace(/^#\/?/, '').split('?')[0]
}

/** Whether the H5 nav bar belongs on this route: known pages outside the tab bar. */
export function showsNav(path: string): boolean {
  if (!path) return false
  return !TabRoutes.includes(path as RoutePath) && (Object.values(Route) as string[]).includes(path)
}

function inAppHistory(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 0
  }
}

export function H5Nav() {
  const [path, setPath] = useState(currentRoutePath())
  const [title, setTitle] = useState('')
  const [depth, setDepth] = useState(0)
  const elder = usePrefs((s) => s.elderMode)

  useEffect(() => {
    const update = () => {
      setPath(currentRoutePath())
      setDepth(inAppHistory())
      // Taro sets document.title from the page config once the page is shown
      setTimeout(() => setTitle(document.title), 0)
    }
    update()
    const events = ['__afterTaroRouterChange', '__taroRouterChange']
    events.forEach((e) => Taro.eventCenter.on(e, update))
    window.addEventListener('popstate', update)
    window.addEventListener('hashchange', update)
    const titleObserver = new MutationObserver(() => setTitle(document.title))
    const head = document.querySelector('title')
    if (head) titleObserver.observe(head, { childList: true })
    return () => {
      events.forEach((e) => Taro.eventCenter.off(e, update))
      window.removeEventListener('popstate', update)
      window.removeEventListener('hashchange', update)
      titleObserver.disconnect()
    }
  }, [])

  const shown = showsNav(path)
  useEffect(() => {
    document.body.classList.toggle('with-h5-nav', shown)
    document.body.classList.toggle('with-h5-nav-elder', shown && elder)
    // the tab bar lives outside the pages: it reads elder mode from the body
    document.body.classList.toggle('elder-mode', elder)
  }, [shown, elder])
  if (!shown) return null

  const canGoBack = depth > 1
  const back = () => {
    if (canGoBack) void Taro.navigateBack()
    else void Taro.switchTab({ url: `/${Route.Home}` })
  }
  const home = () => void Taro.switchTab({ url: `/${Route.Home}` })

  // Portalled to <body>: Taro's router owns the children of #app (its last child is taken for the page).
  return createPortal(
    <View className={`h5-nav ${elder ? 'h5-nav-elder' : ''}`} id="h5-nav" {...a11y('region', '页面导航')}>
      <View
        className="h5-nav-btn"
        id={canGoBack ? 'nav-back' : 'nav-home'}
        onClick={back}
        {...a11y('button', canGoBack ? '返回上一页' : '返回首页')}
      >
        <Text aria-hidden="true">‹ </Text>
        <Text>{canGoBack ? '返回' : '首页'}</Text>
      </View>
      <Text className="h5-nav-title" {...a11y('heading', undefined, 1)}>
        {title}
      </Text>
      {canGoBack ? (
        <View className="h5-nav-btn h5-nav-end" id="nav-home" onClick={home} {...a11y('button', '返回首页')}>
          <Text>首页</Text>
        </View>
      ) : (
        <View className="h5-nav-end-space" />
      )}
    </View>,
    document.body,
  )
}

/**
 * A cold start on a page outside the tab bar (a shared link, a bookmark): put 首页 beneath it in the browser's
 * history, so that the browser's back goes to 首页 instead of leaving the app.
 */
export function anchorDeepLink() {
  const path = currentRoutePath()
  if (!showsNav(path) || window.history.length > 2) return
  const target = location.hash
  window.history.replaceState(window.history.state, '', `#/${Route.Home}`)
  window.history.pushState(window.history.state, '', target)
}

/** Unknown route: go to 首页 (the previous page must not stay up as if it were the answer) and say why. */
export function handlePageNotFound() {
  // Only when the address still names an unknown page (the router also resolves '/' on the way to 首页,
  // and the user may have moved on meanwhile).
  setTimeout(() => {
    const path = currentRoutePath()
    if (!path || (Object.values(Route) as string[]).includes(path)) return
    void Taro.reLaunch({ url: `/${Route.Home}` }).then(() =>
      Taro.showToast({ title: '您打开的页面不存在，已返回首页', icon: 'none', duration: 3000 }),
    )
  }, 0)
}
