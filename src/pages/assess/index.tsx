import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import { ApiError } from '@/api/client'
import { api, newIdempotencyKey } from '@/api/endpoints'
import type { Assessment, Quote, Region, RegistrationStatus } from '@/api/schema'
import { AssessmentPreview } from '@/components/AssessmentPreview'
import { BaseChooser, asEntry, engineInput, initialEntry, readBase, type BaseEntry } from '@/features/assess/BaseChooser'
import { ErrorSummary } from '@/components/ErrorSummary'
import { MonthPicker } from '@/components/MonthPicker'
import { PageState } from '@/components/PageState'
import { PrivacyPrompt } from '@/components/PrivacyPrompt'
import { ProxyBanner } from '@/components/ProxyBanner'
import { StatusTag } from '@/components/StatusTag'
import { Steps } from '@/components/Steps'
import { addMonths, formatMonthZh, formatPeriodZh, parseMonth } from '@/domain/month'
import { formatYuan } from '@/domain/money'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { useSession } from '@/store/session'
import { clearDraft, loadDraft, useDraft, useLeaveGuard } from '@/utils/draft'
import { a11y, checked } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { copyText } from '@/utils/clipboard'
import { go, replace } from '@/utils/nav'
import { loadErrorOf } from '@/utils/loadError'
import '@/components/flow.css'
import './index.css'
import { usePageClass } from '@/store/prefs'

/** Short step names (four characters) so that none wraps at 375 px, elder mode included. */
const STEPS = ['缴费基数', '缴费期间', '确认核定', '传输税务'] as const
const FREQUENCY_LABEL: Record<string, string> = { monthly: '按月', quarterly: '按季', yearly: '按年' }
const FREQUENCY_HINT: Record<string, string> = {
  monthly: '缴纳一个月',
  quarterly: '缴纳一个自然季度（3个月）',
  yearly: '从所选月份缴到年度最后一个月',
}

interface Context {
  region: Region
  registration: RegistrationStatus
}

/** Every month from `earliest` to `latest` (YYYY-MM). */
export function monthRange(earliest: string, latest: string): string[] {
  const out: string[] = []
  for (let m = earliest; m <= latest && out.length < 60; m = addMonths(m, 1)) out.push(m)
  return out
}

const quarterStart = (m: string) => {
  const [y, mo] = m.split('-').map(Number)
  return `${y}-${String(Math.floor((mo - 1) / 3) * 3 + 1).padStart(2, '0')}`
}

/** The period a frequency gives for a start month (Tianjin, RULES.md §4.6). */
function shapeFor(frequency: string, start: string, months: string[]): { start: string; end: string } {
  const last = months[months.length - 1]
  if (frequency === 'monthly') return { start, end: start }
  if (frequency === 'quarterly') {
    const s = quarterStart(start)
    return { start: s, end: addMonths(s, 2) }
  }
  if (frequency === 'yearly') return { start, end: last }
  return { start, end: start }
}

/** Months that can still be assessed for this person: not already assessed, not in a suspended stretch. */
export function openMonths(months: readonly string[], registration: RegistrationStatus): string[] {
  const covered = new Set(registration.monthsCoveredThisYear)
  const stop = registration.status === 'SUSPENDED' ? registration.suspendedFrom : null
  const cap = registration.retirementMonth
  return months.filter((m) => !covered.has(m) && (!stop || m < stop) && (!cap || m <= cap))
}

/**
 * The default period: the first open months (RULES.md §4.5: no overlap; §4.8: none in a suspension) —
 * from the first open month to the end of its unbroken run, in the shape of the frequency (Tianjin).
 */
export function firstOpenPeriod(
  months: readonly string[],
  open: readonly string[],
  frequency: string,
): { start: string; end: string } | undefined {
  const isOpen = new Set(open)
  const list = [...months]
  const fits = (p: { start: string; end: string }) =>
    list.includes(p.start) && list.includes(p.end) && monthRange(p.start, p.end).every((m) => isOpen.has(m))
  for (const m of list) {
    if (!isOpen.has(m)) continue
    if (frequency === 'monthly' || frequency === 'quarterly' || frequency === 'yearly') {
      const p = shapeFor(frequency, m, list)
      if (fits(p)) return p
      continue
    }
    let end = m
    while (isOpen.has(addMonths(end, 1)) && list.includes(addMonths(end, 1))) end = addMonths(end, 1)
    return { start: m, end }
  }
  return undefined
}

