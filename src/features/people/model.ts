/**
 * 我的代办 as data. Acting for a person takes these steps (ADD_PERSON_STEPS): the agent fills in TA's name,
 * ID number and relationship (form) → the request waits for TA (requested) → TA agrees in TA's own account,
 * or the agent types the code sent by SMS to TA's mobile on file (code) → TA is bound (bound).
 * The form is one reducer (`addPerson`); where a request stands comes from the server's answer
 * (`requestStep`). Pure: no React, no Taro.
 */
import type { ApiError } from '@/api/client'
import type { ActivityList, BoundPerson, ProxyRequest } from '@/api/schema'
import { idNumberProblem, isSmsCode } from '@/domain/fields'
import { validateId } from '@/domain/id'
import { getRegion, listRegions } from '@/domain/rulesets/regions'
import { formatDateZh } from '@/utils/format'
import { localProblem } from '@/features/account/refusal'
import type { Step } from '@/features/account/steps'

export { withAttemptsLeft } from '@/features/account/refusal'

export type AddPersonStepId = 'form' | 'requested' | 'code' | 'bound'

export const ADD_PERSON_STEPS: readonly Step<AddPersonStepId>[] = [
  { id: 'form', label: '填写TA的姓名、身份证号码和关系', fields: ['name', 'idNumber', 'relationship'] },
  { id: 'requested', label: '待对方确认', fields: [] },
  { id: 'code', label: '输入TA收到的确认码', fields: ['code'] },
  { id: 'bound', label: '可以为TA办理', fields: [] },
]

/** Where a pending request stands: waiting for TA, or for the code TA was sent. */
export function requestStep(r: Pick<ProxyRequest, 'smsSentAt'>): AddPersonStepId {
  return r.smsSentAt ? 'code' : 'requested'
}

export const RELATIONSHIPS = [
  { value: 'PARENT', label: '父母' },
  { value: 'SPOUSE', label: '配偶' },
  { value: 'CHILD', label: '子女' },
  { value: 'SIBLING', label: '兄弟姐妹' },
  { value: 'OTHER_RELATIVE', label: '其他亲属' },
] as const
export type Relationship = (typeof RELATIONSHIPS)[number]['value']

export const relLabel = (v: string | null | undefined) => RELATIONSHIPS.find((r) => r.value === v)?.label ?? '家人'

export const SCOPE_TEXT = '缴费核定、查询与撤销核定记录、停保/续保（因死亡、出国定居停保须到经办机构柜台办理）'

const ACTIONS: Record<string, string> = {
  ASSESSMENT_CREATED: '缴费核定',
  ASSESSMENT_CREATED_BY_AGENT: '代为缴费核定',
  ASSESSMENT_TRANSMITTED: '传输税务',
  ASSESSMENT_REVOKED: '撤销核定',
  ASSESSMENT_REVOKED_BY_AGENT: '代为撤销核定',
  ASSESSMENT_PAID: '缴费',
  ASSESSMENT_PAID_BY_AGENT: '代为缴费',
  CONTACT_CORRECTED: '更正联系方式',
  AGENT_BOUND: '经您同意，成为您的代办人',
  AGENT_UNBOUND: '不再为您代办',
  SUSPENDED: '停保',
  RESUMED: '续保',
  REGISTERED: '参保登记',
  REGION_CHANGED: '参保地变更',
}
export const actionLabel = (action: string) => ACTIONS[action] ?? action

/** An ISO instant as a date in China time: 2027年12月2日. */
export function dateZh(iso: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  return formatDateZh(new Date(t + 8 * 3600_000).toISOString().slice(0, 10))
}

/** A registration region code (region or district) as a name. */
export function regionName(code: string | null): string {
  if (!code) return '—'
  const r = getRegion(code)
  if (r) return r.name
  for (const reg of listRegions()) {
    const d = reg.districts.find((x) => x.code === code)
    if (d) return d.name === reg.name ? reg.name : `${reg.name} ${d.name}`
  }
  return code
}

/** Requests still waiting for TA. */
export const pendingRequests = (items: readonly ProxyRequest[] = []) => items.filter((r) => r.status === 'PENDING')

/** 谁为我办理过: the acts of agents on the user's own insurance, newest 20. */
export const actedForMe = (items: ActivityList['items'] = []) => items.filter((i) => i.byAgent).slice(0, 20)

/** The person acted for is no longer bound (removed elsewhere): the user then acts for themselves. */
export function stillBound(personRef: string | undefined, people: readonly BoundPerson[] | undefined): boolean {
  return !personRef || !people || people.some((p) => p.ref === personRef)
}

