import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ErrorSummary } from '@/components/ErrorSummary'
import { PageState } from '@/components/PageState'
import { Steps } from '@/components/Steps'
import { usePageClass } from '@/store/prefs'
import { loadErrorOf } from '@/utils/loadError'
import { Current, Done } from './Current'
import { STEP_LABELS, notOfferedText, stepIndex } from './model'
import { Notice } from './Notice'
import { OwnOnly } from './OwnOnly'
import { PersonFields } from './PersonFields'
import { RegistrationChoices } from './RegistrationChoices'
import { useRegister } from './useRegister'
import '@/components/flow.css'
import './register.css'

/** 参保登记: 参保须知 → 登记信息 → 完成; for someone registered: the registration, 更正联系方式, 变更参保地. */
export function Register() {
  const pageClass = usePageClass()
  const flow = useRegister()
  const { state, view, registration: current } = flow

  if (!view || !current) {
    return flow.loading ? (
      <PageState loading />
    ) : (
      <PageState error={loadErrorOf(flow.loadError)} onRetry={() => void flow.reload()} />
    )
  }

  if (state.stage === 'view') {
    return (
      <View className={pageClass('page register')}>
        <OwnOnly />
        <Current
          registration={current}
          regions={flow.regions}
          loginPhone={flow.loginPhone}
          editContactAtStart={flow.editContactAtStart}
          onChangeRegion={flow.startChange}
        />
      </View>
    )
  }

  return (
    <View className={pageClass('page register')}>
      <OwnOnly />
      <Steps steps={STEP_LABELS} current={stepIndex(state.stage)} />
      {state.stage === 'notice' && (
        <Notice agreed={state.agreed} onAgree={flow.agree} onNext={() => flow.goTo('form')} />
      )}
      {state.stage === 'form' && (
        <View>
          {view.changing && (
            <Card title="变更参保地">
              <Text className="muted">
                当前参保地：{current.regionName ?? current.region}。请选择新的参保地区后提交。
              </Text>
            </Card>
          )}
          <ErrorSummary error={view.error} />
          <PersonFields
            identity={flow.identity}
            current={current}
            form={state.form}
            errors={view.fieldErrors}
            keepMobile={view.keepMobile}
            mobileChoice={view.mobileChoice}
            loginPhone={flow.loginPhone}
            onSet={flow.set}
          />
          <RegistrationChoices
            form={state.form}
            errors={view.fieldErrors}
            changing={view.changing}
            offered={view.offered}
            region={view.region}
            notOfferedText={notOfferedText(view.offered, view.notOffered, current.region)}
            askPostType={flow.identity?.sex === 'F' && (!!state.form.postType || !!view.fieldErrors.postType)}
            pending={flow.pending}
            onSet={flow.set}
            onSubmit={() => void flow.send()}
            onCancel={flow.cancelChange}
          />
        </View>
      )}
      {state.stage === 'done' && state.result && <Done result={state.result} regions={flow.regions} />}
    </View>
  )
}
