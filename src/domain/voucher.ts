/** 缴费凭证号 (the tax side's voucher number): PZ and 8–22 digits or capital letters. The API schema uses the same pattern. */
export const VOUCHER_NO_PATTERN = '^PZ[0-9A-Z]{8,22}$'
const VOUCHER_NO = new RegExp(VOUCHER_NO_PATTERN)

/** Spaces trimmed, letters capitalised; `ok: false` when it cannot be a voucher number. */
export function readVoucherNo(typed: string): { ok: true; voucherNo: string } | { ok: false } {
  const v = typed.trim().toUpperCase()
  return VOUCHER_NO.test(v) ? { ok: true, voucherNo: v } : { ok: false }
}
