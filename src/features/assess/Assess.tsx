import { View, Text } from '@tarojs/components'
import { GoButton } from '@/components/Actions'
import { PageState } from '@/components/PageState'
import { PrivacyPrompt } from '@/components/PrivacyPrompt'
import { ProxyBanner } from '@/components/ProxyBanner'
import { Steps } from '@/components/Steps'
import { formatMonthZh } from '@/domain/month'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { loadErrorOf } from '@/utils/loadError'
import { currentStepIndex, STEP_LABELS, suspendedFromOf } from './model'
import { StepBase } from './StepBase'
import { StepConfirm } from './StepConfirm'
import { StepDone } from './StepDone'
import { StepPeriod } from './StepPeriod'
import { useAssess } from './useAssess'
import '@/components/flow.css'
import './Assess.css'

/** 缴费核定: base → period → confirm → transmit (the steps are data in ./model.ts). */
export function Assess() {
  const pageClass = usePageClass()
  const person = useActingFor((s) => s.person)
  const flow = useAssess()
  const { ctx, state } = flow

  if (!ctx || !state.ready) {
    return (
      <View className={pageClass('page')}>
        <ProxyBanner />
        <PageState loading={!flow.loadError} error={loadErrorOf(flow.loadError)} onRetry={flow.reload} />
      </View>
    )
  }
  const suspendedFrom = suspendedFromOf(ctx.registration)
  return (
    <View className={pageClass('page assess-page')}>
      <PrivacyPrompt />
      <ProxyBanner />
      <Steps steps={STEP_LABELS} current={currentStepIndex(state)} />
      {suspendedFrom && (
        <View className="card notice-card" id="suspended-notice" {...a11y('alert')}>
          <Text className="card-title" {...a11y('heading')}>
            {person ? `${person.nameMasked} 已停保` : '您已停保'}
          </Text>
          <Text className="block-text">
            自{formatMonthZh(suspendedFrom)}起停保：{formatMonthZh(suspendedFrom)}
            及以后的月份不能核定，停保前的月份仍可核定。如需继续缴费，请先办理续保。
          </Text>
          <GoButton id="go-resume" to={Route.Suspend} label="去续保" />
        </View>
      )}
      {state.step === 'base' && (
        <StepBase region={ctx.region} entry={state.entry} onEntry={flow.setEntry} onNext={() => void flow.toPeriod()} />
      )}
      {state.step === 'period' && <StepPeriod ctx={ctx} flow={flow} />}
      {state.step === 'confirm' && flow.quote && <StepConfirm quote={flow.quote} flow={flow} />}
      {state.step === 'transmit' && state.record && <StepDone record={state.record} flow={flow} />}
    </View>
  )
}
