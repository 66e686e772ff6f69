import { Fragment } from 'react'
import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton, GoButton } from '@/components/Actions'
import type { EstimateResult } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { TextField } from '@/components/Form'
import { InsightNav } from '@/components/InsightNav'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatMonthZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { FIELDS, PARTS, accountText, assessBase, fieldError, futureText } from './estimate.model'
import { useEstimate } from './useEstimate'
import '@/components/flow.css'
import '@/components/Form.css'
import '@/components/insights.css'

/** 养老金测算: what the person acted for may expect each month, how it is derived, and the assumptions to change. */
export function Estimate() {
  const pageClass = usePageClass()
  const e = useEstimate()
  const r = e.result
  const problems = e.error?.problems

  return (
    <View className={pageClass('page estimate-page')}>
      <ProxyBanner />
      <InsightNav current={Route.Estimate} />
      {!r && <PageState loading={!e.error} error={e.error} onRetry={e.retry} />}
      {r && (
        <>
          <ResultCard r={r} />
          <Card id="estimate-facts" title="测算依据">
            <Text className="derivation">
              已缴费 {r.context.paidMonths} 个月，已核定未缴费 {r.context.assessedMonths} 个月，合计已缴和应缴{' '}
              {formatYuan(r.context.paidSoFar)}。
            </Text>
            <Text className="derivation" id="estimate-future">
              {futureText(r)}
            </Text>
            <Text className="derivation">
              本人平均缴费指数 {r.estimate.avgIndex}：每个月的缴费基数除以当年社平工资，再取平均。
            </Text>
            <Text className="derivation">{accountText(r, e.applied)}</Text>
            {r.context.provisional && (
              <View className="notice notice-warn">
                <Text>ⓘ 本年度缴费基数标准尚未公布，暂按 {r.context.parametersYear} 年度标准测算。</Text>
              </View>
            )}
          </Card>

          <Card id="estimate-assumptions" title="调整测算假设">
            {FIELDS.map((f) => {
              const error = fieldError(problems, f.id)
              return (
                <TextField
                  key={f.id}
                  label={f.label}
                  id={f.id}
                  hint={f.hint(r)}
                  error={error}
                  type="digit"
                  maxlength={f.maxlength}
                  value={e.form[f.id]}
                  onChange={(v) => e.edit({ [f.id]: v })}
                  placeholder={f.placeholder}
                />
              )
            })}
            {e.error && <ErrorSummary error={e.error} id="estimate-errors" />}
            <ActionButton
              id="estimate-run"
              block
              label={e.busy ? '正在测算…' : '重新测算'}
              a11yLabel={e.busy ? '正在测算' : '重新测算'}
              onClick={e.run}
            />
          </Card>

          <View className="card">
            <Text className="muted">
              测算按现行政策和上面的假设计算，仅供参考；实际待遇以退休时社保经办机构核定为准。如有疑问请拨打 12333。
            </Text>
            <GoButton
              id="estimate-to-assess"
              variant="secondary"
              block
              to={Route.Assess}
              params={{ base: assessBase(e.form, r) }}
              label="按这个基数去缴费核定"
            />
          </View>
        </>
      )}
    </View>
  )
}

function ResultCard({ r }: { r: EstimateResult }) {
  const c = r.context
  return (
    <Card
      id="estimate-result"
      title={`${r.person.self ? '您' : r.person.nameMasked}退休时预计每月可领`}
      region="测算结果"
    >
      <Text className="total-figure" id="estimate-total">
        {formatYuan(r.estimate.total)}
      </Text>
      <Text className="muted">
        法定退休年月 {formatMonthZh(c.retirementMonth)}（{c.retirementAgeYears}周岁
        {c.retirementAgeMonths ? `${c.retirementAgeMonths}个月` : ''}），参保地 {r.person.regionName}
      </Text>
      {PARTS.map((p) => (
        <Fragment key={p.id}>
          <View className="figure-row" id={`estimate-${p.id}`}>
            <Text className="figure-label">{p.label}</Text>
            <Text className="figure-value">{formatYuan(p.value(r))}</Text>
          </View>
          <Text className="derivation" id={`estimate-${p.id}-how`}>
            {p.how(r)}
          </Text>
        </Fragment>
      ))}
      <Text className="derivation" id="estimate-years-how">
        {r.explanation.years}
      </Text>
    </Card>
  )
}
