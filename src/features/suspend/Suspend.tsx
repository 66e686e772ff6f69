import { View, Text } from '@tarojs/components'
import { GoButton } from '@/components/Actions'
import { Card } from '@/components/Card'
import { ErrorSummary } from '@/components/ErrorSummary'
import { InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { reasonLabel } from '@/utils/labels'
import { loadErrorOf } from '@/utils/loadError'
import { go } from '@/utils/nav'
import { ResumeForm, SuspendForm } from './SuspendForm'
import { useSuspend } from './useSuspend'
import '@/components/flow.css'

/** 停保/续保 of the person acted for: the status, then 办理停保 or 办理续保. */
export function Suspend() {
  const pageClass = usePageClass()
  const flow = useSuspend()
  const { status, stage, state } = flow

  if (!status || !stage || flow.loading || flow.loadError)
    return flow.loadError ? (
      <PageState error={loadErrorOf(flow.loadError)} onRetry={() => void flow.reload()} />
    ) : (
      <PageState loading />
    )

  return (
    <View className={pageClass('page suspend')}>
      <ProxyBanner />
      <Card id="suspend-status" title="参保状态" region>
        {stage === 'unregistered' ? (
          <View id="suspend-unregistered">
            <Text className="muted">尚未办理参保登记，无需停保。登记后可在此办理停保和续保。</Text>
            <GoButton to={Route.Register} label="去参保登记" />
          </View>
        ) : (
          <View>
            <InfoRow label="参保地" value={status.regionName ?? status.region ?? '—'} />
            <InfoRow label="参保状态" value={status.status ? <StatusTag status={status.status} /> : '—'} />
            {stage === 'suspended' && (
              <View>
                <InfoRow label="停保年月" value={status.suspendedFrom ? formatMonthZh(status.suspendedFrom) : '—'} />
                <InfoRow label="停保原因" value={reasonLabel(status.suspendReason)} />
              </View>
            )}
            {status.status === 'ACTIVE' && status.resumedFrom && (
              <InfoRow label="续保年月" value={formatMonthZh(status.resumedFrom)} />
            )}
          </View>
        )}
      </Card>

      {state.notice && (
        <View className="card" id="suspend-notice" {...a11y('status', state.notice)}>
          <Text className="success-title">{state.notice}</Text>
        </View>
      )}

      {stage === 'resumed' && (
        <View className="card" id="resume-done" {...a11y('status')}>
          <Text className="success-title">✓ 续保成功</Text>
          <Text className="block-text">
            已自{formatMonthZh(status.resumedFrom ?? '')}起恢复参保。下一步：办理缴费核定，选择缴费基数和缴费期间。
          </Text>
          <GoButton id="go-assess" to={Route.Assess} label="去缴费核定" />
          <GoButton variant="secondary" to={Route.Home} label="返回首页" />
        </View>
      )}

      <ErrorSummary error={flow.error} />
      {flow.openRecords.length > 0 && (
        <View className="card" id="open-records" {...a11y('region', '未缴费的核定记录')}>
          <Text className="card-title">请先撤销这些核定记录</Text>
          {flow.openRecords.map((id) => (
            <Text
              key={id}
              className="link"
              id={`open-${id}`}
              onClick={() => void go(Route.RecordDetail, { id })}
              {...a11y('link', `查看核定记录 ${id}`)}
            >
              查看核定记录 {id} ›
            </Text>
          ))}
        </View>
      )}

      {stage === 'active' && (
        <SuspendForm
          reasons={flow.reasons}
          reason={state.reason}
          stopDate={state.stopDate}
          pickerValue={flow.pickerValue}
          options={flow.options}
          errors={state.fieldErrors}
          busy={flow.busy}
          checking={state.checking}
          onReason={flow.setReason}
          onStopDate={flow.setStopDate}
          onSubmit={() => void flow.submitSuspend()}
        />
      )}
      {stage === 'suspended' && <ResumeForm busy={flow.submitting} onSubmit={() => void flow.submitResume()} />}
    </View>
  )
}
