import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { RecordHead } from '@/components/RecordHead'
import { GoButton } from '@/components/Actions'
import { MONTH_KIND_LABEL } from '@/components/AssessmentPreview'
import { ErrorSummary } from '@/components/ErrorSummary'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatMonthZh, formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { formatChinaTime as time } from '@/utils/format'
import { baseInputText, detailOperatorText, FREQUENCY, ownerText, TOTAL_LABEL } from './model'
import { RecordActions } from './RecordActions'
import { useRecordDetail } from './useRecordDetail'
import '@/components/flow.css'
import './RecordDetail.css'

/** 核定详情: one record, its progress, and what may be done with it now. */
export function RecordDetail() {
  const pageClass = usePageClass()
  const detail = useRecordDetail()
  // one's own name in full (it is one's own); the server masks names in records
  const ownName = useSession((s) => s.account?.identity?.name ?? '')
  const r = detail.record
  if (!r) {
    return (
      <View className={pageClass('page')}>
        <ProxyBanner />
        <PageState loading={!detail.error} error={detail.error} onRetry={detail.reload} />
        {detail.error && (
          <GoButton id="detail-to-records" variant="secondary" block to={Route.Records} label="查看核定记录" />
        )}
      </View>
    )
  }

  return (
    <View className={pageClass('page detail-page')}>
      <ProxyBanner />
      <View className="card" id="record-detail">
        <RecordHead title="核定详情" status={r.status} recordId={r.id} copyId="copy-id" />
        <View className={`total-box ${r.status === 'REVOKED' ? 'total-box-revoked' : ''}`}>
          <Text className="muted" id="detail-total-label">
            {TOTAL_LABEL[r.status]}
          </Text>
          <Text className="money detail-total" id="detail-total">
            {formatYuan(r.total)}
          </Text>
          {r.status === 'REVOKED' && <Text className="muted">本核定已作废，无需缴纳</Text>}
        </View>
        <Field
          label="缴费期间"
          value={
            <>
              <Text className="nowrap">{formatPeriodZh(r.start, r.end)}</Text>
              <Text className="nowrap">（共{r.months}个月）</Text>
            </>
          }
          id="detail-period"
        />
        <Field label="参保地" value={detail.regionName} />
        {r.frequency && <Field label="缴费频次" value={FREQUENCY[r.frequency] ?? r.frequency} />}
        <Field label="月份类型" value={r.monthKinds.map((k) => MONTH_KIND_LABEL[k] ?? k).join('、')} />
        <Field label="缴费基数（您的选择）" value={baseInputText(r)} />
        <Field label="月缴费基数" value={formatYuan(r.baseMonthly)} money />
        <Field label="缴费基数合计" value={formatYuan(r.baseTotal)} money />
        <Field label="每月缴费（20%）" value={formatYuan(r.contributionMonthly)} money />
        <Field label="其中 个人账户（8%）" value={formatYuan(r.accountMonthly)} money />
        <Field label="其中 统筹基金（12%）" value={formatYuan(r.pooledMonthly)} money />
        {r.provisional && (
          <View className="notice notice-warn">
            <Text>ⓘ 本核定暂按上年度缴费基数标准核定，新标准公布后以正式标准为准，可能需要补差。</Text>
          </View>
        )}
        {r.truncatedToRetirement && (
          <View className="notice notice-info">
            <Text>ⓘ 已按法定退休年月截止，最后一个月为 {formatMonthZh(r.end)}。</Text>
          </View>
        )}
      </View>

      <View className="card">
        <Text className="card-title">缴费人与办理人</Text>
        <Field label="缴费人" value={ownerText(r, ownName)} id="detail-owner" />
        <Field label="身份证号" value={r.owner.idNumberMasked} />
        <Field label="办理人" value={detailOperatorText(r, ownName)} id="detail-operator" />
      </View>

      <View className="card">
        <Text className="card-title">办理进度</Text>
        <Field label="核定时间" value={time(r.createdAt)} />
        {r.transmittedAt && <Field label="传输税务时间" value={time(r.transmittedAt)} />}
        {r.paidAt && <Field label="缴费时间" value={time(r.paidAt)} />}
        {r.taxRevokedAt && <Field label="税务撤销时间" value={time(r.taxRevokedAt)} />}
        {r.revokedAt && <Field label="撤销时间" value={time(r.revokedAt)} />}
      </View>

      {/* after a revoke the record's own note says it once (no second "已撤销" message) */}
      {detail.done && r.status !== 'REVOKED' && (
        <View className="card" id="action-done" {...a11y('status', detail.done)}>
          <Text className="ok-text">✓ {detail.done}</Text>
        </View>
      )}
      {detail.actionError && <ErrorSummary error={detail.actionError} id="action-errors" />}
      <RecordActions record={r} busy={detail.busy} onTransmit={detail.transmit} onRevoke={detail.revoke} />
    </View>
  )
}

function Field({ label, value, id, money }: { label: string; value: ReactNode; id?: string; money?: boolean }) {
  return (
    <View className="kv" id={id}>
      <Text className="muted kv-label">{label}</Text>
      <Text className={`kv-value ${money ? 'money' : ''}`}>{value}</Text>
    </View>
  )
}
