/**
 * Proxy bindings (代他人核定): an agent account ↔ a person it may act for, with the person's consent.
 * A binding is active while `expires_at` is after `now` (a legacy row without expires_at never is);
 * every read that grants access takes `now` so that an expired binding grants nothing.
 * Requests (agent_requests) wait for the person's consent.
 */
import type { Executor } from './db'
import type { AgentBindingsTable, AgentRequestsTable } from './schema'

export type BindingRow = AgentBindingsTable
export type RequestRow = AgentRequestsTable

export const agentsRepo = {
  insert: (db: Executor, row: AgentBindingsTable) => db.insertInto('agent_bindings').values(row).execute(),
  findByRef: (db: Executor, agentAccountId: string, ref: string, now: string) =>
    db
      .selectFrom('agent_bindings')
      .selectAll()
      .where('agent_account_id', '=', agentAccountId)
      .where('ref', '=', ref)
      .where('expires_at', '>', now)
      .executeTakeFirst(),
  /** The person an active binding of the agent (by its ref) is to, in one statement. */
  findPersonByRef: (db: Executor, agentAccountId: string, ref: string, now: string) =>
    db
      .selectFrom('agent_bindings')
      .innerJoin('persons', 'persons.id', 'agent_bindings.person_id')
      .selectAll('persons')
      .where('agent_bindings.agent_account_id', '=', agentAccountId)
      .where('agent_bindings.ref', '=', ref)
      .where('agent_bindings.expires_at', '>', now)
      .executeTakeFirst(),
  findPair: (db: Executor, agentAccountId: string, personId: string, now: string) =>
    db
      .selectFrom('agent_bindings')
      .selectAll()
      .where('agent_account_id', '=', agentAccountId)
      .where('person_id', '=', personId)
      .where('expires_at', '>', now)
      .executeTakeFirst(),
  /** Any row of the pair, active or not (the pair is unique). */
  findAnyPair: (db: Executor, agentAccountId: string, personId: string) =>
    db
      .selectFrom('agent_bindings')
      .selectAll()
      .where('agent_account_id', '=', agentAccountId)
      .where('person_id', '=', personId)
      .executeTakeFirst(),
  /** The agent's rows (active or not) for these persons, in one statement. */
  findAnyPairs: async (db: Executor, agentAccountId: string, personIds: readonly string[]) =>
    personIds.length === 0
      ? []
      : db
          .selectFrom('agent_bindings')
          .selectAll()
          .where('agent_account_id', '=', agentAccountId)
          .where('person_id', 'in', [...new Set(personIds)])
          .execute(),
  listForAgent: (db: Executor, agentAccountId: string, now: string) =>
    db
      .selectFrom('agent_bindings')
      .innerJoin('persons', 'persons.id', 'agent_bindings.person_id')
      .selectAll('agent_bindings')
      .select(['persons.name as name', 'persons.id_number as id_number'])
      .where('agent_bindings.agent_account_id', '=', agentAccountId)
      .where('agent_bindings.expires_at', '>', now)
      .orderBy('agent_bindings.created_at')
      .execute(),
  /** The active bindings of agents to this person ("who may act for me"). */
  listForPerson: (db: Executor, personId: string, now: string) =>
    db
      .selectFrom('agent_bindings')
      .selectAll()
      .where('person_id', '=', personId)
      .where('expires_at', '>', now)
      .orderBy('created_at')
      .execute(),
  findForPerson: (db: Executor, personId: string, ref: string) =>
    db
      .selectFrom('agent_bindings')
      .selectAll()
      .where('person_id', '=', personId)
      .where('ref', '=', ref)
      .executeTakeFirst(),
  delete: (db: Executor, agentAccountId: string, ref: string) =>
    db.deleteFrom('agent_bindings').where('agent_account_id', '=', agentAccountId).where('ref', '=', ref).execute(),
  deleteByRef: (db: Executor, ref: string) => db.deleteFrom('agent_bindings').where('ref', '=', ref).execute(),
}

export const agentRequestsRepo = {
  insert: (db: Executor, row: RequestRow) => db.insertInto('agent_requests').values(row).execute(),
  find: (db: Executor, ref: string) =>
    db.selectFrom('agent_requests').selectAll().where('ref', '=', ref).executeTakeFirst(),
  pendingPair: (db: Executor, agentAccountId: string, personId: string, now: string) =>
    db
      .selectFrom('agent_requests')
      .selectAll()
      .where('agent_account_id', '=', agentAccountId)
      .where('person_id', '=', personId)
      .where('status', '=', 'PENDING')
      .where('expires_at', '>', now)
      .executeTakeFirst(),
  /** The agent's requests: pending ones and those decided in the last 30 days. */
  listForAgent: (db: Executor, agentAccountId: string, since: string) =>
    db
      .selectFrom('agent_requests')
      .selectAll()
      .where('agent_account_id', '=', agentAccountId)
      .where((eb) => eb.or([eb('status', '=', 'PENDING'), eb('created_at', '>', since)]))
      .orderBy('created_at', 'desc')
      .execute(),
  pendingForPerson: (db: Executor, personId: string, now: string) =>
    db
      .selectFrom('agent_requests')
      .selectAll()
      .where('person_id', '=', personId)
      .where('status', '=', 'PENDING')
      .where('expires_at', '>', now)
      .orderBy('created_at')
      .execute(),
  update: (db: Executor, ref: string, patch: Partial<RequestRow>) =>
    db.updateTable('agent_requests').set(patch).where('ref', '=', ref).execute(),
  /**
   * The request's decision (approved, declined, cancelled) — only while it is still PENDING, in one conditional
   * statement: of two decisions racing (the person approves while the agent cancels) exactly one is taken.
   * False: another decision came first.
   */
  decide: async (db: Executor, ref: string, patch: Partial<RequestRow> & { status: RequestRow['status'] }) => {
    const r = await db
      .updateTable('agent_requests')
      .set(patch)
      .where('ref', '=', ref)
      .where('status', '=', 'PENDING')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  },
  /**
   * One guess of the consent code spent BEFORE it is compared, in one conditional statement (never more than
   * `max`): guesses sent in parallel are counted one by one. Returns the code to compare with (read with the
   * spend: a resend may have replaced it), the attempts spent and the request's status (decided meanwhile?);
   * undefined: none left.
   */
  spendAttempt: (db: Executor, ref: string, max: number) =>
    db
      .updateTable('agent_requests')
      .set((eb) => ({ code_attempts: eb('code_attempts', '+', 1) }))
      .where('ref', '=', ref)
      .where('code_attempts', '<', max)
      .returning(['code_attempts', 'code_hash', 'status'])
      .executeTakeFirst(),
}
