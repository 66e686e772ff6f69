import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text, Button, Picker } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { api, newIdempotencyKey } from '@/api/endpoints'
import { ApiError, toApiError } from '@/api/client'
import type { RegistrationStatus, SuspensionOptions } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { ChoiceList, Field, InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { formatMonthZh } from '@/domain'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { a11y } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { formatDateZh } from '@/utils/format'
import { SUSPEND_REASONS, reasonLabel, type SuspendReason } from '@/utils/labels'
import { go } from '@/utils/nav'
import { loadErrorOf } from '@/utils/loadError'
import '@/components/flow.css'
import { usePageClass } from '@/store/prefs'

async function confirm(title: string, content: string, confirmText: string): Promise<boolean> {
  const r = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#0958d9' })
  return !!r.confirm
}

export default function Suspend() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const person = useActingFor((s) => s.person)
  const personRef = person?.personRef
  const [status, setStatus] = useState<RegistrationStatus>()
  const [today, setToday] = useState<string>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [reason, setReason] = useState<SuspendReason>()
  const [stopDate, setStopDate] = useState<string>()
  const [fieldErrors, setFieldErrors] = useState<{ reason?: string; stopDate?: string }>({})
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string>()
  const [options, setOptions] = useState<SuspensionOptions>()
  const [checking, setChecking] = useState(false)
  /** Just resumed: a success state with the way on (去缴费核定), not the 停保 form again. */
  const [resumed, setResumed] = useState(false)
  // One key per submission; reused when the same submission is retried (the server creates nothing twice).
  const suspendKey = useRef<{ body: string; key: string }>()
  const resumeKey = useRef<string>()

  const load = useCallback(async () => {
    setLoadError(undefined)
    try {
      const [s, h] = await Promise.all([api.registration(), api.health()])
      setStatus(s)
      setToday(h.today)
      setOptions(s.registered && s.status === 'ACTIVE' ? await api.suspensionOptions() : undefined)
    } catch (e) {
      setLoadError(toApiError(e))
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [personRef])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  usePullDownRefresh(() => void load())

  if (!ready || (!status && !loadError)) return <PageState loading />
  if (!status) return <PageState error={loadErrorOf(loadError)} onRetry={() => void load()} />

  const reasons = SUSPEND_REASONS.filter((r) => !options || options.reasons.includes(r.value))
  const clampDate = (d: string) =>
    options
      ? d < options.earliestStopDate
        ? options.earliestStopDate
        : d > options.latestStopDate
          ? options.latestStopDate
          : d
      : d

  async function submitSuspend() {
    const fe = {
      reason: reason ? undefined : '请选择停保原因。',
      stopDate: stopDate ? undefined : '请选择停保日期。',
    }
    setFieldErrors(fe)
    if (fe.reason || fe.stopDate) {
      const problems = [fe.reason, fe.stopDate]
        .filter((m): m is string => !!m)
        .map((message) => ({ code: 'FORM', message }))
      setError(new ApiError('FORM_INCOMPLETE', problems[0].message, 0, {}, problems))
      return
    }
    setError(undefined)
    const body = { reason: reason!, stopDate: stopDate!, ...(personRef ? { personRef } : {}) }
    // The server's check first: never ask to confirm what would be refused.
    setChecking(true)
    try {
      await api.checkSuspension(body)
    } catch (e) {
      setError(toApiError(e))
      return
    } finally {
      setChecking(false)
    }
    const ok = await confirm(
      '确认停保',
      `停保后，${formatMonthZh(stopDate!.slice(0, 7))}及以后的月份不能再核定缴费；已缴费的月份仍保留在您的参保记录中。如需继续缴费，须另行办理续保。确定要停保吗？`,
      '确认停保',
    )
    if (!ok) return
    const bodyKey = JSON.stringify(body)
    if (suspendKey.current?.body !== bodyKey) suspendKey.current = { body: bodyKey, key: newIdempotencyKey() }
    setBusy(true)
    try {
      const s = await api.suspend(body, suspendKey.current.key)
      setStatus(s)
      setResumed(false)
      setNotice(`已办理停保：自${formatMonthZh(s.suspendedFrom ?? stopDate!.slice(0, 7))}起停保。`)
      suspendKey.current = undefined
      setReason(undefined)
      setStopDate(undefined)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  async function submitResume() {
    setError(undefined)
    const ok = await confirm(
      '确认续保',
      '续保后，从本月起恢复参保，可继续办理缴费核定。停保期间的月份能否补缴，按参保地的补缴规定办理。确定要续保吗？',
      '确认续保',
    )
    if (!ok) return
    resumeKey.current ??= newIdempotencyKey()
    setBusy(true)
    try {
      const s = await api.resume(resumeKey.current)
      setStatus(s)
      setNotice(undefined)
      setResumed(true)
      resumeKey.current = undefined
      setOptions(await api.suspensionOptions().catch(() => undefined))
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  const openRecords =
    error?.code === 'SUSPEND_OPEN_ASSESSMENTS' && Array.isArray(error.detail.assessments)
      ? (error.detail.assessments as string[])
      : []

  return (
    <View className={pageClass('page suspend')}>
      <ProxyBanner />
      <View className="card" id="suspend-status" {...a11y('region', '参保状态')}>
        <Text className="card-title" {...a11y('heading')}>
          参保状态
        </Text>
        {!status.registered ? (
          <View id="suspend-unregistered">
            <Text className="muted">尚未办理参保登记，无需停保。登记后可在此办理停保和续保。</Text>
            <Button
              className="btn btn-primary"
              onClick={() => void go(Route.Register)}
              {...a11y('button', '去参保登记')}
            >
              去参保登记
            </Button>
          </View>
        ) : (
          <View>
            <InfoRow label="参保地" value={status.regionName ?? status.region ?? '—'} />
            <InfoRow label="参保状态" value={status.status ? <StatusTag status={status.status} /> : '—'} />
            {status.status === 'SUSPENDED' && (
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
      </View>

      {notice && (
        <View className="card" id="suspend-notice" {...a11y('status', notice)}>
          <Text className="success-title">{notice}</Text>
        </View>
      )}

      {resumed && status.status === 'ACTIVE' && (
        <View className="card" id="resume-done" {...a11y('status')}>
          <Text className="success-title">✓ 续保成功</Text>
          <Text className="block-text">
            已自{formatMonthZh(status.resumedFrom ?? '')}起恢复参保。下一步：办理缴费核定，选择缴费基数和缴费期间。
          </Text>
          <Button
            id="go-assess"
            className="btn btn-primary"
            onClick={() => void go(Route.Assess)}
            {...a11y('button', '去缴费核定')}
          >
            去缴费核定
          </Button>
          <Button className="btn btn-secondary" onClick={() => void go(Route.Home)} {...a11y('button', '返回首页')}>
            返回首页
          </Button>
        </View>
      )}

      <ErrorSummary error={error} />
      {openRecords.length > 0 && (
        <View className="card" id="open-records" {...a11y('region', '未缴费的核定记录')}>
          <Text className="card-title">请先撤销这些核定记录</Text>
          {openRecords.map((id) => (
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

      {status.registered && status.status === 'ACTIVE' && !resumed && (
        <View className="card" id="suspend-form" {...a11y('region', '办理停保')}>
          <Text className="card-title" {...a11y('heading')}>
            办理停保
          </Text>
          <Text className="muted">停保即暂停参保缴费。停保当月及以后有未缴费的核定记录的，须先撤销。</Text>
          <Field label="停保原因" id="reason" error={fieldErrors.reason}>
            <ChoiceList
              id="reason"
              label="停保原因"
              options={reasons}
              value={reason}
              onChange={(v) => {
                setReason(v)
                setFieldErrors((f) => ({ ...f, reason: undefined }))
              }}
            />
          </Field>
          <Field
            label="停保日期"
            id="stop-date"
            error={fieldErrors.stopDate}
            hint={
              options
                ? `从该日期所在月份起停保。可选 ${formatDateZh(options.earliestStopDate)} 至 ${formatDateZh(options.latestStopDate)}。`
                : '从该日期所在月份起停保。'
            }
          >
            <Picker
              key={`stop-${stopDate ?? 'none'}`}
              mode="date"
              start={options?.earliestStopDate}
              end={options?.latestStopDate}
              value={stopDate ?? clampDate(today ?? '')}
              onChange={(e) => {
                setStopDate(String(e.detail.value))
                setFieldErrors((f) => ({ ...f, stopDate: undefined }))
              }}
            >
              <View
                id="stop-date-picker"
                className={`field-picker ${stopDate ? '' : 'field-picker-placeholder'}`}
                {...a11y('button', stopDate ? `停保日期：${formatDateZh(stopDate)}` : '请选择停保日期')}
              >
                {stopDate ? formatDateZh(stopDate) : '请选择停保日期 ›'}
              </View>
            </Picker>
          </Field>
          <Button
            id="suspend-submit"
            className="btn btn-danger"
            loading={busy || checking}
            disabled={busy || checking}
            onClick={() => void submitSuspend()}
            {...a11y('button', '申请停保')}
          >
            {checking ? '正在检查…' : '申请停保'}
          </Button>
        </View>
      )}

      {status.registered && status.status === 'SUSPENDED' && (
        <View className="card" id="resume-form" {...a11y('region', '办理续保')}>
          <Text className="card-title" {...a11y('heading')}>
            办理续保
          </Text>
          <Text className="muted">续保从本月开始恢复参保，续保后即可继续办理缴费核定。</Text>
          <Button
            id="resume-submit"
            className="btn btn-primary"
            loading={busy}
            disabled={busy}
            onClick={() => void submitResume()}
            {...a11y('button', '申请续保')}
          >
            申请续保
          </Button>
        </View>
      )}
    </View>
  )
}
