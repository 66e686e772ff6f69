/**
 * `@tarojs/taro` for component tests in jsdom: the H5 implementation of the APIs, plus page hooks that
 * run the way a page would run them once mounted. Aliased in vitest.config.mts (exact match).
 */
import * as h5 from '@tarojs/plugin-platform-h5/dist/runtime/apis'
import { useEffect } from 'react'

const Taro: any = { ...(h5 as any).default, ...h5 }

type Hook = (cb: (...args: any[]) => void) => void
const useOnMount: Hook = (cb) => {
  useEffect(() => {
    cb({})
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
const never: Hook = () => {}

export const useLoad = useOnMount
export const useReady = useOnMount
export const useDidShow = useOnMount
export const useLaunch = useOnMount
export const useDidHide = never
export const useUnload = never
export const usePullDownRefresh = never
export const useReachBottom = never
export const useShareAppMessage = never
export const useRouter = () => ({ params: {}, path: '' })

export const stopPullDownRefresh = () => Promise.resolve()
export const showToast = (..._args: unknown[]) => Promise.resolve()
export const showModal = (..._args: unknown[]) => Promise.resolve({ confirm: true, cancel: false })
export const navigateTo = (..._args: unknown[]) => Promise.resolve()
export const switchTab = (..._args: unknown[]) => Promise.resolve()
export const getStorageSync = (key: string) => globalThis.localStorage?.getItem(key) ?? ''
export const setStorageSync = (key: string, value: unknown) => globalThis.localStorage?.setItem(key, String(value))
export const removeStorageSync = (key: string) => globalThis.localStorage?.removeItem(key)

Object.assign(Taro, {
  useLoad,
  useReady,
  useDidShow,
  useLaunch,
  useDidHide,
  useUnload,
  usePullDownRefresh,
  useReachBottom,
  useShareAppMessage,
  useRouter,
  stopPullDownRefresh,
  showToast,
  showModal,
  navigateTo,
  switchTab,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
})

export default Taro
