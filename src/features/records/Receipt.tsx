import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton, GoButton } from '@/components/Actions'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { formatYuan } from '@/domain/money'
import { formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { formatDateZh } from '@/utils/format'
import '@/components/flow.css'
import '@/components/insights.css'
import './Receipt.css'

/** 缴费凭证 of a paid record. */
export function Receipt() {
  const pageClass = usePageClass()
  const id = useRouter().params.id ?? ''
  const { data: r, error, reload: load } = useQuery(queries.receipt(id))
  return (
    <View className={pageClass('page receipt-page')}>
      <ProxyBanner />
      {!r && <PageState loading={!error} error={error} onRetry={load} />}
      {r && (
        <>
          <Card id="receipt" className="receipt-card" title="基本养老保险（灵活就业人员）缴费凭证">
            <Row label="凭证号" value={r.voucherNo} id="receipt-voucher" />
            <Row label="核定流水号" value={r.assessmentId} id="receipt-assessment" />
            <Row label="缴费人" value={r.nameMasked} id="receipt-name" />
            <Row label="身份证号" value={r.idNumberMasked} />
            <Row label="参保地" value={r.regionName} />
            <Row
              label="缴费期间"
              value={`${formatPeriodZh(r.start, r.end)}（共${r.months}个月）`}
              id="receipt-period"
            />
            <Row label="月缴费基数" value={formatYuan(r.baseMonthly)} id="receipt-base" />
            <Row label="缴费金额" value={formatYuan(r.total)} id="receipt-total" />
            <Row label="缴费日期" value={formatDateZh(r.paidDate)} id="receipt-date" />
            <Row label="收款方" value={r.payee} />
            <Row label="收银台交易号" value={r.cashierTransactionId} />
            <Text className="receipt-stamp">已缴费 ✓</Text>
            <Text className="muted">凭证号可在“缴费凭证核验”中查验真伪（只显示脱敏姓名和缴费期间）。</Text>
          </Card>
          <View className="card receipt-actions">
            {process.env.TARO_ENV === 'h5' && (
              <ActionButton id="receipt-print" block label="打印凭证" onClick={() => window.print()} />
            )}
            <GoButton
              id="receipt-verify"
              variant="secondary"
              block
              to={Route.VoucherCheck}
              params={{ no: r.voucherNo }}
              label="核验凭证"
            />
            <GoButton variant="secondary" block to={Route.History} label="查看缴费记录" />
          </View>
        </>
      )}
    </View>
  )
}

function Row({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <View className="kv" id={id}>
      <Text className="muted kv-label">{label}</Text>
      <Text className="kv-value" selectable>
        {value}
      </Text>
    </View>
  )
}
