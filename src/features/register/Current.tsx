import { View, Text } from '@tarojs/components'
import type { Region, RegisterResult, RegistrationStatus } from '@/api/schema'
import { ActionButton, GoButton } from '@/components/Actions'
import { Card } from '@/components/Card'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { ContactCorrection } from './ContactCorrection'
import { RegistrationInfo } from './RegistrationInfo'

/** Someone already registered: the registration, 更正联系方式, and 变更参保地 where the region allows it. */
export function Current(props: {
  registration: RegistrationStatus
  regions: readonly Region[]
  loginPhone?: string
  editContactAtStart: boolean
  onChangeRegion: () => void
}) {
  const current = props.registration
  const currentRegion = props.regions.find((r) => r.code === current.region)
  const canChange = currentRegion?.reregister === 'change_region'
  return (
    <>
      <Card id="registration-current" title="您已办理参保登记" region="我的参保登记">
        <RegistrationInfo registration={current} region={currentRegion} />
      </Card>
      <ContactCorrection registration={current} loginPhone={props.loginPhone} openAtStart={props.editContactAtStart} />
      <View className="card">
        {canChange ? (
          <View>
            <Text className="muted">
              如您的工作地或居住地已变化，可变更参保地。变更后，以后的缴费核定按新参保地的规定办理。
            </Text>
            <ActionButton id="change-region" variant="secondary" label="变更参保地" onClick={props.onChangeRegion} />
          </View>
        ) : (
          <Text className="muted" id="no-reregister">
            您已参保，无需重复登记，可直接办理缴费核定。如需变更参保地，请到参保地社保经办机构办理。
          </Text>
        )}
        {current.status === 'ACTIVE' && <GoButton to={Route.Assess} label="去缴费核定" />}
      </View>
    </>
  )
}

/** Step 3: 登记完成 (or 参保地变更成功), and the way on. */
export function Done({ result, regions }: { result: RegisterResult; regions: readonly Region[] }) {
  return (
    <View className="card" id="register-done" {...a11y('region', '登记结果')}>
      <Text className="success-title">{result.action === 'REGION_CHANGED' ? '参保地变更成功' : '参保登记成功'}</Text>
      <RegistrationInfo
        registration={result.registration}
        region={regions.find((r) => r.code === result.registration.region)}
      />
      <Text className="muted">下一步：办理缴费核定，选择缴费基数和缴费期间，核定后到税务渠道缴费。</Text>
      <GoButton id="go-assess" to={Route.Assess} replace label="去缴费核定" />
      <GoButton variant="plain" to={Route.Home} replace label="返回首页" />
    </View>
  )
}
