/**
 * 核定记录, 核定详情, 税务缴费 and 缴费凭证 without rendering: the filters, the words for a record, and what a
 * record offers — which comes from the engine (`allowedActions`, built from TRANSITIONS in
 * src/domain/revocation.ts), never re-derived here. Tested in tests/features/records.test.ts.
 */
import { ApiError } from '@/api/client'
import type { Assessment } from '@/api/schema'
import { formatYuan } from '@/domain/money'
import { formatPeriodZh } from '@/domain/month'
import { allowedActions, type RecordActions } from '@/domain/revocation'
import { actorLabel } from '@/utils/format'
import type { Dialog } from '@/utils/dialog'

export type Filter = 'ALL' | Assessment['status']
export const FILTERS: { key: Filter; label: string }[] = [
  { key: 'ALL', label: '全部' },
  { key: 'CREATED', label: '待传输' },
  { key: 'TRANSMITTED', label: '已传输' },
  { key: 'PAID', label: '已缴费' },
  { key: 'REVOKED', label: '已撤销' },
]
export const statusOf = (f: Filter) => (f === 'ALL' ? undefined : f)
export function emptyText(f: Filter): string {
  return f === 'ALL' ? '暂无核定记录' : `暂无“${FILTERS.find((x) => x.key === f)?.label ?? ''}”的核定记录`
}

/** "由 王*某 代办" when an agent did it; otherwise who did it in plain words. */
export function operatorText(r: Assessment): string {
  if (r.operator.byAgent) return `由 ${actorLabel(r.operator.label, true)} 代办`
  return r.operator.self ? '本人办理' : `办理人：${actorLabel(r.operator.label, false)}`
}

/** 办理人 on the detail page (one's own name in full: it is one's own). */
export function detailOperatorText(r: Assessment, ownName: string): string {
  if (r.operator.byAgent) return `由 ${actorLabel(r.operator.label, true)} 代办`
  return r.operator.self ? `${ownName || r.operator.label}（本人）` : actorLabel(r.operator.label, false)
}

export const ownerText = (r: Assessment, ownName: string) =>
  r.owner.self ? `${ownName || r.owner.nameMasked}（本人）` : r.owner.nameMasked

export const periodText = (r: Pick<Assessment, 'start' | 'end' | 'months'>) =>
  `${formatPeriodZh(r.start, r.end)}（共${r.months}个月）`

const BASE_KIND: Record<string, string> = {
  percent: '社平工资百分比',
  declared_wage: '申报月工资收入',
  tier: '缴费档次',
  amount: '自选金额',
}

export function baseInputText(r: Assessment): string {
  if (r.baseKind === 'percent' || r.baseKind === 'tier') return `${r.baseInput}%（${BASE_KIND[r.baseKind]}）`
  if (r.baseKind === 'declared_wage') return `${r.baseInput} 元（${BASE_KIND.declared_wage}）`
  return `${r.baseInput} 元`
}

/** The headline over the amount: what the money is in this status (not "应缴" once paid or revoked). */
export const TOTAL_LABEL: Record<Assessment['status'], string> = {
  CREATED: '合计应缴',
  TRANSMITTED: '合计应缴（已传输税务，待缴费）',
  PAID: '已缴金额',
  REVOKED: '已撤销（原核定金额）',
}
export const FREQUENCY: Record<string, string> = { monthly: '按月', quarterly: '按季', yearly: '按年' }

/** The same rule as the server's AssessmentIdParams: anything else cannot be a 核定流水号. */
const RECORD_ID = /^[A-Za-z0-9_-]{1,40}$/
export const isRecordId = (id: string) => RECORD_ID.test(id)

/** A record that is not there (or a malformed link): say so in words, never the field name. */
export const notFound = () =>
  new ApiError('NOT_FOUND', '没有找到这条核定记录。链接可能已失效，请从“核定记录”列表中查看。', 404)

/** What a record's page offers (the engine decides). */
export const actionsOf = (r: Assessment): RecordActions => allowedActions(r)

export type RecordAction = 'transmit' | 'revoke'

/** The confirmation of an action on a record. */
export function actionDialog(kind: RecordAction, r: Assessment): Dialog {
  if (kind === 'transmit')
    return {
      title: '传输到税务',
      content: `将 ${periodText(r)}、合计 ${formatYuan(r.total)} 的核定传输到税务部门缴费。传输后如需撤销，须先向税务部门申请撤销。`,
      confirmText: '确认传输',
      cancelText: '暂不',
    }
  if (actionsOf(r).revokeAwaitsTax)
    return {
      title: '撤销核定',
      content:
        '本核定已传输到税务部门。只有税务部门撤销后，才能在这里撤销。如您已向税务部门申请并完成撤销，请点“确认撤销”。',
      confirmText: '确认撤销',
      cancelText: '暂不',
    }
  return {
    title: '撤销核定',
    content: `撤销后本核定作废且不能恢复，${periodText(r)}可以重新核定。确定撤销吗？`,
    confirmText: '确认撤销',
    cancelText: '暂不',
  }
}

/** What is said once an action went through (a revoked record's own note says it: nothing more). */
export const doneText = (kind: RecordAction) => (kind === 'transmit' ? '已传输到税务部门。' : 'revoked')

/** A refusal that may mean the record changed elsewhere (e.g. on the tax side): show its current state. */
export const mayHaveChanged = (err: ApiError) => err.status === 409 || err.status === 422

/** 税务缴费's confirmation. */
export function payDialog(r: Assessment): Dialog {
  return {
    title: '确认缴费',
    content: `向税务部门缴纳 ${periodText(r)} 的养老保险费 ${formatYuan(r.total)}。缴费后不能撤销核定。`,
    confirmText: '确认缴费',
    cancelText: '不了',
  }
}
