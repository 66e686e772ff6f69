import { journeySuite } from './journey.flow'

/** dist/alipay: sign in → 实名 → 参保登记 → 缴费核定 → 传输 → 撤销, in the strict sandbox (Alipay rules, no BigInt, no eval). */
journeySuite('alipay')
