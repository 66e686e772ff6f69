import { peopleSuite } from './people.flow'

/** dist/weapp: 我的代办 through wx.request only (see people.flow.ts). */
peopleSuite('weapp')
