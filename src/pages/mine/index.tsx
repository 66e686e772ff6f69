import { useCallback, useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { RegistrationStatus } from '@/api/schema'
import { InfoRow } from '@/components/Form'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { useConsent } from '@/store/consent'
import { hasValidSession, useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { CHANNEL_LABELS, sexLabel } from '@/utils/labels'
import { go } from '@/utils/nav'

/** Signs out: tells the server, then clears everything the device keeps about the user. */
export async function signOutEverywhere() {
  try {
    await api.logout()
  } catch {
    /* the token is dropped locally whatever the server says */
  }
  useSession.getState().signOut()
  useConsent.getState().withdraw()
  useActingFor.getState().actForSelf()
}

export default function Mine() {
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const signedIn = hasValidSession({ token, expiresAt })
  const [registration, setRegistration] = useState<RegistrationStatus>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!hasValidSession()) return Taro.stopPullDownRefresh()
    setError(undefined)
    try {
      const acc = await api.me()
      useSession.getState().setAccount(acc)
      setRegistration(acc.identity ? await api.registration() : undefined)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [])

  useDidShow(() => void load())
  usePullDownRefresh(() => void load())

  async function logout() {
    const r = await Taro.showModal({
      title: '退出登录',
      content: '退出后，本机不再保存您的登录状态和个人信息。下次办理需重新登录。确定退出吗？',
      confirmText: '退出',
      cancelText: '取消',
    })
    if (!r.confirm) return
    setBusy(true)
    await signOutEverywhere()
    setBusy(false)
    setRegistration(undefined)
    void go(Route.Home)
  }

  if (!signedIn) {
    return (
      <View className="page mine">
        <View className="card" id="mine-guest">
          <Text className="card-title" {...a11y('heading')}>
            您还没有登录
          </Text>
          <Text className="muted">登录并完成实名认证后，可查看个人信息、参保状态，办理参保登记、停保和续保。</Text>
          <Button
            id="mine-login"
            className="btn btn-primary"
            onClick={() => void go(Route.Login)}
            {...a11y('button', '登录')}
          >
            登录
          </Button>
        </View>
        <PrivacyLink />
      </View>
    )
  }

  const id = account?.identity
  return (
    <View className="page mine">
      <View className="card" id="mine-person" {...a11y('region', '个人信息')}>
        <Text className="card-title" {...a11y('heading')}>
          个人信息
        </Text>
        {id ? (
          <View>
            <InfoRow label="姓名" value={id.name} id="mine-name" />
            <InfoRow label="身份证号码" value={id.idNumberMasked} id="mine-id" />
            <InfoRow label="性别" value={sexLabel(id.sex)} />
            <InfoRow label="出生日期" value={formatDateZh(id.birthDate)} />
          </View>
        ) : (
          <View>
            <Text className="muted">尚未实名认证。</Text>
            <Button
              className="btn btn-primary"
              onClick={() => void go(Route.Identity)}
              {...a11y('button', '去实名认证')}
            >
              去实名认证
            </Button>
          </View>
        )}
        <InfoRow
          label="登录方式"
          value={`${CHANNEL_LABELS[account?.channel ?? ''] ?? '—'}${account?.channelUser ? `（${account.channelUser}）` : ''}`}
        />
      </View>

      {id && (
        <View className="card" id="mine-insurance" {...a11y('region', '参保信息')}>
          <Text className="card-title" {...a11y('heading')}>
            参保信息
          </Text>
          {error && (
            <View>
              <Text className="error-text">{error.message}</Text>
              <Button className="btn btn-secondary" onClick={() => void load()} {...a11y('button', '重试')}>
                重试
              </Button>
            </View>
          )}
          {!error && !registration && <Text className="muted">正在加载…</Text>}
          {registration && !registration.registered && <Text className="muted">尚未办理参保登记。</Text>}
          {registration?.registered && (
            <View>
              <InfoRow label="参保地" value={registration.regionName ?? registration.region ?? '—'} />
              <InfoRow
                label="参保状态"
                value={registration.status ? <StatusTag status={registration.status} /> : '—'}
              />
              <InfoRow
                label="法定退休年月"
                value={registration.retirementMonth ? formatMonthZh(registration.retirementMonth) : '—'}
              />
            </View>
          )}
        </View>
      )}

      <View className="card" {...a11y('list', '办理')}>
        <MenuItem
          id="menu-register"
          label={registration?.registered ? '参保登记/变更参保地' : '参保登记'}
          onClick={() => void go(Route.Register)}
        />
        <MenuItem id="menu-suspend" label="停保/续保" onClick={() => void go(Route.Suspend)} />
        <MenuItem id="menu-privacy" label="隐私政策与用户协议" onClick={() => void go(Route.Privacy)} />
      </View>

      <Button
        id="logout"
        className="btn btn-danger"
        loading={busy}
        disabled={busy}
        onClick={() => void logout()}
        {...a11y('button', '退出登录')}
      >
        退出登录
      </Button>
    </View>
  )
}

function MenuItem({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  return (
    <View id={id} className="info-row menu-item" onClick={onClick} {...a11y('link', label)}>
      <Text className="info-label menu-label">{label}</Text>
      <Text className="info-value" aria-hidden="true">
        ›
      </Text>
    </View>
  )
}

function PrivacyLink() {
  return (
    <View className="card">
      <MenuItem id="menu-privacy" label="隐私政策与用户协议" onClick={() => void go(Route.Privacy)} />
    </View>
  )
}