/** The consent code as typed, or the problem with it. */
export function consentCodeProblem(code: string): ApiError | undefined {
  return isSmsCode(code) ? undefined : localProblem('CODE_FORMAT', '请输入TA收到的6位确认码。')
}

/** The SMS button of a request: its words while waiting, before and after the first SMS. */
export function smsLabel(r: Pick<ProxyRequest, 'smsSentAt' | 'mobileMasked'>, wait: number): string {
  if (wait > 0) return `${wait}秒后可重新发送`
  return r.smsSentAt ? '重新发送短信' : `发短信给TA（${r.mobileMasked}）`
}

// ---- the form: name, ID number (masked once entered), relationship --------------------------------------

export interface AddPersonState {
  step: AddPersonStepId
  name: string
  idRaw: string
  /** false once a valid number has been entered and the field left: the number then shows masked */
  idEditing: boolean
  /** focus the field when 修改 is tapped */
  idFocus: boolean
  touched: { name: boolean; id: boolean; rel: boolean }
  relationship?: Relationship
  /** what happened last (sent, already bound, TA agreed), in words */
  notice?: string
}

export const initialAddPerson: AddPersonState = {
  step: 'form',
  name: '',
  idRaw: '',
  idEditing: true,
  idFocus: false,
  touched: { name: false, id: false, rel: false },
}

export type AddPersonAction =
  | { type: 'name'; value: string }
  | { type: 'nameBlur' }
  | { type: 'id'; value: string }
  | { type: 'idBlur' }
  | { type: 'idEdit' }
  | { type: 'relationship'; value: Relationship }
  | { type: 'submit' }
  | { type: 'sent'; nameMasked: string }
  | { type: 'alreadyBound'; nameMasked?: string }
  | { type: 'consented'; nameMasked: string; expiresAt: string }

const idValid = (raw: string) => raw.length === 18 && validateId(raw).ok

export function addPerson(s: AddPersonState, a: AddPersonAction): AddPersonState {
  switch (a.type) {
    case 'name':
      return { ...s, name: a.value }
    case 'nameBlur':
      return { ...s, touched: { ...s.touched, name: true } }
    case 'id':
      return { ...s, idRaw: a.value.replace(/\s/g, '').toUpperCase() }
    case 'idBlur':
      if (!s.idRaw) return { ...s, idFocus: false }
      return { ...s, idFocus: false, touched: { ...s.touched, id: true }, idEditing: !idValid(s.idRaw) }
    case 'idEdit':
      return { ...s, idEditing: true, idFocus: true }
    case 'relationship':
      return { ...s, relationship: a.value }
    case 'submit':
      return { ...s, notice: undefined, touched: { name: true, id: true, rel: true } }
    case 'sent':
      return {
        ...initialAddPerson,
        step: 'requested',
        notice: `已向 ${a.nameMasked} 发出代办请求，待对方确认。请按下方“待对方确认”中的方法请TA同意。`,
      }
    case 'alreadyBound':
      return {
        ...s,
        step: 'bound',
        notice: `${a.nameMasked ?? 'TA'} 已经是您的代办对象，无需重复添加，可以直接为TA办理。`,
      }
    case 'consented':
      return {
        ...s,
        step: 'bound',
        notice: `${a.nameMasked} 已同意，授权有效期至${dateZh(a.expiresAt)}。现在可以为TA办理了。`,
      }
  }
}

export interface AddPersonProblems {
  name?: string
  id?: string
  relationship?: string
}

/** The form's problems, each shown once its field was touched (or the form submitted). */
export function addPersonProblems(s: AddPersonState): AddPersonProblems {
  return {
    name: s.touched.name && !s.name.trim() ? '请输入姓名' : undefined,
    id: idNumberProblem(s.idRaw, s.touched.id),
    relationship: s.touched.rel && !s.relationship ? '请选择TA是您的什么人' : undefined,
  }
}

/** What to send, or undefined while the form is incomplete. */
export function addPersonRequest(
  s: AddPersonState,
): { name: string; idNumber: string; relationship: Relationship } | undefined {
  if (!s.name.trim() || idNumberProblem(s.idRaw, true) || !s.relationship) return undefined
  return { name: s.name.trim(), idNumber: s.idRaw.toUpperCase(), relationship: s.relationship }
}

/** The number shows masked once it is valid and the field was left. */
export const idMasked = (s: AddPersonState) => idValid(s.idRaw) && !s.idEditing
export const idChecked = (s: AddPersonState) => idValid(s.idRaw)
