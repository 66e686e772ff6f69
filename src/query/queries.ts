/**
 * Every cached read of the app, by name. Screens use them through `useQuery(queries.x)`; writes say which
 * names they change (`invalidate('registration', 'records')`, or `useSubmit(..., { invalidates })`).
 */
import { api } from '@/api/endpoints'
import type { AssessBody, Assessment, InsightsQuery } from '@/api/schema'
import type { Query } from './cache'

const HOUR = 3_600_000

export const queries = {
  /** 参保地 and their 区县: changes only with a release of the rules. */
  regions: { name: 'regions', scope: 'app', fetch: api.regions, staleMs: HOUR },
  /** The server's clock and version (today's date for the rules). */
  health: { name: 'health', scope: 'app', fetch: api.health, staleMs: 60_000 },
  /** The registration of the person acted for (oneself or a relative). */
  registration: { name: 'registration', scope: 'person', fetch: api.registration },
  /** The signed-in user's own registration, whoever they act for. */
  ownRegistration: { name: 'registration', args: ['own'], scope: 'account', fetch: api.ownRegistration },
  records: (status?: Assessment['status']) => ({
    name: 'records',
    args: [status],
    scope: 'person' as const,
    fetch: () => api.assessments(status ? { status } : {}),
  }),
  record: (id: string) => ({
    name: 'records',
    args: ['id', id],
    scope: 'account' as const,
    fetch: () => api.assessment(id),
  }),
  /**
   * The backend's quote of a 缴费核定 (the amounts before asking for them), per period, base and frequency;
   * `facts` names what of the person it depends on (months assessed, suspension), so that a change of them is
   * another question rather than a stale answer.
   */
  quote: (body: Omit<AssessBody, 'personRef'>, facts = '') => ({
    name: 'quote',
    args: [body.start, body.end, body.base, body.frequency, facts],
    scope: 'person' as const,
    fetch: () => api.quote(body),
  }),
  /** 缴费凭证 of a paid record. */
  receipt: (id: string) => ({
    name: 'records',
    args: ['receipt', id],
    scope: 'account' as const,
    fetch: () => api.receipt(id),
  }),
  suspensionOptions: { name: 'suspension', scope: 'person', fetch: api.suspensionOptions },
  /** 养老金测算 under the given assumptions (empty ones come from the person's data). */
  estimate: (q: Omit<InsightsQuery, 'personRef' | 'declaredWage'>) => ({
    name: 'estimate',
    args: [q.base, q.interestRate, q.pensionBase, q.openingBalance],
    scope: 'person' as const,
    fetch: () => api.estimate(q),
  }),
  /** 档次对比, with a row for a declared wage (宁夏) when given. */
  compare: (declaredWage?: string) => ({
    name: 'compare',
    args: [declaredWage],
    scope: 'person' as const,
    fetch: () => api.compare({ declaredWage }),
  }),
  years: { name: 'years', scope: 'person', fetch: api.years },
  history: { name: 'history', scope: 'person', fetch: api.history },
  reminders: { name: 'reminders', scope: 'person', fetch: api.reminders },
  ownReminders: { name: 'reminders', args: ['own'], scope: 'account', fetch: api.ownReminders },
  me: { name: 'me', scope: 'account', fetch: api.me },
  /** WeChat / Alipay: the platform's verified real name (masked) that 实名认证 would use. */
  platformIdentity: { name: 'me', args: ['platform-identity'], scope: 'account', fetch: api.platformIdentity },
  messages: { name: 'messages', scope: 'account', fetch: api.messages },
  people: { name: 'people', scope: 'account', fetch: api.people },
  proxyRequests: { name: 'people', args: ['requests'], scope: 'account', fetch: api.proxyRequests },
  incomingRequests: { name: 'agents', args: ['incoming'], scope: 'account', fetch: api.incomingRequests },
  myAgents: { name: 'agents', scope: 'account', fetch: api.myAgents },
  activity: { name: 'activity', scope: 'account', fetch: api.activity },
} satisfies Record<string, Query<unknown> | ((...args: never[]) => Query<unknown>)>

/** What a change of the person's insurance makes stale (after 核定, 撤销, 停保, 续保, 登记 …). */
export const PERSON_DATA = [
  'registration',
  'records',
  'suspension',
  'estimate',
  'compare',
  'years',
  'history',
  'reminders',
] as const
