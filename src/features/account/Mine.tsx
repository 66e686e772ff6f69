import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton, GoButton } from '@/components/Actions'
import { InfoRow } from '@/components/Form'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { CHANNEL_LABELS, sexLabel } from '@/utils/labels'
import { go } from '@/utils/nav'
import { placeName } from '@/utils/regions'
import { AccountAndPrivacy, ElderSwitch, MenuItem, PrivacyLink } from './MineParts'
import { useMine, type MineModel } from './useMine'

/** 我的: who is signed in, their own insurance, the menu, 长辈模式, account and privacy, 退出登录. */
export function Mine() {
  const pageClass = usePageClass()
  const m = useMine()
  if (!m.signedIn) {
    return (
      <View className={pageClass('page mine')}>
        <Card id="mine-guest" title="您还没有登录">
          <Text className="muted">登录并完成实名认证后，可查看个人信息、参保状态，办理参保登记、停保和续保。</Text>
          <GoButton id="mine-login" to={Route.Login} label="登录" />
        </Card>
        <ElderSwitch />
        <PrivacyLink />
      </View>
    )
  }
  const registered = !!m.registration?.registered
  return (
    <View className={pageClass('page mine')}>
      <Person m={m} />
      {m.account?.identity && <Insurance m={m} />}
      <View className="card" {...a11y('region', '办理')}>
        <MenuItem
          id="menu-register"
          label={registered ? '参保登记/变更参保地' : '参保登记'}
          onClick={() => void go(Route.Register)}
        />
        <MenuItem id="menu-suspend" label="停保/续保" onClick={() => void go(Route.Suspend)} />
        {registered && (
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
      <AccountAndPrivacy m={m} />
      <ActionButton
        id="logout"
        variant="danger"
        label="退出登录"
        loading={m.busy}
        disabled={m.busy}
        onClick={m.logout}
      />
    </View>
  )
}

function Person({ m }: { m: MineModel }) {
  const { account } = m
  const id = account?.identity
  return (
    <Card id="mine-person" title="个人信息" region>
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
          <GoButton to={Route.Identity} label="去实名认证" />
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
    </Card>
  )
}

function Insurance({ m }: { m: MineModel }) {
  const { registration, region, loadError } = m
  return (
    <Card id="mine-insurance" title="参保信息" region>
      {loadError && (
        <View>
          <Text className="error-text">{loadError.message}</Text>
          <ActionButton variant="secondary" label="重试" onClick={m.reload} />
        </View>
      )}
      {!loadError && !registration && <Text className="muted">正在加载…</Text>}
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
          <InfoRow label="参保状态" value={registration.status ? <StatusTag status={registration.status} /> : '—'} />
          <InfoRow
            label="法定退休年月"
            value={registration.retirementMonth ? formatMonthZh(registration.retirementMonth) : '—'}
          />
        </View>
      )}
    </Card>
  )
}
