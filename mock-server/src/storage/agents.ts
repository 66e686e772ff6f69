/** Proxy bindings (代他人核定): an agent account ↔ a person it may act for. */
import type { Executor } from './db'
import type { AgentBindingsTable } from './schema'

export const agentsRepo = {
  insert: (db: Executor, row: AgentBindingsTable) => db.insertInto('agent_bindings').values(row).execute(),
  findByRef: (db: Executor, agentAccountId: string, ref: string) =>
    db
      .selectFrom('agent_bindings')
      .selectAll()
      .where('agent_account_id', '=', agentAccountId)
      .where('ref', '=', ref)
      .executeTakeFirst(),
  findPair: (db: Executor, agentAccountId: string, personId: string) =>
    db
      .selectFrom('agent_bindings')
      .selectAll()
      .where('agent_account_id', '=', agentAccountId)
      .where('person_id', '=', personId)
      .executeTakeFirst(),
  listForAgent: (db: Executor, agentAccountId: string) =>
    db
      .selectFrom('agent_bindings')
      .innerJoin('persons', 'persons.id', 'agent_bindings.person_id')
      .select([
        'agent_bindings.ref as ref',
        'agent_bindings.created_at as created_at',
        'persons.id as person_id',
        'persons.name as name',
        'persons.id_number as id_number',
      ])
      .where('agent_bindings.agent_account_id', '=', agentAccountId)
      .orderBy('agent_bindings.created_at')
      .execute(),
  delete: (db: Executor, agentAccountId: string, ref: string) =>
    db.deleteFrom('agent_bindings').where('agent_account_id', '=', agentAccountId).where('ref', '=', ref).execute(),
}
