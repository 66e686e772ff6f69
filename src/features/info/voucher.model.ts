/** 缴费凭证核验: what the user typed, read as a voucher number (the engine's rule), or why it is not one. No React. */
import { messageOf } from '@/domain/messages'

export { readVoucherNo } from '@/domain/voucher'

export const VOUCHER_FORMAT_MESSAGE = messageOf('VOUCHER_FORMAT')!
