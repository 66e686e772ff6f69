import { insightsSuite } from './insights.flow'

/** dist/weapp: 档次对比 and 缴费凭证 through wx.request only (see insights.flow.ts). */
insightsSuite('weapp')
