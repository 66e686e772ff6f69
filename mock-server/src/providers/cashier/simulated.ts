/**
 * Simulated tax cashier: accepts every well-formed order and answers a transaction id derived from the
 * order (the same order always gets the same id, as a real cashier answers a repeated order). It refuses
 * an amount that is not a positive 2-decimal figure, like a real cashier would.
 */
import crypto from 'node:crypto'
import type { Cashier } from './index'

const PAYEE: Record<string, string> = {
  '640000': '国家税务总局宁夏回族自治区税务局（模拟）',
  '420100': '国家税务总局武汉市税务局（模拟）',
  '120000': '国家税务总局天津市税务局（模拟）',
}

export const simulatedCashier: Cashier = {
  name: 'simulated',
  async pay(order, now) {
    if (!/^\d+\.\d{2}$/.test(order.amount) || Number(order.amount) <= 0) {
      return { ok: false, code: 'CASHIER_DECLINED', reason: 'amount' }
    }
    const digest = crypto.createHash('sha256').update(`cashier:${order.assessmentId}:${order.amount}`).digest('hex')
    return {
      ok: true,
      transactionId: `SW${digest.slice(0, 20).toUpperCase()}`,
      paidAt: now.toISOString(),
      payee: PAYEE[order.region] ?? '国家税务总局（模拟）',
    }
  },
}
