/**
 * 我的 wired to the backend: the account and one's own registration from the query cache (refreshed on
 * show and on pull-down), signing out, withdrawing consent and deleting the account through useSubmit.
 */
import { useEffect, useReducer } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { Route } from '@/routes'
import { hasValidSession, useSession } from '@/store/session'
import { confirmDialog } from '@/utils/dialog'
import { go } from '@/utils/nav'
import { clearLocalAccount, deleteConfirmed, initialMine, mine, signOutEverywhere } from './mine.model'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })

export function useMine() {
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const signedIn = hasValidSession({ token, expiresAt })
  const me = useQuery(queries.me, { enabled: signedIn })
  const registration = useQuery(queries.ownRegistration, { enabled: signedIn && !!account?.identity })
  const regionCode = registration.data?.region
  const regions = useQuery(queries.regions, { enabled: !!regionCode })
  const [state, dispatch] = useReducer(mine, initialMine)

  // the account as the server describes it now (实名 done elsewhere, a name corrected)
  useEffect(() => {
    if (me.data && hasValidSession()) useSession.getState().setAccount(me.data)
  }, [me.data])

  async function reload() {
    if (!hasValidSession()) return
    await Promise.all([me.reload(), account?.identity ? registration.reload() : undefined])
  }
  const loaded = !!me.data
  useDidShow(() => {
    if (loaded) void reload()
  })
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))

  const signOut = useSubmit((o: { withdrawConsent?: boolean }) => signOutEverywhere(o))
  const remove = useSubmit(() => api.deleteAccount())

  async function logout() {
    const yes = await confirmDialog({
      title: '退出登录',
      content:
        '退出后，本机不再保存您的登录状态和个人信息，下次办理需重新登录。您的账户和已办理的业务不受影响。确定退出吗？',
      confirmText: '退出',
      cancelText: '取消',
    })
    if (!yes) return
    await signOut.run({})
    void go(Route.Home)
  }

  async function withdrawConsent() {
    await signOut.run({ withdrawConsent: true })
    dispatch({ type: 'close' })
    toast('已撤回授权并退出登录')
    void go(Route.Home)
  }

  async function deleteAccount() {
    if (!deleteConfirmed(state)) return
    if ((await remove.run(undefined)) === undefined) return
    clearLocalAccount()
    dispatch({ type: 'close' })
    toast('账户已注销')
    void go(Route.Home)
  }

  return {
    signedIn,
    account,
    registration: registration.data,
    region: regions.data?.regions.find((g) => g.code === regionCode),
    loadError: me.error ?? registration.error,
    reload: () => void reload(),
    state,
    togglePanel: (panel: 'withdraw' | 'delete') => {
      dispatch({ type: 'toggle', panel })
      remove.clearError()
    },
    closePanel: () => dispatch({ type: 'close' }),
    setDeleteWord: (value: string) => dispatch({ type: 'deleteWord', value }),
    canDelete: deleteConfirmed(state),
    busy: signOut.pending || remove.pending,
    deleteError: remove.error,
    logout: () => void logout(),
    withdrawConsent: () => void withdrawConsent(),
    deleteAccount: () => void deleteAccount(),
  }
}

export type MineModel = ReturnType<typeof useMine>
