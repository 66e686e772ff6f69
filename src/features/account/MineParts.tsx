import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { TextInput } from '@/components/Form'
import { ActionButton } from '@/components/Actions'
import { Route } from '@/routes'
import { usePrefs } from '@/store/prefs'
import { a11y, checked } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { DELETE_WORD } from './mine.model'
import type { MineModel } from './useMine'

export function MenuItem({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  return (
    <View id={id} className="info-row menu-item" onClick={onClick} {...a11y('link', label)}>
      <Text className="info-label menu-label">{label}</Text>
      <Text className="info-value" aria-hidden="true">
        ›
      </Text>
    </View>
  )
}

export function PrivacyLink() {
  return (
    <View className="card">
      <MenuItem id="menu-privacy" label="隐私政策与用户协议" onClick={() => void go(Route.Privacy)} />
    </View>
  )
}

/** 长辈模式: one switch, state in words and a mark (never colour alone). */
export function ElderSwitch() {
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

/** 账户与隐私: 撤回隐私授权 and 注销账户, each behind a panel that says what it does. */
export function AccountAndPrivacy({ m }: { m: MineModel }) {
  const { panel, deleteWord } = m.state
  return (
    <Card id="mine-account" title="账户与隐私" region>
      <MenuItem id="menu-withdraw" label="撤回隐私授权" onClick={() => m.togglePanel('withdraw')} />
      {panel === 'withdraw' && (
        <View id="withdraw-panel" className="confirm-panel" {...a11y('region', '撤回隐私授权')}>
          <Text className="notice-text">
            撤回授权后，我们不再处理您的个人信息：您将退出登录，本机保存的登录状态和信息会被清除；再次使用须重新阅读并同意《隐私政策》和《用户协议》。
          </Text>
          <Text className="notice-text">
            撤回授权不会删除您的账户。如希望同时删除账户和实名绑定、代办关系等信息，请选择「注销账户」。
          </Text>
          <ActionButton
            id="withdraw-confirm"
            variant="danger"
            label="撤回授权并退出登录"
            loading={m.busy}
            disabled={m.busy}
            onClick={m.withdrawConsent}
          />
          <ActionButton
            id="withdraw-delete"
            variant="secondary"
            label="改为注销账户"
            onClick={() => m.togglePanel('delete')}
          />
          <ActionButton variant="plain" label="取消" onClick={m.closePanel} />
        </View>
      )}
      <MenuItem id="menu-delete" label="注销账户" onClick={() => m.togglePanel('delete')} />
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
          <TextInput
            id="delete-confirm-input"
            placeholder={`请输入“${DELETE_WORD}”`}
            value={deleteWord}
            onChange={m.setDeleteWord}
            a11yLabel={`请输入“${DELETE_WORD}”二字以确认`}
          />
          {m.deleteError && (
            <Text className="field-error" id="delete-error" {...a11y('alert')}>
              {m.deleteError.message}
            </Text>
          )}
          <ActionButton
            id="delete-confirm"
            variant="danger"
            label="确认注销账户"
            loading={m.busy}
            disabled={m.busy || !m.canDelete}
            onClick={m.deleteAccount}
          />
          <ActionButton variant="plain" label="取消" a11yLabel="取消注销" onClick={m.closePanel} />
        </View>
      )}
    </Card>
  )
}
