/**
 * Display preferences, persisted under 'zjb-prefs' through Taro storage: 长辈模式 (elder mode: larger text,
 * larger buttons, only the four main services on 首页) and whether it has been offered once already.
 * Nothing personal is kept here.
 *
 * Elder mode follows the phone's own large-font setting (WeChat's and Alipay's
 * `getSystemInfoSync().fontSizeSetting`, read at every start) until the user sets the in-app switch;
 * from then on the switch decides (`elderSet`).
 */
import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './storage'

/** A platform font size (px) from which the app starts in elder mode: two steps above the standard 16–17 px. */
export const LARGE_FONT_PX = 20

/** Whether the user chose large text in WeChat / Alipay (我-设置-通用-字体大小); false on H5 or when unknown. */
export function platformLargeFont(): boolean {
  if (process.env.TARO_ENV !== 'weapp' && process.env.TARO_ENV !== 'alipay') return false
  try {
    const size = Number((Taro.getSystemInfoSync() as { fontSizeSetting?: number }).fontSizeSetting)
    return Number.isFinite(size) && size >= LARGE_FONT_PX
  } catch {
    return false
  }
}

interface PrefsState {
  elderMode: boolean
  /** the user set the in-app switch (it then wins over the platform's font setting) */
  elderSet: boolean
  /** the first-start offer (to users aged 50 and over) has been answered */
  elderOffered: boolean
  setElderMode: (on: boolean) => void
  markElderOffered: () => void
}

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      elderMode: platformLargeFont(),
      elderSet: false,
      elderOffered: false,
      setElderMode: (elderMode) => set({ elderMode, elderSet: true }),
      markElderOffered: () => set({ elderOffered: true }),
    }),
    {
      name: 'zjb-prefs',
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ elderMode, elderSet, elderOffered }) => ({ elderMode, elderSet, elderOffered }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<PrefsState>
        // versions before `elderSet` stored only the switch: elder mode on was the user's choice
        const elderSet = p.elderSet ?? p.elderMode === true
        const state = { ...current, ...p, elderSet }
        if (!elderSet) state.elderMode = platformLargeFont()
        return state
      },
    },
  ),
)

/** The age the elder-mode offer starts at. */
export const ELDER_OFFER_AGE = 50

/** Whole years between a birth date and today (both 'YYYY-MM-DD'); undefined when either is missing. */
export function ageOn(birthDate: string | undefined, today: string | undefined): number | undefined {
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate ?? '')
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(today ?? '')
  if (!b || !t) return undefined
  const age = Number(t[1]) - Number(b[1])
  return `${t[2]}${t[3]}` < `${b[2]}${b[3]}` ? age - 1 : age
}

/**
 * The class of every page's root View, from a tiny hook: `pageClass('page …')` adds 'elder' in elder mode
 * ('page elder' / 'page'), so app.css can scale text and targets under `.elder`:
 *   const pageClass = usePageClass()
 *   <View className={pageClass('page home')}>
 */
export function usePageClass(): (cls?: string) => string {
  const elder = usePrefs((s) => s.elderMode)
  return (cls = 'page') => (elder ? `${cls} elder` : cls)
}
