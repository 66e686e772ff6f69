/** 缴费凭证核验: what the user typed, read as a voucher number (or why it is not one). No React. */
import { VoucherParams } from '@/api/schema'

/** The voucher number's shape, as the API declares it (PZ and 8–22 digits or capital letters). */
const VOUCHER = new RegExp(VoucherParams.properties.voucherNo.pattern ?? '^PZ[0-9A-Z]{8,22}$')

export const VOUCHER_FORMAT_MESSAGE = '凭证号以 PZ 开头，后面是数字和大写字母，请核对后重新输入。'

/** Spaces trimmed, letters capitalised; `ok: false` when it cannot be a voucher number. */
export function readVoucherNo(typed: string): { ok: true; voucherNo: string } | { ok: false } {
  const v = typed.trim().toUpperCase()
  return VOUCHER.test(v) ? { ok: true, voucherNo: v } : { ok: false }
}
