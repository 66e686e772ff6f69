/** 缴费凭证核验: reads the typed number and asks the server (public: no sign-in, masked data only). */
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { ApiError, toApiError } from '@/api/client'
import { api } from '@/api/endpoints'
import type { VoucherCheck } from '@/api/schema'
import { VOUCHER_FORMAT_MESSAGE, readVoucherNo } from './voucher.model'

export function useVoucherCheck() {
  const initial = useRouter().params.no ?? ''
  const [no, setNo] = useState(initial)
  const [result, setResult] = useState<VoucherCheck>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)

  const check = async (typed: string) => {
    setResult(undefined)
    const read = readVoucherNo(typed)
    if (!read.ok) return setError(new ApiError('VOUCHER_FORMAT', VOUCHER_FORMAT_MESSAGE))
    setBusy(true)
    setError(undefined)
    try {
      setResult(await api.checkVoucher(read.voucherNo))
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  // a link from a receipt (?no=) checks at once
  useEffect(() => {
    if (initial) void check(initial)
  }, [initial])

  return { no, setNo, result, error, busy, check: () => !busy && void check(no) }
}
