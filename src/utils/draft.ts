/**
 * Drafts of half-filled flows (UX.md "Nothing typed is lost"): what a person entered in 参保登记 or 缴费核定
 * is kept in Taro storage per flow and per person (the account, or the relative acted for), so a reload or
 * a back press brings it back; it is cleared when the flow succeeds, after DRAFT_DAYS, and on sign-out.
 * Drafts never hold an ID number.
 */
import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { useSession } from '@/store/session'

const PREFIX = 'zjb-draft:'
const DRAFT_DAYS = 7

export type Flow = 'register' | 'assess'

const keyOf = (flow: Flow, owner: string) => `${PREFIX}${flow}:${owner}`

export function loadDraft<T>(flow: Flow, owner: string | undefined): T | undefined {
  if (!owner) return undefined
  try {
    const raw = Taro.getStorageSync(keyOf(flow, owner))
    if (typeof raw !== 'string' || !raw) return undefined
    const d = JSON.parse(raw) as { at: number; value: T }
    if (!d || typeof d.at !== 'number' || Date.now() - d.at > DRAFT_DAYS * 86400_000) {
      clearDraft(flow, owner)
      return undefined
    }
    return d.value
  } catch {
    return undefined
  }
}

export function saveDraft<T>(flow: Flow, owner: string | undefined, value: T) {
  if (!owner) return
  try {
    Taro.setStorageSync(keyOf(flow, owner), JSON.stringify({ at: Date.now(), value }))
  } catch {
    // storage full or unavailable: the form still works, only the draft is not kept
  }
}

export function clearDraft(flow: Flow, owner: string | undefined) {
  if (!owner) return
  try {
    Taro.removeStorageSync(keyOf(flow, owner))
  } catch {
    // nothing to clear
  }
}

/** Every draft on this device (sign-out). */
export function clearAllDrafts() {
  try {
    const { keys } = Taro.getStorageInfoSync()
    for (const k of keys) if (k.startsWith(PREFIX)) Taro.removeStorageSync(k)
  } catch {
    // nothing to clear
  }
}

// Signing out leaves no draft of anyone behind.
useSession.subscribe((s, prev) => {
  if (prev.token && !s.token) clearAllDrafts()
})

/** Keeps `value` as the draft while `active` (debounced a little); `owner` undefined keeps nothing. */
export function useDraft<T>(flow: Flow, owner: string | undefined, value: T, active: boolean) {
  const last = useRef('')
  useEffect(() => {
    if (!active || !owner) return
    const json = JSON.stringify(value)
    if (json === last.current) return
    const t = setTimeout(() => {
      last.current = json
      saveDraft(flow, owner, value)
    }, 200)
    return () => clearTimeout(t)
  }, [flow, owner, value, active])
}

/**
 * Leaving a half-filled form asks first where the platform allows it: on WeChat and Alipay the page's
 * alert before it is left by back (enableAlertBeforeUnload). On H5 nothing is asked: a reload, a back
 * press or a closed tab loses nothing because the draft is kept, and the browser's own "leave site?"
 * dialog would only get in the way.
 */
export function useLeaveGuard(dirty: boolean, message = '您填写的内容尚未提交，已为您保留草稿。确定要离开吗？') {
  useEffect(() => {
    if (!dirty || process.env.TARO_ENV === 'h5') return
    const t = Taro as unknown as {
      enableAlertBeforeUnload?: (o: { message: string }) => void
      disableAlertBeforeUnload?: () => void
    }
    try {
      t.enableAlertBeforeUnload?.({ message })
    } catch {
      // not supported on this version
    }
    return () => {
      try {
        t.disableAlertBeforeUnload?.()
      } catch {
        // not supported on this version
      }
    }
  }, [dirty, message])
}
