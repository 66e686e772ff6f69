import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { H5Nav, anchorDeepLink, handlePageNotFound } from '@/components/H5Nav'
import './app.css'

const isH5 = process.env.TARO_ENV === 'h5'

// Registered when the module loads, before the router resolves the entry page (a cold start on a bad link).
if (isH5) Taro.onPageNotFound(handlePageNotFound)

/**
 * H5 only: tap targets are custom elements with role=button/link/tab/radio and tabIndex=0 (see
 * src/utils/a11y.ts); Enter and Space activate the focused one, as they would a native button.
 */
function enableKeyboardActivation() {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    const el = e.target as HTMLElement | null
    if (!el || el.tabIndex !== 0 || /^(INPUT|TEXTAREA|BUTTON|A)$/.test(el.tagName)) return
    if (!/^(button|link|tab|radio|checkbox|switch)$/.test(el.getAttribute('role') ?? '')) return
    e.preventDefault()
    el.click()
  })
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Stores hydrate themselves from Taro storage.
    enableKeyboardActivation()
    if (isH5) anchorDeepLink()
  })
  if (!isH5) return children
  // H5 has no navigation bar of its own: a back/home bar over the pages outside the tab bar.
  return (
    <>
      {children}
      <H5Nav />
    </>
  )
}

export default App
