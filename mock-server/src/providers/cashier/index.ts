/**
 * The tax bureau's cashier (收银台). On the real platforms the payment of a transmitted 核定 is made in the
 * tax bureau's own payment flow; here it is a simulated component behind this interface, so a real
 * integration replaces `simulatedCashier` without touching the services.
 */
export interface CashierOrder {
  /** 核定流水号 */
  assessmentId: string
  /** amount due, 2-decimal yuan string */
  amount: string
  region: string
}

export type CashierOutcome =
  | { ok: true; transactionId: string; paidAt: string; payee: string }
  | { ok: false; code: 'CASHIER_DECLINED' | 'CASHIER_UNAVAILABLE'; reason: string }

export interface Cashier {
  readonly name: string
  /** Takes the payment of one order; answers once the money is taken (or refused). */
  pay(order: CashierOrder, now: Date): Promise<CashierOutcome>
}

export { simulatedCashier } from './simulated'
