/** "Who acted for me": the audit entries about the signed-in person. */
import type { AppContext } from '../context'
import { accountsRepo, auditRepo } from '../storage'
import type { AccountRow } from '../storage/accounts'
import type { ActivityList } from '../../../src/api/schema'
import { resolveSubject } from './common'

export async function myActivity(ctx: AppContext, account: AccountRow): Promise<ActivityList> {
  const subject = await resolveSubject(ctx, { account })
  const rows = await auditRepo.listForSubject(ctx.db, subject.person.id)
  // the actors' accounts in one statement (no statement per entry)
  const ids = rows.map((r) => r.actor_account_id).filter((id): id is string => id !== null)
  const actors = new Map((await accountsRepo.findMany(ctx.db, ids)).map((a) => [a.id, a.person_id]))
  return {
    items: rows.map((r) => ({
      at: r.at,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      actor: r.actor_label,
      byAgent: r.actor_account_id !== null && actors.get(r.actor_account_id) !== subject.person.id,
      before: r.before_json ? JSON.parse(r.before_json) : null,
      after: r.after_json ? JSON.parse(r.after_json) : null,
    })),
  }
}
