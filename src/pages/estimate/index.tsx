import { useCallback, useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text, Button, Input } from '@tarojs/components'
import { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { EstimateResult, InsightsQuery } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Field } from '@/components/Form'
import { InsightNav } from '@/components/InsightNav'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatMonthZh, formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { useRequireLogin } from '@/routing/auth'
import { go } from '@/utils/nav'
import '@/components/flow.css'
import '@/components/Form.css'
import '@/components/insights.css'

type Form = Required<Pick<InsightsQuery, 'base' | 'interestRate' | 'pensionBase' | 'openingBalance'>>

const BASE_HINT: Record<string, string> = {
  ningxia: '填 60 到 300 表示社平工资的百分比（如 100），或直接填您申报的月工资收入（元）。',
  tier: '填缴费档次的百分比，如 60、100、300。',
  amount: '填月缴费基数（元），须在本地区上下限之间。',
}

/** Which field a refusal belongs to (base refusals to the base field). */
function fieldOf(p: { code: string; detail?: Record<string, unknown> }): keyof Form | null {
  const field = p.detail?.field
  if (field === 'interestRate' || field === 'pensionBase' || field === 'openingBalance') return field
  if (/^BASE_|^TIER_/.test(p.code)) return 'base'
  return null
}

export default function EstimatePage() {
  const pageClass = usePageClass()
  const { ready } = useRequireLogin()
  const personRef = useActingFor((s) => s.person?.personRef)
  const params = useRouter().params
  const [form, setForm] = useState<Form>({
    base: params.base ?? '',
    interestRate: '',
    pensionBase: '',
    openingBalance: '',
  })
  const [result, setResult] = useState<EstimateResult>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [applied, setApplied] = useState<Form>()

  const run = useCallback(
    async (f: Form) => {
      setBusy(true)
      setError(undefined)
      try {
        const r = await api.estimate(f)
        setResult(r)
        setApplied(f)
        // prefill from the person's data what the user left empty
        setForm((cur) => ({
          ...cur,
          base: cur.base || r.base.input,
          pensionBase: cur.pensionBase || r.context.pension_base_default,
        }))
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError('UNKNOWN', '出现未知问题，请稍后再试。'))
      } finally {
        setBusy(false)
      }
    },
    [personRef],
  )

  useEffect(() => {
    if (ready) void run({ base: params.base ?? '', interestRate: '', pensionBase: '', openingBalance: '' })
  }, [ready, run, params.base])

  if (!ready) return <PageState loading />
  const fieldError = (k: keyof Form) => error?.problems.find((p) => fieldOf(p) === k)?.message
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }))
  const r = result

  return (
    <View className={pageClass('page estimate-page')}>
      <ProxyBanner />
      <InsightNav current={Route.Estimate} />
      {!r && <PageState loading={!error} error={error} onRetry={() => run(form)} />}
      {r && (
        <>
          <View className="card" id="estimate-result" {...a11y('region', '测算结果')}>
            <Text className="card-title" {...a11y('heading')}>
              {r.person.self ? '您' : r.person.nameMasked}退休时预计每月可领
            </Text>
            <Text className="total-figure" id="estimate-total">
              {formatYuan(r.estimate.total)}
            </Text>
            <Text className="muted">
              法定退休年月 {formatMonthZh(r.context.retirement_month)}（{r.context.retirement_age_years}周岁
              {r.context.retirement_age_months ? `${r.context.retirement_age_months}个月` : ''}），参保地{' '}
              {r.person.regionName}
            </Text>
            <View className="figure-row" id="estimate-basic">
              <Text className="figure-label">基础养老金</Text>
              <Text className="figure-value">{formatYuan(r.estimate.basic)}</Text>
            </View>
            <Text className="derivation" id="estimate-basic-how">
              {r.explanation.basic}
            </Text>
            <View className="figure-row" id="estimate-account">
              <Text className="figure-label">个人账户养老金</Text>
              <Text className="figure-value">{formatYuan(r.estimate.personal_account)}</Text>
            </View>
            <Text className="derivation" id="estimate-account-how">
              {r.explanation.account}
            </Text>
            <Text className="derivation" id="estimate-years-how">
              {r.explanation.years}
            </Text>
          </View>

          <View className="card" id="estimate-facts">
            <Text className="card-title" {...a11y('heading')}>
              测算依据
            </Text>
            <Text className="derivation">
              已缴费 {r.context.paid_months} 个月，已核定未缴费 {r.context.assessed_months} 个月，合计已缴和应缴{' '}
              {formatYuan(r.context.paid_so_far)}。
            </Text>
            <Text className="derivation" id="estimate-future">
              {r.context.future_months > 0 && r.context.future_from && r.context.future_until
                ? `假设从 ${formatPeriodZh(r.context.future_from, r.context.future_until)} 每月按月缴费基数 ${formatYuan(r.base.base)} 缴费（每月 ${formatYuan(r.base.monthly)}，共 ${r.context.future_months} 个月）。${r.base.explanation}`
                : '到法定退休年月前已没有可以继续缴费的月份。'}
            </Text>
            <Text className="derivation">
              本人平均缴费指数 {r.estimate.avg_index}：每个月的缴费基数除以当年社平工资，再取平均。
            </Text>
            <Text className="derivation">
              个人账户储存额 {formatYuan(r.estimate.account)}：每月缴费基数的 8% 记入个人账户
              {applied?.interestRate ? `，按年记账利率 ${applied.interestRate}% 计息` : '，未计利息（记账利率按 0 计）'}
              {applied?.openingBalance ? `，另加已有储存额 ${formatYuan(applied.openingBalance)}` : ''}。
            </Text>
            {r.context.provisional && (
              <View className="notice notice-warn">
                <Text>ⓘ 本年度缴费基数标准尚未公布，暂按 {r.context.parameters_year} 年度标准测算。</Text>
              </View>
            )}
          </View>

          <View className="card" id="estimate-assumptions">
            <Text className="card-title" {...a11y('heading')}>
              调整测算假设
            </Text>
            <Field label="至退休前的缴费基数" id="base" hint={BASE_HINT[r.person.inputMode]} error={fieldError('base')}>
              <Input
                id="base"
                className={`field-input ${fieldError('base') ? 'field-input-invalid' : ''}`}
                type="digit"
                maxlength={12}
                value={form.base}
                onInput={(e) => set({ base: e.detail.value })}
                placeholder="如 100"
                aria-label="至退休前的缴费基数"
              />
            </Field>
            <Field
              label="计发基数（元/月）"
              id="pensionBase"
              hint={`默认按本地区社平工资 ${formatYuan(r.context.pension_base_default)} 计；退休时的实际标准会更高或更低。`}
              error={fieldError('pensionBase')}
            >
              <Input
                id="pensionBase"
                className={`field-input ${fieldError('pensionBase') ? 'field-input-invalid' : ''}`}
                type="digit"
                maxlength={12}
                value={form.pensionBase}
                onInput={(e) => set({ pensionBase: e.detail.value })}
                placeholder="元/月"
                aria-label="计发基数（元/月）"
              />
            </Field>
            <Field
              label="个人账户记账利率（年，%）"
              id="interestRate"
              hint="不填按 0 计（不计利息）。可填近年公布的记账利率，如 2.62。"
              error={fieldError('interestRate')}
            >
              <Input
                id="interestRate"
                className={`field-input ${fieldError('interestRate') ? 'field-input-invalid' : ''}`}
                type="digit"
                maxlength={8}
                value={form.interestRate}
                onInput={(e) => set({ interestRate: e.detail.value })}
                placeholder="不填按 0 计"
                aria-label="个人账户记账利率（年，%）"
              />
            </Field>
            <Field
              label="个人账户已有储存额（元）"
              id="openingBalance"
              hint="如以前在单位参保，个人账户里已有的钱；没有请留空。"
              error={fieldError('openingBalance')}
            >
              <Input
                id="openingBalance"
                className={`field-input ${fieldError('openingBalance') ? 'field-input-invalid' : ''}`}
                type="digit"
                maxlength={12}
                value={form.openingBalance}
                onInput={(e) => set({ openingBalance: e.detail.value })}
                placeholder="没有请留空"
                aria-label="个人账户已有储存额（元）"
              />
            </Field>
            {error && <ErrorSummary error={error} id="estimate-errors" />}
            <Button
              className="btn btn-primary btn-block"
              id="estimate-run"
              onClick={() => !busy && run(form)}
              {...a11y('button', busy ? '正在测算' : '重新测算')}
            >
              {busy ? '正在测算…' : '重新测算'}
            </Button>
          </View>

          <View className="card">
            <Text className="muted">
              测算按现行政策和上面的假设计算，仅供参考；实际待遇以退休时社保经办机构核定为准。如有疑问请拨打 12333。
            </Text>
            <Button
              className="btn btn-secondary btn-block"
              id="estimate-to-assess"
              onClick={() => go(Route.Assess, { base: form.base || r.base.input })}
              {...a11y('button', '按这个基数去缴费核定')}
            >
              按这个基数去缴费核定
            </Button>
          </View>
        </>
      )}
    </View>
  )
}
