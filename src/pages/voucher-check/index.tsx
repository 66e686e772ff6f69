import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text, Button, Input } from '@tarojs/components'
import dayjs from 'dayjs'
import { ApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { VoucherCheck } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Field } from '@/components/Form'
import { formatPeriodZh } from '@/domain/month'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import '@/components/flow.css'
import '@/components/Form.css'
import '@/components/insights.css'

const VOUCHER = /^PZ[0-9A-Z]{8,22}$/

/** Public: anyone holding a voucher may check it (no sign-in); the answer carries masked data only. */
export default function VoucherCheckPage() {
  const pageClass = usePageClass()
  const initial = useRouter().params.no ?? ''
  const [no, setNo] = useState(initial)
  const [result, setResult] = useState<VoucherCheck>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)

  const check = async (value: string) => {
    const v = value.trim().toUpperCase()
    setResult(undefined)
    if (!VOUCHER.test(v)) {
      setError(new ApiError('VOUCHER_FORMAT', '凭证号以 PZ 开头，后面是数字和大写字母，请核对后重新输入。'))
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      setResult(await api.checkVoucher(v))
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('UNKNOWN', '出现未知问题，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    if (initial) void check(initial)
  }, [initial])

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
            value={no}
            onInput={(e) => setNo(e.detail.value)}
            placeholder="PZ 开头的凭证号"
            aria-label="凭证号"
          />
        </Field>
        <Button
          className="btn btn-primary btn-block"
          id="voucher-check"
          onClick={() => !busy && check(no)}
          {...a11y('button', busy ? '正在核验' : '核验')}
        >
          {busy ? '正在核验…' : '核验'}
        </Button>
      </View>
      {error && <ErrorSummary error={error} id="voucher-errors" />}
      {result && (
        <View className="card" id="voucher-result" {...a11y('status')}>
          <Text className="ok-text">✓ 凭证真实有效</Text>
          <View className="kv">
            <Text className="muted kv-label">凭证号</Text>
            <Text className="kv-value">{result.voucherNo}</Text>
          </View>
          <View className="kv">
            <Text className="muted kv-label">缴费人</Text>
            <Text className="kv-value" id="voucher-name">
              {result.nameMasked}
            </Text>
          </View>
          <View className="kv">
            <Text className="muted kv-label">缴费期间</Text>
            <Text className="kv-value" id="voucher-period">
              {formatPeriodZh(result.start, result.end)}
            </Text>
          </View>
          <View className="kv">
            <Text className="muted kv-label">缴费日期</Text>
            <Text className="kv-value">{dayjs(result.paidDate).format('YYYY年M月D日')}</Text>
          </View>
        </View>
      )}
    </View>
  )
}
