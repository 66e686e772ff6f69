/** 缴费提醒: where an item leads, and what answering the platform's subscribe request gave. No React. */
import type { ReminderItem } from '@/api/schema'
import { Route } from '@/routes'

/** What answering the platform's subscribe request gave, per template (WeChat and Alipay answer differently). */
export function subscribeResults(
  templateIds: readonly string[],
  res: Record<string, unknown>,
): Array<{ templateId: string; status: 'accept' | 'reject' | 'ban' | 'filter' }> {
  // Alipay: { result: { subscribeEntityIds, unsubscribedEntityIds } } or { subscribeEntityIds }
  const ali = (res.result as Record<string, unknown> | undefined) ?? res
  const accepted = Array.isArray(ali.subscribeEntityIds) ? (ali.subscribeEntityIds as string[]) : null
  return templateIds.map((templateId) => {
    if (accepted) return { templateId, status: accepted.includes(templateId) ? 'accept' : 'reject' }
    const v = res[templateId] // WeChat: { [tmplId]: 'accept' | 'reject' | 'ban' | 'filter' }
    return { templateId, status: v === 'accept' || v === 'ban' || v === 'filter' ? v : 'reject' }
  })
}

/** Where a reminder leads: the cashier for a record awaiting payment, 缴费年限 for a short minimum, else 缴费核定. */
export function reminderTarget(item: ReminderItem): {
  route: (typeof Route)[keyof typeof Route]
  params?: { id: string }
} {
  if (item.kind === 'AWAITING_PAYMENT' && item.recordId) return { route: Route.Cashier, params: { id: item.recordId } }
  if (item.kind === 'YEARS_SHORT') return { route: Route.Years }
  return { route: Route.Assess }
}

/** What the subscribe button and note show: only on WeChat and Alipay, and only while not yet subscribed. */
export function subscribeOffer(env: string | undefined, list: { templateIds: string[]; subscribed: string[] }) {
  const canSubscribe = (env === 'weapp' || env === 'alipay') && list.templateIds.length > 0
  const subscribed = list.templateIds.every((t) => list.subscribed.includes(t))
  return canSubscribe && !subscribed
}
