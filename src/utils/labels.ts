/** Chinese labels of the codes the backend uses (registration categories, suspension reasons, channels). */
export const CATEGORY_OPTIONS = [
  {
    value: 'SELF_EMPLOYED_NO_EMPLOYEES',
    label: '无雇工的个体工商户',
    hint: '自己经营的个体户、小摊小店，没有雇用员工。',
  },
  {
    value: 'PART_TIME_UNINSURED',
    label: '未在用人单位参保的非全日制从业人员',
    hint: '按小时计酬的兼职、钟点工等，用人单位没有为您缴纳养老保险。',
  },
  {
    value: 'OTHER_FLEXIBLE',
    label: '其他灵活就业人员',
    hint: '网约车司机、外卖骑手、自由职业者等其他灵活就业形式。',
  },
] as const

export type CategoryCode = (typeof CATEGORY_OPTIONS)[number]['value']

export const EMPLOYEE_STATUS_OPTIONS = [
  { value: 'NONE', label: '无', hint: '从未在单位参加过职工养老保险。' },
  { value: 'INTERRUPTED', label: '已中断缴费', hint: '曾在单位参保，现已离职或单位已停缴。' },
  { value: 'ACTIVE', label: '正在单位参保', hint: '目前仍由单位为您缴纳职工养老保险。' },
] as const

export type EmployeeStatus = (typeof EMPLOYEE_STATUS_OPTIONS)[number]['value']

export const SUSPEND_REASONS = [
  { value: 'DEATH', label: '参保人死亡' },
  { value: 'TRANSFER_OUT', label: '社会保险关系转出' },
  { value: 'VOLUNTARY', label: '本人自愿申请停止参保' },
  { value: 'EMIGRATION', label: '出国（境）定居' },
  { value: 'OTHER_LEGAL', label: '法律法规规定的其他情形' },
] as const

export type SuspendReason = (typeof SUSPEND_REASONS)[number]['value']

export function categoryLabel(code: string | null | undefined): string {
  return CATEGORY_OPTIONS.find((c) => c.value === code)?.label ?? code ?? '—'
}

export function reasonLabel(code: string | null | undefined): string {
  return SUSPEND_REASONS.find((r) => r.value === code)?.label ?? code ?? '—'
}

export const CHANNEL_LABELS: Record<string, string> = { wechat: '微信', alipay: '支付宝', h5: '手机号（网页）' }

export const sexLabel = (sex: string | null | undefined) => (sex === 'M' ? '男' : sex === 'F' ? '女' : '—')
