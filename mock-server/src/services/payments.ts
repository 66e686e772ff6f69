/**
 * 去缴费 through the tax cashier (simulated, providers/cashier) and the 缴费凭证 of paid records; the
 * public check of a voucher number answers masked data only. The state change is the engine's
 * (markPaid: TRANSMITTED → PAID); this module calls the cashier, stores the result and audits.
 */
import crypto from 'node:crypto'
import type { AppContext } from '../context'
import { notFound, serverError } from '../errors'
import { simulatedCashier, type Cashier } from '../providers/cashier'
import { assessmentsRepo, personsRepo, vouchersRepo, type Executor, inTransaction } from '../storage'
import type { AccountRow, PersonRow } from '../storage/accounts'
import type { AssessmentRow } from '../storage/assessments'
import type { Receipt, VoucherCheck } from '../../../src/api/schema'
import { accessTo, audit, idempotent, lockPerson } from './common'
import { detail } from './assessments'
import { getRegion, markPaid, maskId, maskName, must } from './rules'

let cashier: Cashier = simulatedCashier
/** Tests (or a real integration) swap the cashier here. */
export function useCashier(c: Cashier) {
  cashier = c
}

const VOUCHER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A voucher number that cannot be guessed: PZ + paid date + 10 random characters. */
function newVoucherNo(paidDate: string): string {
  const bytes = crypto.randomBytes(10)
  let tail = ''
  for (const b of bytes) tail += VOUCHER_ALPHABET[b % VOUCHER_ALPHABET.length]
  return `PZ${paidDate.replace(/-/g, '')}${tail}`
}

/** China date of an ISO instant (UTC+8, no DST). */
function chinaDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

async function visible(db: Executor, account: AccountRow, id: string): Promise<AssessmentRow> {
  const row = await assessmentsRepo.find(db, id)
  if (!row) throw notFound()
  if (!(await accessTo(db, account, row.person_id)).allowed) throw notFound()
  return row
}

function refuseUnpayable(row: AssessmentRow) {
  if (row.status === 'PAID') {
    throw serverError(422, 'ALREADY_PAID', { id: row.id })
  }
  if (row.status === 'CREATED') {
    throw serverError(422, 'PAY_NEEDS_TRANSMIT', { id: row.id })
  }
  if (row.status === 'REVOKED' || row.tax_revoked === 1) {
    throw serverError(422, 'PAY_NOT_ALLOWED', { id: row.id })
  }
}

async function issueVoucher(
  db: Executor,
  ctx: AppContext,
  row: AssessmentRow,
  transactionId: string,
  paidDate: string,
) {
  const prior = await vouchersRepo.findByAssessment(db, row.id)
  if (prior) return prior
  const paidAt = row.paid_at ?? ctx.clock.now().toISOString()
  const voucher = {
    voucher_no: newVoucherNo(paidDate),
    paid_date: paidDate,
    assessment_id: row.id,
    person_id: row.person_id,
    cashier_transaction_id: transactionId,
    paid_at: paidAt,
    issued_at: ctx.clock.now().toISOString(),
  }
  await vouchersRepo.insert(db, voucher)
  return voucher
}

async function receiptOf(
  db: Executor,
  row: AssessmentRow,
  v: { voucher_no: string; cashier_transaction_id: string; paid_at: string; paid_date: string },
): Promise<Receipt> {
  const owner = (await personsRepo.find(db, row.person_id)) as PersonRow
  const region = getRegion(row.region)
  return {
    assessmentId: row.id,
    voucherNo: v.voucher_no,
    nameMasked: maskName(owner.name),
    idNumberMasked: maskId(owner.id_number),
    region: row.region,
    regionName: region?.name ?? row.region,
    start: row.start,
    end: row.end,
    months: row.months,
    baseMonthly: row.base_monthly,
    total: row.total,
    paidAt: v.paid_at,
    paidDate: v.paid_date,
    payee: PAYEE_OF(row.region),
    cashierTransactionId: v.cashier_transaction_id,
  }
}

const PAYEE_OF = (region: string) =>
  ({
    '640000': '国家税务总局宁夏回族自治区税务局（模拟）',
    '420100': '国家税务总局武汉市税务局（模拟）',
    '120000': '国家税务总局天津市税务局（模拟）',
  })[region] ?? '国家税务总局（模拟）'

/** 去缴费: the tax cashier takes the amount; the record becomes PAID and gets its voucher. */
export async function pay(ctx: AppContext, account: AccountRow, id: string, key?: string) {
  const out = await idempotent(ctx, { accountId: account.id, key, request: { op: 'pay', id } }, async (trx) => {
    const row = await visible(trx, account, id)
    await lockPerson(trx, row.person_id, account)
    refuseUnpayable(row)
    must(
      markPaid({
        id: row.id,
        status: row.status,
        taxRevoked: row.tax_revoked === 1,
        ownerId: row.person_id,
        operatorId: row.operator_account_id,
      }),
    )
    const paid = await cashier.pay({ assessmentId: row.id, amount: row.total, region: row.region }, ctx.clock.now())
    if (!paid.ok) {
      throw serverError(paid.code === 'CASHIER_DECLINED' ? 422 : 503, paid.code)
    }
    const patch = { status: 'PAID' as const, paid_at: paid.paidAt }
    await assessmentsRepo.update(trx, id, patch)
    const after = { ...row, ...patch }
    const voucher = await issueVoucher(trx, ctx, after, paid.transactionId, ctx.clock.today())
    const self = account.person_id === row.person_id
    await audit(trx, ctx, {
      actor: account,
      subjectPersonId: row.person_id,
      action: self ? 'ASSESSMENT_PAID' : 'ASSESSMENT_PAID_BY_AGENT',
      entity: 'assessment',
      entityId: id,
      before: { id, status: row.status, total: row.total },
      after: { id, status: 'PAID', total: row.total, voucher: voucher.voucher_no },
    })
    return { status: 200, body: { receipt: await receiptOf(trx, after, voucher) } }
  })
  return { ...out, body: { assessment: await detail(ctx, account, id), receipt: out.body.receipt } }
}

/** 缴费凭证 of a paid record (issued on first request for records the tax side marked paid). */
export async function receipt(ctx: AppContext, account: AccountRow, id: string): Promise<Receipt> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await visible(trx, account, id)
    if (row.status !== 'PAID') {
      throw serverError(422, 'RECEIPT_NOT_PAID', { id })
    }
    // paid on the tax side: the date of its paid mark
    const v = await issueVoucher(
      trx,
      ctx,
      row,
      `SW-TAX-${row.id}`,
      chinaDate(row.paid_at ?? ctx.clock.now().toISOString()),
    )
    return receiptOf(trx, row, v)
  })
}

/** Public: does this voucher number exist? Masked name, period and paid date only. */
export async function checkVoucher(ctx: AppContext, voucherNo: string): Promise<VoucherCheck> {
  const v = await vouchersRepo.findByNumber(ctx.db, voucherNo)
  const row = v ? await assessmentsRepo.find(ctx.db, v.assessment_id) : undefined
  const owner = row ? await personsRepo.find(ctx.db, row.person_id) : undefined
  if (!v || !row || !owner || row.status !== 'PAID') {
    throw serverError(404, 'VOUCHER_NOT_FOUND')
  }
  return {
    valid: true,
    voucherNo: v.voucher_no,
    nameMasked: maskName(owner.name),
    start: row.start,
    end: row.end,
    paidDate: v.paid_date,
  }
}
