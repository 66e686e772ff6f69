/**
 * The service entries shown on 首页 and 办事. Each flow's page is added to `route` when the flow lands.
 */
export interface ServiceEntry {
  key: 'register' | 'assess' | 'records' | 'proxy' | 'suspend'
  title: string
  hint: string
  /** One character shown in a round badge (no emoji: not every phone or font has them). */
  icon: string
}

export const services: ServiceEntry[] = [
  { key: 'register', title: '参保登记', hint: '新参保或变更参保地', icon: '登' },
  { key: 'assess', title: '缴费核定', hint: '选择基数和期间，先看金额', icon: '核' },
  { key: 'records', title: '核定记录', hint: '查看、传输或撤销核定', icon: '录' },
  { key: 'proxy', title: '代他人核定', hint: '为家人办理缴费核定', icon: '代' },
  { key: 'suspend', title: '停保/续保', hint: '暂停或恢复参保', icon: '停' },
]
