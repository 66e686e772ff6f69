import { journeySuite } from './journey.flow'

/** dist/weapp: sign in → 实名 → 参保登记 → 缴费核定 → 传输 → 撤销, in the strict sandbox (WeChat rules, no BigInt, no eval). */
journeySuite('weapp')
