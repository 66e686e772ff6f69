import { View, Text, Input } from '@tarojs/components'
import { ActionButton } from '@/components/Actions'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Field } from '@/components/Form'
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
      <View className="card">
        <Text className="card-title" {...a11y('heading')}>
          缴费凭证核验
        </Text>
        <Field label="凭证号" id="voucherNo" hint="在缴费凭证上，以 PZ 开头。">
          <Input
            id="voucherNo"
            className="field-input"
            maxlength={24}
            value={v.no}
            onInput={(e) => v.setNo(e.detail.value)}
            placeholder="PZ 开头的凭证号"
            aria-label="凭证号"
          />
        </Field>
        <ActionButton
          id="voucher-check"
          block
          label={v.busy ? '正在核验…' : '核验'}
          ariaLabel={v.busy ? '正在核验' : '核验'}
          onClick={v.check}
        />
      </View>
      {v.error && <ErrorSummary error={v.error} id="voucher-errors" />}
      {r && (
        <View className="card" id="voucher-result" {...a11y('status')}>
          <Text className="ok-text">✓ 凭证真实有效</Text>
          <View className="kv">
            <Text className="muted kv-label">凭证号</Text>
            <Text className="kv-value">{r.voucherNo}</Text>
          </View>
          <View className="kv">
            <Text className="muted kv-label">缴费人</Text>
            <Text className="kv-value" id="voucher-name">
              {r.nameMasked}
            </Text>
          </View>
          <View className="kv">
            <Text className="muted kv-label">缴费期间</Text>
            <Text className="kv-value" id="voucher-period">
              {formatPeriodZh(r.start, r.end)}
            </Text>
          </View>
          <View className="kv">
            <Text className="muted kv-label">缴费日期</Text>
            <Text className="kv-value">{formatDateZh(r.paidDate)}</Text>
          </View>
        </View>
      )}
    </View>
  )
}
