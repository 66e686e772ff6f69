/**
 * The signed-in session: bearer token, channel and the account as the server describes it (ID masked).
 * Persisted through Taro storage so a restart keeps the user signed in; logout clears it.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { configureAuth } from '@/api/client'
import { taroStorage } from './storage'

export interface SessionAccount {
  accountId: string
  channel: 'wechat' | 'alipay' | 'h5'
  /** Present once the real name is bound. */
  name?: string
  maskedId?: string
}

interface SessionState {
  token?: string
  expiresAt?: string
  account?: SessionAccount
  signIn: (token: string, expiresAt: string, account: SessionAccount) => void
  setAccount: (account: SessionAccount) => void
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

configureAuth(
  () => useSession.getState().token,
  () => useSession.getState().signOut(),
)
