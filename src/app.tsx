import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import './app.css'

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
  })
  return children
}

export default App
