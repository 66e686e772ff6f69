import { useCallback, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { Region, RegistrationStatus } from '@/api/schema'
import { InfoRow } from '@/components/Form'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { useConsent } from '@/store/consent'
import { hasValidSession, useSession } from '@/store/session'
import { a11y, checked } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { CHANNEL_LABELS, sexLabel } from '@/utils/labels'
import { go } from '@/utils/nav'
import { placeName, regionsOnce } from '@/utils/regions'
import { usePageClass, usePrefs } from '@/store/prefs'

/**
 * Signs out: tells the server, then clears the session and whom one acts for. Privacy consent stays: signing
 * out is not withdrawing consent (that is 撤回隐私授权, which also signs out).
 */
export async function signOutEverywhere(opts: { withdrawConsent?: boolean } = {}) {
  try {
    await api.logout()
  } catch {
    /* the token is dropped locally whatever the server says */
  }
  useSession.getState().signOut()
  if (opts.withdrawConsent) useConsent.getState().withdraw()
  useActingFor.getState().actForSelf()
}

/** After 注销: the server has already dropped the token; clear everything the device keeps about the user. */
export function clearLocalAccount() {
  useSession.getState().signOut()
  useConsent.getState().withdraw()
  useActingFor.getState().actForSelf()
}

/** The word the user types (or taps) to confirm deletion. */
export const DELETE_WORD = '注销'

export default function Mine() {
  const pageClass = usePageClass()
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const account = useSession((s) => s.account)
  const signedIn = hasValidSession({ token, expiresAt })
  const [registration, setRegistration] = useState<RegistrationStatus>()
  const [region, setRegion] = useState<Region>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  /** which account-and-privacy panel is open */
  const [panel, setPanel] = useState<'none' | 'withdraw' | 'delete'>('none')
  const [deleteWord, setDeleteWord] = useState('')
  const [deleteError, setDeleteError] = useState<ApiError>()

  const load = useCallback(async () => {
    if (!hasValidSession()) return Taro.stopPullDownRefresh()
    setError(undefined)
    try {
      const acc = await api.me()
      useSession.getState().setAccount(acc)
      const reg = acc.identity ? await api.ownRegistration() : undefined
      setRegistration(reg)
      if (reg?.region) {
        const list = await regionsOnce().catch(() => undefined)
        setRegion(list?.regions.find((g) => g.code === reg.region))
      }
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
      content:
        '退出后，本机不再保存您的登录状态和个人信息，下次办理需重新登录。您的账户和已办理的业务不受影响。确定退出吗？',
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

  async function withdrawConsent() {
    setBusy(true)
    await signOutEverywhere({ withdrawConsent: true })
    setBusy(false)
    setPanel('none')
    setRegistration(undefined)
    void Taro.showToast({ title: '已撤回授权并退出登录', icon: 'none', duration: 2500 })
    void go(Route.Home)
  }

  async function deleteAccount() {
    if (deleteWord.trim() !== DELETE_WORD) return
    setBusy(true)
    setDeleteError(undefined)
    try {
      await api.deleteAccount()
    } catch (e) {
      setBusy(false)
      setDeleteError(toApiError(e))
      return
    }
    clearLocalAccount()
    setBusy(false)
    setPanel('none')
    setDeleteWord('')
    setRegistration(undefined)
    void Taro.showToast({ title: '账户已注销', icon: 'none', duration: 2500 })
    void go(Route.Home)
  }

  function openPanel(p: 'withdraw' | 'delete') {
    setPanel((cur) => (cur === p ? 'none' : p))
    setDeleteWord('')
    setDeleteError(undefined)
  }

  if (!signedIn) {
    return (
      <View className={pageClass('page mine')}>
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
        <ElderSwitch />
        <PrivacyLink />
      </View>
    )
  }

  const id = account?.identity
  return (
    <View className={pageClass('page mine')}>
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
          value={
            <>
              {CHANNEL_LABELS[account?.channel ?? ''] ?? '—'}
              {account?.channelUser && <Text className="nowrap"> {account.channelUser}</Text>}
            </>
          }
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
              <InfoRow
                label="参保地"
                value={placeName(region, registration.regionName ?? registration.region, null) || '—'}
                id="mine-region"
              />
              <InfoRow
                label="参保区县"
                value={region?.districts.find((d) => d.code === registration.district)?.name ?? '—'}
                id="mine-district"
              />
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

      <View className="card" {...a11y('region', '办理')}>
        <MenuItem
          id="menu-register"
          label={registration?.registered ? '参保登记/变更参保地' : '参保登记'}
          onClick={() => void go(Route.Register)}
        />
        <MenuItem id="menu-suspend" label="停保/续保" onClick={() => void go(Route.Suspend)} />
        {registration?.registered && (
          <MenuItem
            id="menu-contact"
            label="更正联系方式（手机号码、地址）"
            onClick={() => void go(Route.Register, { edit: 'contact' })}
          />
        )}
        <MenuItem id="menu-people" label="我的代办（为家人办理）" onClick={() => void go(Route.People)} />
        <MenuItem id="menu-messages" label="消息（家人为我办理的业务）" onClick={() => void go(Route.Messages)} />
        <MenuItem id="menu-guide" label="办事指南" onClick={() => void go(Route.Guide)} />
        <MenuItem id="menu-privacy" label="隐私政策与用户协议" onClick={() => void go(Route.Privacy)} />
      </View>

      <ElderSwitch />

      <View className="card" id="mine-account" {...a11y('region', '账户与隐私')}>
        <Text className="card-title" {...a11y('heading')}>
          账户与隐私
        </Text>
        <MenuItem id="menu-withdraw" label="撤回隐私授权" onClick={() => openPanel('withdraw')} />
        {panel === 'withdraw' && (
          <View id="withdraw-panel" className="confirm-panel" {...a11y('region', '撤回隐私授权')}>
            <Text className="notice-text">
              撤回授权后，我们不再处理您的个人信息：您将退出登录，本机保存的登录状态和信息会被清除；再次使用须重新阅读并同意《隐私政策》和《用户协议》。
            </Text>
            <Text className="notice-text">
              撤回授权不会删除您的账户。如希望同时删除账户和实名绑定、代办关系等信息，请选择「注销账户」。
            </Text>
            <Button
              id="withdraw-confirm"
              className="btn btn-danger"
              loading={busy}
              disabled={busy}
              onClick={() => void withdrawConsent()}
              {...a11y('button', '撤回授权并退出登录')}
            >
              撤回授权并退出登录
            </Button>
            <Button
              id="withdraw-delete"
              className="btn btn-secondary"
              onClick={() => openPanel('delete')}
              {...a11y('button', '改为注销账户')}
            >
              改为注销账户
            </Button>
            <Button className="btn btn-plain" onClick={() => setPanel('none')} {...a11y('button', '取消')}>
              取消
            </Button>
          </View>
        )}
        <MenuItem id="menu-delete" label="注销账户" onClick={() => openPanel('delete')} />
        {panel === 'delete' && (
          <View id="delete-panel" className="confirm-panel" {...a11y('region', '注销账户')}>
            <Text className="notice-text">注销后，以下信息将被删除：</Text>
            <Text className="notice-text">
              · 您的登录账户和登录凭证；· 实名绑定（姓名、身份证号码与本账户的关联）；·
              您作为代办人添加的家人及代办关系；· 本机保存的信息。
            </Text>
            <Text className="notice-text">
              社保经办机构依法保存的参保登记、缴费核定和办理记录不会删除；其中由您办理的，办理人将显示为“已注销的代办人”或“已注销的用户”，不再包含您的姓名和身份证号码。
            </Text>
            <Text className="notice-text delete-warning">注销不可撤销。注销后再次登录，将作为新用户重新实名认证。</Text>
            <Text className="field-label">请输入“{DELETE_WORD}”二字以确认</Text>
            <Input
              id="delete-confirm-input"
              className="field-input"
              placeholder={`请输入“${DELETE_WORD}”`}
              value={deleteWord}
              onInput={(e) => setDeleteWord(e.detail.value)}
              aria-label={`请输入“${DELETE_WORD}”二字以确认`}
            />
            {deleteError && (
              <Text className="field-error" id="delete-error" {...a11y('alert')}>
                {deleteError.message}
              </Text>
            )}
            <Button
              id="delete-confirm"
              className="btn btn-danger"
              loading={busy}
              disabled={busy || deleteWord.trim() !== DELETE_WORD}
              onClick={() => void deleteAccount()}
              {...a11y('button', '确认注销账户')}
            >
              确认注销账户
            </Button>
            <Button className="btn btn-plain" onClick={() => setPanel('none')} {...a11y('button', '取消注销')}>
              取消
            </Button>
          </View>
        )}
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

/** 长辈模式: one switch, state in words and a mark (never colour alone). */
function ElderSwitch() {
  const on = usePrefs((s) => s.elderMode)
  const setElderMode = usePrefs((s) => s.setElderMode)
  const markElderOffered = usePrefs((s) => s.markElderOffered)
  return (
    <View className="card" id="mine-display">
      <View
        id="elder-switch"
        className={`info-row menu-item elder-switch ${on ? 'elder-switch-on' : ''}`}
        onClick={() => {
          setElderMode(!on)
          markElderOffered()
        }}
        {...a11y('switch', '长辈模式：字更大、按钮更大')}
        {...checked('switch', on)}
      >
        <Text className="info-label menu-label">长辈模式：字更大、按钮更大</Text>
        <Text className="elder-switch-state" aria-hidden="true">
          {on ? '已开启 ●' : '已关闭 ○'}
        </Text>
      </View>
    </View>
  )
}
