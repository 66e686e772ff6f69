/**
 * WeChat's privacy authorization (小程序隐私保护指引). WeChat refuses a protected API — here the
 * clipboard (setClipboardData) — until the user has agreed to the app's privacy guideline through a
 * button with open-type "agreePrivacyAuthorization" that the app itself shows. When such an API is called
 * first, WeChat holds it and calls the listener registered with wx.onNeedPrivacyAuthorization; the app
 * shows <PrivacyPrompt/> (src/components/PrivacyPrompt.tsx) and answers with `resolve`, and the held call
 * then goes on (agree) or fails (disagree).
 *
 * A page that calls a protected API renders <PrivacyPrompt/>; when none is mounted the call is declined
 * at once, so the caller's fallback runs (copyText shows the text to write down). Alipay and H5 have no
 * such step: everything here is a no-op there.
 */
import { create } from 'zustand'

/** The id of the prompt's agree button (WeChat checks that the button with this id was tapped). */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

type Answer = { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }
interface WxPrivacy {
  onNeedPrivacyAuthorization?: (listener: (resolve: (a: Answer) => void, info?: { referrer?: string }) => void) => void
  openPrivacyContract?: (o?: object) => void
}
declare const wx: WxPrivacy | undefined

interface PromptState {
  open: boolean
  /** the API that asked (e.g. "setClipboardData") */
  referrer?: string
}
export const usePrivacyPrompt = create<PromptState>(() => ({ open: false }))

let pending: ((a: Answer) => void) | undefined
let mounted = 0
let listening = false

const weappApi = (): WxPrivacy | undefined =>
  process.env.TARO_ENV === 'weapp' && typeof wx !== 'undefined' ? wx : undefined

/** Registers the listener once (WeChat keeps one per app). Called before every protected call. */
export function listenForPrivacyAuthorization() {
  const api = weappApi()
  if (listening || !api?.onNeedPrivacyAuthorization) return
  listening = true
  api.onNeedPrivacyAuthorization((resolve, info) => {
    if (!mounted) return resolve({ event: 'disagree' })
    pending?.({ event: 'disagree' })
    pending = resolve
    resolve({ event: 'exposureAuthorization' })
    usePrivacyPrompt.setState({ open: true, referrer: info?.referrer })
  })
}

/** The user's answer in the prompt: call after the agree button's agreePrivacyAuthorization event. */
export function answerPrivacy(agree: boolean) {
  const resolve = pending
  pending = undefined
  usePrivacyPrompt.setState({ open: false, referrer: undefined })
  resolve?.(agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
}

/** Opens WeChat's page of the app's privacy guideline (《…隐私保护指引》). */
export function openPrivacyContract() {
  weappApi()?.openPrivacyContract?.({})
}

/** For <PrivacyPrompt/>: counts mounted prompts, and declines a pending request when the last unmounts. */
export function promptMounted(): () => void {
  mounted++
  return () => {
    mounted--
    if (!mounted && pending) answerPrivacy(false)
  }
}
