/** 消息: how each message is labelled and dated. No React. */
import type { Message } from '@/api/schema'
import { formatChinaTime } from '@/utils/format'

const KIND: Record<string, string> = {
  AGENT_ACT: '代办',
  AGENT_REQUEST: '代办请求',
  AGENT_BOUND: '授权',
  AGENT_ENDED: '授权结束',
}

/** The tag and the time (China time, whatever the phone's zone) a message shows. */
export function messageHead(m: Pick<Message, 'kind' | 'at'>): { kind: string; at: string } {
  return { kind: KIND[m.kind] ?? '通知', at: formatChinaTime(m.at) || m.at }
}
