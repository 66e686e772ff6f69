/**
 * Notices to a person: every act an agent does for them (缴费核定, 传输, 撤销, 停保, 续保) and every change
 * of who may act for them leaves an entry in the person's own 消息 list (GET /api/me/messages), naming the
 * agent only masked, and a simulated SMS to the mobile on file for them (their registration's 手机号码).
 * Written in the same transaction as the act.
 */
import type { AppContext } from '../context'
import { providers } from '../providers'
import { noticesRepo, registrationsRepo, type Executor } from '../storage'
import type { AccountRow } from '../storage/accounts'
import { formatPeriodZh, formatYuanText } from './rules'
import type { MessageList } from '../../../src/api/schema'
import { actorLabel, resolveSubject } from './common'

const ACT_TITLES: Record<string, string> = {
  ASSESSMENT_CREATED_BY_AGENT: '缴费核定',
  ASSESSMENT_TRANSMITTED: '传输到税务',
  ASSESSMENT_REVOKED_BY_AGENT: '撤销核定',
  ASSESSMENT_PAID_BY_AGENT: '缴费',
  SUSPENDED: '停保',
  RESUMED: '续保',
}

const SUSPEND_REASONS: Record<string, string> = {
  VOLUNTARY: '本人申请',
  TRANSFER_OUT: '转出',
  OTHER_LEGAL: '其他法定情形',
}

function detailOf(action: string, entityId: string, after: unknown): string {
  const a = (after ?? {}) as Record<string, unknown>
  if (action.startsWith('ASSESSMENT_')) {
    const period = typeof a.start === 'string' && typeof a.end === 'string' ? formatPeriodZh(a.start, a.end) : ''
    const total = typeof a.total === 'string' ? `，应缴 ${formatYuanText(a.total)}` : ''
    return `核定流水号 ${entityId}${period ? `，${period}` : ''}${total}`
  }
  if (action === 'SUSPENDED') {
    const reason = SUSPEND_REASONS[String(a.suspend_reason)] ?? ''
    return `${typeof a.suspended_from === 'string' ? `自${a.suspended_from.replace(/^(\d{4})-(\d{2}).*$/, '$1年$2月')}起` : ''}${reason ? `，原因：${reason}` : ''}`
  }
  return ''
}

/** Writes the notice (and SMS) of an agent's act; other actions are not notices. */
export async function noticeOfAct(
  db: Executor,
  ctx: AppContext,
  actor: AccountRow,
  personId: string,
  action: string,
  entityId: string,
  after: unknown,
) {
  const what = ACT_TITLES[action]
  if (!what) return
  const label = await actorLabel(db, actor)
  const detail = detailOf(action, entityId, after)
  await notify(db, ctx, personId, {
    kind: 'AGENT_ACT',
    actorLabel: label,
    title: `代办人为您办理了${what}`,
    body: `代办人 ${label} 为您办理了${what}${detail ? `（${detail}）` : ''}。如非您授权，请在“我的代办 → 谁可以为我办理”中结束TA的授权，或拨打 12333。`,
    entityId,
    sms: `【指尖办】代办人${label.replace(/^\S+用户 /, '')}为您办理了${what}。详情请在指尖办“消息”中查看；如非您授权，请结束代办授权或拨打12333。`,
  })
}

export async function notify(
  db: Executor,
  ctx: AppContext,
  personId: string,
  n: { kind: string; actorLabel: string; title: string; body: string; entityId?: string; sms?: string },
) {
  await noticesRepo.insert(db, {
    person_id: personId,
    at: ctx.clock.now().toISOString(),
    kind: n.kind,
    actor_label: n.actorLabel,
    title: n.title,
    body: n.body,
    entity_id: n.entityId ?? null,
  })
  if (n.sms) {
    const mobile = await mobileOnFile(db, personId)
    if (mobile) await providers(ctx).sms.send(db, { phone: mobile, purpose: 'NOTICE', text: n.sms })
  }
}

/** The mobile the agency has on file for the person: their registration's 手机号码. */
export async function mobileOnFile(db: Executor, personId: string): Promise<string | null> {
  return (await registrationsRepo.find(db, personId))?.mobile ?? null
}

/** The signed-in person's 消息 list, newest first. */
export async function myMessages(ctx: AppContext, account: AccountRow): Promise<MessageList> {
  const subject = await resolveSubject(ctx, { account })
  const rows = await noticesRepo.listForPerson(ctx.db, subject.person.id)
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      kind: r.kind,
      actor: r.actor_label,
      title: r.title,
      body: r.body,
      entityId: r.entity_id,
    })),
  }
}
