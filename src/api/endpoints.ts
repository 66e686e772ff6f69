/**
 * The typed endpoint table: one function per backend endpoint the app calls. Request and answer types
 * come from src/api/schema.ts (the same TypeBox schemas the server validates with), and every answer is
 * checked at run time against its schema: a malformed answer becomes BAD_RESPONSE instead of a crash
 * deep in a page. The checks are compiled ahead of time from those schemas (`S` is the generated
 * src/api/validators.gen.ts: `S.Account` is the check of schema `Account` and `S.Account` the type of its
 * value), so the phones run plain functions and TypeBox itself is not shipped: add a schema to schema.ts,
 * use it here as `S.Name`, and the build regenerates the check (`npm run gen:validators` by hand).
 *
 * "For whom": the endpoints marked `PERSON` are about the person the app acts for (oneself, or a relative
 * chosen in 我的代办): the transport adds that person's opaque `personRef` (src/api/client.ts), in the body,
 * or as a query parameter for reads — never an ID number in a URL. Callers never pass it.
 */
import { ApiError, http } from './client'
import { messageFor } from './messages'
import * as S from './validators.gen'

type Check<T> = (value: unknown) => value is T

function checked<T>(check: Check<T>, data: unknown): T {
  if (!check(data)) throw new ApiError('BAD_RESPONSE', messageFor('BAD_RESPONSE'))
  return data
}

/** Endpoint options: `forPerson` sends the request for the person acted for (the transport adds personRef). */
interface Opts {
  forPerson?: boolean
  idempotencyKey?: string
}

async function getJson<T>(schema: Check<T>, url: string, params?: Record<string, unknown>, opts: Opts = {}) {
  const res = await http.get(url, { params, forPerson: opts.forPerson })
  return checked(schema, res.data)
}

async function postJson<T>(schema: Check<T>, url: string, body: unknown = {}, opts: Opts = {}) {
  const res = await http.post(url, body, {
    forPerson: opts.forPerson,
    ...(opts.idempotencyKey ? { headers: { 'Idempotency-Key': opts.idempotencyKey } } : {}),
  })
  return checked(schema, res.data)
}

const PERSON: Opts = { forPerson: true }
const once = (key: string): Opts => ({ idempotencyKey: key })
const personOnce = (key: string): Opts => ({ forPerson: true, idempotencyKey: key })

/** A key per submission: reuse it when retrying the same submission so the server creates nothing twice. */
export function newIdempotencyKey(): string {
  const rnd = () =>
    Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
  return `${Date.now().toString(36)}-${rnd()}${rnd()}`
}

