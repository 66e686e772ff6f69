/**
 * The signed-in session: bearer token, its expiry and the account as the server describes it (ID masked).
 * Persisted under 'zjb-session' through Taro storage so a restart keeps the user signed in; logout clears it.
 * Nothing else personal is kept on the device.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { configureAuth } from '@/api/client'
import type { Account } from '@/api/schema'
import { taroStorage } from './storage'

interface SessionState {
  token?: string
  expiresAt?: string
  account?: Account
  signIn: (token: string, expiresAt: string, account: Account) => void
  setAccount: (account: Account) => void
  signOut: () => void
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      signIn: (token, expiresAt, account) => set({ token, expiresAt, account }),
      setAccount: (account) => set({ account }),
      signOut: () => set({ token: undefined, expiresAt: undefined, account: undefined }),
    }),
    {
      name: 'zjb-session',
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ token, expiresAt, account }) => ({ token, expiresAt, account }),
    },
  ),
)

/** True when a token exists and has not expired (an unparsable expiry counts as valid: the server decides). */
export function hasValidSession(state: Pick<SessionState, 'token' | 'expiresAt'> = useSession.getState()): boolean {
  if (!state.token) return false
  if (state.expiresAt) {
    const t = Date.parse(state.expiresAt)
    if (!Number.isNaN(t) && t <= Date.now()) return false
  }
  return true
}

configureAuth(
  () => useSession.getState().token,
  () => useSession.getState().signOut(),
)