interface Draft {
  step: number
  entry: BaseEntry
  start: string
  end: string
  frequency: string
}

export default function AssessPage() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const person = useActingFor((s) => s.person)
  const personRef = person?.personRef
  const accountId = useSession((s) => s.account?.id)
  /** Drafts are kept per person: the relative acted for, or the account itself. */
  const owner = personRef ? `p-${personRef}` : accountId
  /** Carried in from 档次对比 (`base`, the engine's input of the chosen row) or a gap of 缴费记录 (`start`/`end`). */
  const carried = useRouter().params

  const [ctx, setCtx] = useState<Context>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [step, setStep] = useState(0)
  const [entry, setEntry] = useState<BaseEntry>({ typed: '' })
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const [frequency, setFrequency] = useState('')
  const [quote, setQuote] = useState<Quote>()
  const [quoteError, setQuoteError] = useState<ApiError>()
  const [quoting, setQuoting] = useState(false)
  const [quoteRun, setQuoteRun] = useState(0)
  const [submitError, setSubmitError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [record, setRecord] = useState<Assessment>()
  const createKey = useRef('')
  const transmitKey = useRef('')
  const quoteSeq = useRef(0)

  const months = useMemo(() => {
    if (!ctx?.region) return []
    const { earliest, latest } = ctx.region.allowedMonths
    const y = ctx.region.assessmentYear
    return monthRange(earliest ?? `${y}-01`, latest ?? `${y}-12`)
  }, [ctx])

  const load = useCallback(async () => {
    setLoadError(undefined)
    try {
      const [registration, regions] = await Promise.all([api.registration(), api.regions()])
      const region = regions.regions.find((r) => r.code === registration.region)
      if (registration.registered && !region)
        throw new ApiError('REGION_UNKNOWN', '未找到您的参保地区的缴费规则，请稍后再试。')
      if (region) {
        const { earliest, latest } = region.allowedMonths
        const list = monthRange(earliest ?? `${region.assessmentYear}-01`, latest ?? `${region.assessmentYear}-12`)
        const draft = loadDraft<Draft>('assess', owner)
        const freq =
          draft && region.frequencyOptions.includes(draft.frequency)
            ? draft.frequency
            : (region.frequencyOptions[0] ?? '')
        setFrequency((f) => f || freq)
        const open = openMonths(list, registration)
        const fromDraft = draft && list.includes(draft.start) && list.includes(draft.end) ? draft : undefined
        const asked =
          carried.start && carried.end && list.includes(carried.start) && list.includes(carried.end)
            ? { start: carried.start, end: carried.end }
            : undefined
        const p = asked ??
          fromDraft ??
          firstOpenPeriod(list, open, freq) ?? { start: list[0], end: freq ? list[0] : list[list.length - 1] }
        setStart((s) => (asked ? p.start : s || p.start))
        setEnd((e) => (asked ? p.end : e || p.end))
        if (carried.base) setEntry(asEntry(region, decodeURIComponent(carried.base)))
        else if (draft) {
          const restored = asEntry(region, draft.entry)
          setEntry(restored)
          if (draft.step === 1 && readBase(region, restored).ok) setStep((s) => s || 1)
        } else setEntry((e) => (e.mode || e.typed ? e : initialEntry(region)))
      }
      setCtx({ region: region as Region, registration })
    } catch (e) {
      setLoadError(e instanceof ApiError ? e : new ApiError('UNKNOWN', '出现未知问题，请稍后再试。'))
    }
  }, [personRef, owner, carried.base, carried.start, carried.end])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])

  const base = ctx?.region ? (engineInput(ctx.region, entry) ?? '') : ''
  const dirty = !!ctx?.region && step <= 2 && !record && (!!entry.typed.trim() || step > 0)
  useDraft<Draft>('assess', owner, { step: Math.min(step, 1), entry, start, end, frequency }, dirty)
  useLeaveGuard(dirty)

  // Step 2: a fresh backend quote whenever the base or the period changes.
  useEffect(() => {
    if (!ctx?.region || step !== 1 || !start || !end) return
    const seq = ++quoteSeq.current
    setQuoting(true)
    setQuoteError(undefined)
    api
      .quote({
        start,
        end,
        base: base.trim(),
        ...(frequency ? { frequency } : {}),
        ...(personRef ? { personRef } : {}),
      })
      .then((q) => {
        if (seq !== quoteSeq.current) return
        setQuote(q)
        setQuoting(false)
      })
      .catch((e: ApiError) => {
        if (seq !== quoteSeq.current) return
        setQuote(undefined)
        setQuoteError(e)
        setQuoting(false)
      })
  }, [ctx, step, start, end, frequency, base, personRef, quoteRun])

  if (!ready) return <PageState loading />
  if (loadError || !ctx) {
    return (
      <View className={pageClass('page')}>
        <ProxyBanner />
        <PageState loading={!loadError} error={loadErrorOf(loadError)} onRetry={load} />
      </View>
    )
  }
  if (!ctx.registration.registered || !ctx.region) {
    return (
      <View className={pageClass('page')}>
        <ProxyBanner />
        <View className="card" id="not-registered" {...a11y('region', '尚未参保登记')}>
          <Text className="card-title" {...a11y('heading')}>
            {person ? `${person.nameMasked} 尚未参保登记` : '请先办理参保登记'}
          </Text>
          <Text className="muted block-text">
            {person
              ? '缴费核定前，须由其本人先办理参保登记（本人登录后在“参保登记”中办理）。登记后，您即可为其核定缴费。'
              : '缴费核定前，需要先办理参保登记（约需 3 分钟）。登记后，即可选择缴费基数和期间。'}
          </Text>
          {!person && (
            <Button
              className="btn btn-primary"
              id="go-register"
              onClick={() => void replace(Route.Register)}
              {...a11y('button', '去参保登记')}
            >
              去参保登记
            </Button>
          )}
          <Button
            className="btn btn-secondary"
            id="back-home"
            onClick={() => void go(Route.Home)}
            {...a11y('button', '返回首页')}
          >
            返回首页
          </Button>
        </View>
      </View>
    )
  }

  const { region, registration } = ctx
  const reading = readBase(region, entry)
  const open = openMonths(months, registration)
  const suspendedFrom = registration.status === 'SUSPENDED' ? registration.suspendedFrom : null
  const monthLabel = (m: string) =>
    registration.monthsCoveredThisYear.includes(m)
      ? '（已核定）'
      : suspendedFrom && m >= suspendedFrom
        ? '（停保）'
        : ''

  const toPeriod = async () => {
    if (!reading.ok) return
    if (reading.confirm) {
      const answer = await Taro.showModal({
        title: '请核对月工资收入',
        content: reading.confirm,
        confirmText: '填写正确',
        cancelText: '返回修改',
      })
      if (!answer.confirm) return
    }
    setStep(1)
  }
  const body = {
    start,
    end,
    base: base.trim(),
    ...(frequency ? { frequency } : {}),
    ...(personRef ? { personRef } : {}),
  }

  const changeStart = (m: string) => {
    if (frequency) {
      const p = shapeFor(frequency, m, months)
      setStart(p.start)
      setEnd(p.end)
      return
    }
    setStart(m)
    if (m > end) setEnd(m)
  }
  const changeEnd = (m: string) => {
    setEnd(m)
    if (m < start) setStart(m)
  }
  const changeFrequency = (f: string) => {
    setFrequency(f)
    const p = shapeFor(f, start, months)
    setStart(p.start)
    setEnd(p.end)
  }

  const toConfirm = () => {
    createKey.current = newIdempotencyKey()
    setSubmitError(undefined)
    setStep(2)
  }

  const confirm = async () => {
    if (busy) return
    setBusy(true)
    setSubmitError(undefined)
    try {
      const r = await api.createAssessment(body, createKey.current)
      clearDraft('assess', owner)
      setRecord(r)
      transmitKey.current = newIdempotencyKey()
      setStep(3)
    } catch (e) {
      setSubmitError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }

  const transmit = async () => {
    if (!record || busy) return
    const answer = await Taro.showModal({
      title: '传输到税务',
      content: `将核定流水号 ${record.id}（${formatYuan(record.total)}）传输到税务部门缴费。传输后如需撤销，须先向税务部门申请撤销。`,
      confirmText: '确认传输',
      cancelText: '暂不传输',
    })
    if (!answer.confirm) return
    setBusy(true)
    setSubmitError(undefined)
    try {
      setRecord(await api.transmit(record.id, transmitKey.current))
    } catch (e) {
      setSubmitError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }

  /** 新增: assess another period with the same base, defaulting to the first months still open. */
  const another = () => {
    const covered = record ? monthRange(record.start, record.end) : []
    const reg = { ...registration, monthsCoveredThisYear: [...registration.monthsCoveredThisYear, ...covered] }
    setCtx({ region, registration: reg })
    const p = firstOpenPeriod(months, openMonths(months, reg), frequency)
    if (p) {
      setStart(p.start)
      setEnd(p.end)
    }
    setRecord(undefined)
    setQuote(undefined)
    setQuoteError(undefined)
    setSubmitError(undefined)
    setStep(1)
  }

  const copyId = (id: string) => {
    void copyText(id, '核定流水号')
  }

  const overlapId = (err?: ApiError) => {
    const p = err?.problems.find((x) => x.code === 'PERIOD_OVERLAP')
    const id = p?.detail?.conflicting
    return typeof id === 'string' ? id : undefined
  }

  const refusal = (err: ApiError | undefined, id: string) => {
    if (!err) return null
    const conflicting = overlapId(err)
    const baseProblem = err.problems.some((p) => /^BASE_|^TIER_/.test(p.code))
    return (
      <View className="refusal">
        <ErrorSummary error={err} id={id} />
        {conflicting && (
          <Button
            className="btn btn-secondary"
            id="overlap-link"
            onClick={() => go(Route.RecordDetail, { id: conflicting })}
            {...a11y('link', `查看已有核定记录 ${conflicting}`)}
          >
            查看已有核定 {conflicting}
          </Button>
        )}
        {baseProblem && (
          <Button className="btn btn-secondary" onClick={() => setStep(0)} {...a11y('button', '修改缴费基数')}>
            修改缴费基数
          </Button>
        )}
        {(err.code === 'NETWORK' || err.code === 'TIMEOUT' || err.status >= 500) && id === 'quote-errors' && (
          <Button className="btn btn-secondary" onClick={() => setQuoteRun((n) => n + 1)} {...a11y('button', '重试')}>
            重试
          </Button>
        )}
      </View>
    )
  }

  return (
    <View className={pageClass('page assess-page')}>
      <PrivacyPrompt />
      <ProxyBanner />
      <Steps steps={STEPS} current={step === 3 && record && record.status !== 'CREATED' ? STEPS.length : step} />
      {suspendedFrom && (
        <View className="card notice-card" id="suspended-notice" {...a11y('alert')}>
          <Text className="card-title" {...a11y('heading')}>
            {person ? `${person.nameMasked} 已停保` : '您已停保'}
          </Text>
          <Text className="block-text">
            自{formatMonthZh(suspendedFrom)}起停保：{formatMonthZh(suspendedFrom)}
            及以后的月份不能核定，停保前的月份仍可核定。如需继续缴费，请先办理续保。
          </Text>
          <Button
            className="btn btn-primary"
            id="go-resume"
            onClick={() => void go(Route.Suspend)}
            {...a11y('button', '去续保')}
          >
            去续保
          </Button>
        </View>
      )}

      {step === 0 && (
        <View className="card" id="step-base">
          <Text className="card-title" {...a11y('heading')}>
            选择缴费基数
          </Text>
          <Text className="muted step-intro">
            {region.name} · {region.assessmentYear}年度。缴费基数决定每月缴多少钱，费率为20%（其中8%记入个人账户）。
          </Text>
          <BaseChooser region={region} value={entry} onChange={setEntry} />
          <View className="row-links">
            <Text
              className="link"
              id="to-estimate"
              onClick={() => go(Route.Estimate, base ? { base } : {})}
              {...a11y('link', '这个基数将来能领多少？去养老金测算')}
            >
              这个基数将来能领多少？去养老金测算
            </Text>
            <Text className="link" id="to-compare" onClick={() => go(Route.Compare)} {...a11y('link', '各档次对比')}>
              各档次对比
            </Text>
          </View>
          <Button
            className={`btn btn-primary btn-block ${reading.ok ? '' : 'btn-disabled'}`}
            id="base-next"
            disabled={!reading.ok}
            aria-disabled={!reading.ok ? 'true' : 'false'}
            onClick={() => void toPeriod()}
            {...a11y('button', '下一步：选择缴费期间')}
          >
            下一步：选择缴费期间
          </Button>
          {!reading.ok && (
            <Text className="field-hint" id="base-next-why">
              {region.inputMode === 'tier'
                ? '请先选择一个缴费档次。'
                : region.inputMode === 'ningxia' && !entry.mode
                  ? '请先选择“按比例”或“按工资”，再确定缴费基数。'
                  : '请先选择或填写缴费基数。'}
            </Text>
          )}
        </View>
      )}

      {step === 1 && (
        <View id="step-period">
          <View className="card">
            <Text className="card-title" {...a11y('heading')}>
              选择缴费期间
            </Text>
            <Text className="muted step-intro" id="period-intro">
              可选 {formatPeriodZh(months[0], months[months.length - 1])}
              。已过去的月份为补缴，本月为当期，以后的月份为预缴。
              {open.length === 0
                ? '本年度可核定的月份都已核定或处于停保期间。'
                : open.length < months.length
                  ? `已为您选好第一段尚未核定的月份（标“已核定”${suspendedFrom ? '或“停保”' : ''}的月份不能再选）。`
                  : ''}
              {months.length > 0 && months[0].endsWith(region.yearKind === 'si_july' ? '-07' : '-01')
                ? '往年的月份不能在线补缴，如需补缴请咨询参保地社保经办机构（12333）。'
                : ''}
            </Text>
            {region.frequencyOptions.length > 0 && (
              <View className="frequency" {...a11y('radiogroup', '缴费频次')}>
                <Text className="field-label">缴费频次</Text>
                <View className="frequency-row">
                  {region.frequencyOptions.map((f) => (
                    <View
                      key={f}
                      id={`freq-${f}`}
                      className={`choice ${frequency === f ? 'choice-selected' : ''}`}
                      onClick={() => changeFrequency(f)}
                      {...a11y('radio', `${FREQUENCY_LABEL[f] ?? f}缴费`)}
                      {...checked('radio', frequency === f)}
                    >
                      <Text>
                        {frequency === f ? '✓ ' : ''}
                        {FREQUENCY_LABEL[f] ?? f}
                      </Text>
                    </View>
                  ))}
                </View>
                {FREQUENCY_HINT[frequency] && <Text className="muted">{FREQUENCY_HINT[frequency]}</Text>}
              </View>
            )}
            <MonthPicker
              id="start-month"
              label={frequency === 'monthly' ? '缴费月份' : '开始年月'}
              months={frequency === 'quarterly' ? months.filter((m) => m === quarterStart(m)) : months}
              value={start}
              onChange={changeStart}
              note={monthLabel}
            />
            {frequency === 'monthly' || frequency === 'quarterly' || frequency === 'yearly' ? (
              <Text className="muted" id="end-month-text">
                结束年月：{formatMonthZh(end)}
              </Text>
            ) : (
              <MonthPicker
                id="end-month"
                label="结束年月"
                months={months}
                value={end}
                onChange={changeEnd}
                note={monthLabel}
              />
            )}
            <Text className="period-summary" id="period-summary">
              {formatPeriodZh(start, end)}（共{monthsBetween(start, end)}个月）
            </Text>
          </View>

          {quoting && !quote && <PageState loading />}
          {refusal(quoteError, 'quote-errors')}
          {quote && !quoteError && (
            <View className={`card ${quoting ? 'stale' : ''}`}>
              <AssessmentPreview quote={quote} />
            </View>
          )}
          <View className="actions">
            <Button
              className="btn btn-secondary"
              onClick={() => setStep(0)}
              {...a11y('button', '上一步：修改缴费基数')}
            >
              上一步
            </Button>
            <Button
              className={`btn btn-primary ${quote && !quoteError && !quoting ? '' : 'btn-disabled'}`}
              id="period-next"
              disabled={!quote || !!quoteError || quoting}
              aria-disabled={!quote || !!quoteError || quoting ? 'true' : 'false'}
              onClick={() => quote && !quoteError && !quoting && toConfirm()}
              {...a11y('button', '下一步：确认核定')}
            >
              下一步：确认核定
            </Button>
          </View>
        </View>
      )}

      {step === 2 && quote && (
        <View id="step-confirm">
          <View className="card">
            <Text className="card-title" {...a11y('heading')}>
              确认核定
            </Text>
            <Text className="muted step-intro">
              请核对以下金额。确认核定后生成核定流水号；传输到税务之前，您仍可在核定记录中撤销。
            </Text>
            {person && <Text className="muted">缴费人：{person.nameMasked}</Text>}
            <AssessmentPreview quote={quote} />
          </View>
          {refusal(submitError, 'submit-errors')}
          <View className="actions">
            <Button
              className="btn btn-secondary"
              onClick={() => setStep(1)}
              {...a11y('button', '上一步：修改缴费期间')}
            >
              上一步
            </Button>
            <Button
              className={`btn btn-primary ${busy ? 'btn-disabled' : ''}`}
              id="confirm-assess"
              disabled={busy}
              aria-disabled={busy ? 'true' : 'false'}
              onClick={confirm}
              {...a11y('button', `确认核定，合计 ${formatYuan(quote.total)}`)}
            >
              {busy ? '正在核定…' : '确认核定'}
            </Button>
          </View>
        </View>
      )}

      {step === 3 && record && (
        <View id="step-transmit">
          <View className="card" id="record-card">
            <View className="record-head">
              <Text className="card-title" {...a11y('heading')}>
                {record.status === 'CREATED' ? '核定成功' : '已传输到税务'}
              </Text>
              <StatusTag status={record.status} />
            </View>
            <Text className="muted">核定流水号</Text>
            <View className="record-id-row">
              <Text className="record-id" id="record-id" selectable>
                {record.id}
              </Text>
              <View
                className="copy-btn"
                onClick={() => copyId(record.id)}
                {...a11y('button', `复制核定流水号 ${record.id}`)}
              >
                <Text>复制</Text>
              </View>
            </View>
            <View className="kv">
              <Text className="muted">缴费期间</Text>
              <Text>
                {formatPeriodZh(record.start, record.end)}（共{record.months}个月）
              </Text>
            </View>
            <View className="kv">
              <Text className="muted">月缴费基数</Text>
              <Text className="money">{formatYuan(record.baseMonthly)}</Text>
            </View>
            <View className="kv">
              <Text className="muted">合计应缴</Text>
              <Text className="money big-money" id="record-total">
                {formatYuan(record.total)}
              </Text>
            </View>
          </View>

          {record.status === 'CREATED' && (
            <View className="card">
              <Text className="card-title">下一步：传输到税务</Text>
              <Text className="muted">
                传输后，税务部门才能向您收取这笔费用。传输后如需撤销，须先向税务部门申请撤销，再回来撤销核定。
              </Text>
              {refusal(submitError, 'transmit-errors')}
              <Button
                className={`btn btn-primary btn-block ${busy ? 'btn-disabled' : ''}`}
                id="transmit"
                disabled={busy}
                aria-disabled={busy ? 'true' : 'false'}
                onClick={transmit}
                {...a11y('button', '传输到税务')}
              >
                {busy ? '正在传输…' : '传输到税务'}
              </Button>
              <Button
                className="btn btn-secondary btn-block"
                onClick={() => go(Route.Records)}
                {...a11y('button', '暂不传输，去核定记录')}
              >
                暂不传输，稍后在核定记录中传输
              </Button>
            </View>
          )}
          {record.status !== 'CREATED' && (
            <View className="card" id="transmitted" {...a11y('status')}>
              <Text className="ok-text">✓ 已传输到税务部门</Text>
              <Text className="muted">
                请通过税务渠道（电子税务局、银行或“税务”App）缴纳 {formatYuan(record.total)}
                。如需撤销，须先向税务部门申请撤销。
              </Text>
            </View>
          )}
          <View className="actions">
            <Button
              className="btn btn-secondary"
              id="add-another"
              onClick={another}
              {...a11y('button', '新增：核定其他期间')}
            >
              新增（其他期间）
            </Button>
            <Button className="btn btn-secondary" onClick={() => go(Route.Records)} {...a11y('button', '查看核定记录')}>
              查看核定记录
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}

function monthsBetween(start: string, end: string): number {
  const a = parseMonth(start)
  const b = parseMonth(end)
  return a === null || b === null || b < a ? 0 : b - a + 1
}
