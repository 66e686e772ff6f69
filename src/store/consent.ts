/**
 * Privacy consent (隐私政策与用户协议), given before any personal data is collected. Persisted under
 * 'zjb-consent' as {version, at}; a new notice version asks again.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './storage'

/** Bump when the privacy notice or user agreement changes materially: everyone is asked again. */
export const CONSENT_VERSION = 1

interface ConsentState {
  version?: number
  at?: string
  agree: () => void
  withdraw: () => void
}

export const useConsent = create<ConsentState>()(
  persist(
    (set) => ({
      agree: () => set({ version: CONSENT_VERSION, at: new Date().toISOString() }),
      withdraw: () => set({ version: undefined, at: undefined }),
    }),
    {
      name: 'zjb-consent',
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ version, at }) => ({ version, at }),
    },
  ),
)

export function hasConsent(state: Pick<ConsentState, 'version'> = useConsent.getState()): boolean {
  return state.version === CONSENT_VERSION
}
