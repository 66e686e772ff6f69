import { View, Text } from '@tarojs/components'
import type { Region, RegistrationStatus } from '@/api/schema'
import { ActionButton, GoButton } from '@/components/Actions'
import { InfoRow } from '@/components/Form'
import { StatusTag } from '@/components/StatusTag'
import { Route } from '@/routes'
import { returnParams } from '@/routing/auth'
import { a11y } from '@/utils/a11y'
import { assessLabel, registeredLines, type StatusCard } from './home.model'

/** The status card: the service's state and today, then the user's own insurance (or what to do first). */
export function HomeStatus(props: {
  card: StatusCard
  name?: string
  /** while acting for someone: this card still shows one's own status, and says so */
  actingFor: boolean
  onRetry: () => void
  onRetryMine: () => void
  onActForSelf: () => void
}) {
  const { connection, mine } = props.card
  return (
    <View className="card status-card" {...a11y('status')} id="status-card">
      {connection.kind === 'error' && (
        <View>
          <Text className="error-text" id="status-error">
            {connection.error.message}
          </Text>
          <ActionButton className="retry" label="重试" onClick={props.onRetry} />
        </View>
      )}
      {connection.kind === 'connecting' && <Text className="muted">正在连接社保服务…</Text>}
      {mine && (
        <View>
          {connection.kind === 'ready' && (
            <View className="status-row">
              <Text className="tag tag-ok">● 服务正常</Text>
              <Text className="muted" id="status-today">
                今天是 {connection.today}
              </Text>
            </View>
          )}
          {mine.kind === 'guest' && (
            <View id="status-guest">
              <Text className="muted">登录并完成实名认证后，这里会显示您的参保地、参保状态和本年度缴费月数。</Text>
              <GoButton id="home-login" to={Route.Login} label="登录" />
            </View>
          )}
          {mine.kind === 'identity' && (
            <View id="status-identity">
              <Text className="muted">您已登录。完成实名认证后即可办理参保业务。</Text>
              <GoButton id="home-identity" to={Route.Identity} label="去实名认证" />
            </View>
          )}
          {mine.kind === 'loading' && <Text className="muted">正在查询您的参保状态…</Text>}
          {mine.kind === 'error' && (
            <View id="mine-error">
              <Text className="error-text">{mine.error.message}</Text>
              <ActionButton
                variant="secondary"
                label="重新查询"
                a11yLabel="重新查询参保状态"
                onClick={props.onRetryMine}
              />
            </View>
          )}
          {mine.kind === 'unregistered' && (
            <View id="status-unregistered">
              <Text className="card-title">{props.name ? `${props.name}，您好` : '您好'}</Text>
              <Text className="muted">您还没有办理灵活就业人员养老保险参保登记。登记后即可核定缴费。</Text>
              <GoButton id="home-register" to={Route.Register} label="去参保登记" />
            </View>
          )}
          {mine.kind === 'registered' && (
            <Registered
              r={mine.registration}
              region={mine.region}
              actingFor={props.actingFor}
              onActForSelf={props.onActForSelf}
            />
          )}
        </View>
      )}
    </View>
  )
}

function Registered(props: { r: RegistrationStatus; region?: Region; actingFor: boolean; onActForSelf: () => void }) {
  const { r, actingFor } = props
  const l = registeredLines(r, props.region)
  return (
    <View id="status-registered">
      {actingFor && (
        <Text className="card-title" id="status-whose">
          您本人的参保状态
        </Text>
      )}
      <InfoRow label="参保地" value={l.place} valueId="status-region" />
      <InfoRow label="参保状态" value={r.status && <StatusTag status={r.status} />} valueId="status-state" block />
      {l.suspended && (
        <Text className="muted" id="status-suspended">
          {l.suspended}
        </Text>
      )}
      <InfoRow label="本年度已核定" value={l.covered} valueId="status-covered" />
      {l.next && <InfoRow label="下一个待缴月份" value={l.next} valueId="status-next" />}
      {l.window && (
        <Text className="field-hint" id="status-window">
          {l.window}
        </Text>
      )}
      {l.allowed && <Text className="field-hint">{l.allowed}</Text>}
      {l.provisional && (
        <Text className="dev-hint" id="status-provisional">
          {l.provisional}
        </Text>
      )}
      {l.action === 'assess' && (
        <GoButton
          id="home-assess"
          to={Route.Assess}
          label={assessLabel(actingFor)}
          // this card is one's own: its button acts for oneself, whoever the flows were acting for
          before={actingFor ? props.onActForSelf : undefined}
        />
      )}
      {l.action === 'resume' && <GoButton id="home-resume" to={Route.Suspend} params={returnParams()} label="去续保" />}
    </View>
  )
}
