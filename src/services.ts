/**
 * The service entries shown on 首页 and 办事, and where each one leads. Entries that need a signed-in,
 * identified user go through 登录 / 实名认证 first and come back.
 */
import { Route, type RouteName } from '@/routes'
import { hasValidSession, useSession } from '@/store/session'
import { returnParams } from '@/routing/auth'
import { go } from '@/utils/nav'

export interface ServiceEntry {
  key: 'register' | 'assess' | 'records' | 'estimate' | 'proxy' | 'suspend' | 'messages'
  title: string
  hint: string
  /** One character shown in a round badge (no emoji: not every phone or font has them). */
  icon: string
  /** The page of the flow. */
  route: RouteName
}

export const services: ServiceEntry[] = [
  { key: 'register', title: '参保登记', hint: '新参保或变更参保地', icon: '登', route: 'Register' },
  { key: 'assess', title: '缴费核定', hint: '选择基数和期间，先看金额', icon: '核', route: 'Assess' },
  { key: 'records', title: '核定记录', hint: '查看、传输或撤销核定', icon: '录', route: 'Records' },
  { key: 'estimate', title: '养老金测算', hint: '缴多少、领多少，各档对比', icon: '算', route: 'Estimate' },
  {
    key: 'proxy',
    title: '代他人核定',
    hint: '为家人办理缴费核定',
    icon: '代',
    route: 'People',
  },
  { key: 'suspend', title: '停保/续保', hint: '暂停或恢复参保', icon: '停', route: 'Suspend' },
  { key: 'messages', title: '消息', hint: '家人为您办理的业务', icon: '信', route: 'Messages' },
]

/** Opens a service: its page, after 登录 / 实名认证 when needed. */
export function openService(entry: ServiceEntry) {
  const state = useSession.getState()
  if (!hasValidSession(state)) return go(Route.Login, returnParams(entry.route))
  if (!state.account?.identity) return go(Route.Identity, returnParams(entry.route))
  return go(Route[entry.route])
}