export const api = {
  health: () => getJson(S.Health, '/health'),

  // sign-in and account
  loginWechat: (code: string) => postJson(S.LoginResult, '/auth/wechat', { code }),
  loginAlipay: (authCode: string) => postJson(S.LoginResult, '/auth/alipay', { authCode }),
  sendSms: (phone: string) => postJson(S.SmsSendResult, '/auth/sms/send', { phone }),
  verifySms: (phone: string, code: string) => postJson(S.LoginResult, '/auth/sms/verify', { phone, code }),
  logout: () => postJson(S.OkBody, '/auth/logout'),
  me: () => getJson(S.Account, '/me'),
  /** 实名认证 on H5 (手机号三要素): the check, then the SMS code sent to that mobile. */
  startMobileIdentity: (body: { name: string; idNumber: string; mobile: string }) =>
    postJson(S.MobileCheckStarted, '/me/identity/mobile', body),
  confirmMobileIdentity: (checkId: string, code: string) =>
    postJson(S.Account, '/me/identity/mobile/confirm', { checkId, code }),
  /** 实名认证 on WeChat / Alipay: what the platform would share, then the user's authorisation. */
  platformIdentity: () => getJson(S.PlatformIdentityPreview, '/me/identity/platform'),
  bindPlatformIdentity: () => postJson(S.Account, '/me/identity/platform', { authorise: true }),
  /** 消息: acts done for me, requests, changes of who may act for me. */
  messages: () => getJson(S.MessageList, '/me/messages'),
  /** The person's side of consent: requests waiting for me, who may act for me. */
  incomingRequests: () => getJson(S.IncomingRequestList, '/me/agent-requests'),
  approveRequest: (ref: string) => postJson(S.OkBody, `/me/agent-requests/${encodeURIComponent(ref)}/approve`),
  declineRequest: (ref: string) => postJson(S.OkBody, `/me/agent-requests/${encodeURIComponent(ref)}/decline`),
  myAgents: () => getJson(S.MyAgentList, '/me/agents'),
  endMyAgent: async (ref: string) => {
    const res = await http.delete(`/me/agents/${encodeURIComponent(ref)}`)
    return checked(S.OkBody, res.data)
  },
  activity: () => getJson(S.ActivityList, '/me/activity'),
  /** 注销账号: deletes the account's personal data (the agency's records are kept); confirm with “注销”. */
  deleteAccount: async () => {
    const res = await http.delete('/me', { data: { confirm: '注销' } })
    return checked(S.DeleteAccountResult, res.data)
  },

  // regions and registration
  regions: () => getJson(S.RegionList, '/regions'),
  /** The registration of the person acted for; `ownRegistration` is always the signed-in user's own. */
  registration: () => getJson(S.RegistrationStatus, '/registration', undefined, PERSON),
  ownRegistration: () => getJson(S.RegistrationStatus, '/registration'),
  register: (body: S.RegisterBody) => postJson(S.RegisterResult, '/registration', body),
  /** 更正联系方式: POST (same as PATCH) because wx.request / my.request have no PATCH. */
  /** 更正联系方式 of the signed-in user's own registration (the 参保登记 page is always one's own). */
  correctContact: (body: Omit<S.ContactBody, 'personRef'>, key: string) =>
    postJson(S.RegistrationStatus, '/registration/contact', body, once(key)),

  // assessments
  quote: (body: Omit<S.AssessBody, 'personRef'>) => postJson(S.Quote, '/assessments/quote', body, PERSON),
  createAssessment: (body: Omit<S.AssessBody, 'personRef'>, key: string) =>
    postJson(S.Assessment, '/assessments', body, personOnce(key)),
  assessments: (query: { status?: S.Assessment['status'] } = {}) =>
    getJson(S.AssessmentList, '/assessments', query, PERSON),
  assessment: (id: string) => getJson(S.Assessment, `/assessments/${encodeURIComponent(id)}`),
  transmit: (id: string, key: string) =>
    postJson(S.Assessment, `/assessments/${encodeURIComponent(id)}/transmit`, {}, once(key)),
  revoke: (id: string, key: string) =>
    postJson(S.Assessment, `/assessments/${encodeURIComponent(id)}/revoke`, {}, once(key)),

  // proxy (代他人核定)
  people: () => getJson(S.BoundPersonList, '/agents/people'),
  /** Asks to act for a person: a request the person approves (in their account or by SMS code). */
  addPerson: (name: string, idNumber: string, relationship: string) =>
    postJson(S.ProxyRequest, '/agents/people', { name, idNumber, relationship }),
  proxyRequests: () => getJson(S.ProxyRequestList, '/agents/requests'),
  sendConsentSms: (ref: string) => postJson(S.ProxyRequest, `/agents/requests/${encodeURIComponent(ref)}/sms`),
  confirmConsent: (ref: string, code: string) =>
    postJson(S.BoundPerson, `/agents/requests/${encodeURIComponent(ref)}/confirm`, { code }),
  cancelRequest: async (ref: string) => {
    const res = await http.delete(`/agents/requests/${encodeURIComponent(ref)}`)
    return checked(S.OkBody, res.data)
  },
  removePerson: async (ref: string) => {
    const res = await http.delete(`/agents/people/${encodeURIComponent(ref)}`)
    return checked(S.OkBody, res.data)
  },

  // suspension and resumption
  suspend: (body: Omit<S.SuspendBody, 'personRef'>, key: string) =>
    postJson(S.RegistrationStatus, '/suspension', body, personOnce(key)),
  suspensionOptions: () => getJson(S.SuspensionOptions, '/suspension/options', undefined, PERSON),
  checkSuspension: (body: Omit<S.SuspendBody, 'personRef'>) =>
    postJson(S.SuspensionCheck, '/suspension/check', body, PERSON),
  resume: (key: string) => postJson(S.RegistrationStatus, '/suspension/resume', {}, personOnce(key)),

  // 算得清 (issue 14): estimate, comparison, years, history, reminders; pay and receipt
  estimate: (query: Omit<S.InsightsQuery, 'personRef'> = {}) =>
    getJson(S.EstimateResult, '/insights/estimate', clean(query), PERSON),
  compare: (query: Omit<S.InsightsQuery, 'personRef'> = {}) =>
    getJson(S.ComparisonResult, '/insights/compare', clean(query), PERSON),
  years: () => getJson(S.YearsResult, '/insights/years', undefined, PERSON),
  history: () => getJson(S.HistoryResult, '/insights/history', undefined, PERSON),
  /** 缴费提醒 of the person acted for; `ownReminders` always the signed-in user's own. */
  reminders: () => getJson(S.ReminderList, '/reminders', undefined, PERSON),
  ownReminders: () => getJson(S.ReminderList, '/reminders'),
  subscribe: (body: S.SubscribeBody) => postJson(S.SubscribeResult, '/reminders/subscriptions', body),
  pay: (id: string, key: string) => postJson(S.PayResult, `/assessments/${encodeURIComponent(id)}/pay`, {}, once(key)),
  receipt: (id: string) => getJson(S.Receipt, `/assessments/${encodeURIComponent(id)}/receipt`),
  checkVoucher: (voucherNo: string) => getJson(S.VoucherCheck, `/vouchers/${encodeURIComponent(voucherNo)}`),
}

/** Drops empty assumptions so the server uses the person's data for them. */
function clean(query: Omit<S.InsightsQuery, 'personRef'>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim()
  return out
}

export type Api = typeof api
export type { ApiError }
