/**
 * Display preferences, persisted under 'zjb-prefs' through Taro storage: 长辈模式 (elder mode: larger text,
 * larger buttons, only the four main services on 首页) and whether it has been offered once already.
 * Nothing personal is kept here.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './storage'

interface PrefsState {
  elderMode: boolean
  /** the first-start offer (to users aged 50 and over) has been answered */
  elderOffered: boolean
  setElderMode: (on: boolean) => void
  markElderOffered: () => void
}

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      elderMode: false,
      elderOffered: false,
      setElderMode: (elderMode) => set({ elderMode }),
      markElderOffered: () => set({ elderOffered: true }),
    }),
    {
      name: 'zjb-prefs',
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ elderMode, elderOffered }) => ({ elderMode, elderOffered }),
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
