import { peopleSuite } from './people.flow'

/** dist/alipay: 我的代办 through my.request only (see people.flow.ts). */
peopleSuite('alipay')
