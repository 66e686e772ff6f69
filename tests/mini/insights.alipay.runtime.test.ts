import { insightsSuite } from './insights.flow'

/** dist/alipay: 档次对比 and 缴费凭证 through my.request only (see insights.flow.ts). */
insightsSuite('alipay')
