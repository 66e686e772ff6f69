import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { ErrorSummary } from '@/components/ErrorSummary'
import { KeyValue, TextField } from '@/components/Form'
import { formatPeriodZh } from '@/domain/month'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { useVoucherCheck } from './useVoucherCheck'
import '@/components/flow.css'
import '@/components/Form.css'
import '@/components/insights.css'

/** Public: anyone holding a voucher may check it (no sign-in); the answer carries masked data only. */
export function VoucherCheck() {
  const pageClass = usePageClass()
  const v = useVoucherCheck()
  const r = v.result

  return (
    <View className={pageClass('page voucher-page')}>
      <Card title="缴费凭证核验">
        <TextField
          label="凭证号"
          id="voucherNo"
          hint="在缴费凭证上，以 PZ 开头。"
          maxlength={24}
          value={v.no}
          onChange={v.setNo}
          placeholder="PZ 开头的凭证号"
        />
        <ActionButton
          id="voucher-check"
          block
          label={v.busy ? '正在核验…' : '核验'}
          a11yLabel={v.busy ? '正在核验' : '核验'}
          onClick={v.check}
        />
      </Card>
      {v.error && <ErrorSummary error={v.error} id="voucher-errors" />}
      {r && (
        <View className="card" id="voucher-result" {...a11y('status')}>
          <Text className="ok-text">✓ 凭证真实有效</Text>
          <KeyValue label="凭证号" value={r.voucherNo} />
          <KeyValue label="缴费人" value={r.nameMasked} valueId="voucher-name" />
          <KeyValue label="缴费期间" value={formatPeriodZh(r.start, r.end)} valueId="voucher-period" />
          <KeyValue label="缴费日期" value={formatDateZh(r.paidDate)} />
        </View>
      )}
    </View>
  )
}
