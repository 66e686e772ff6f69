/**
 * Error codes of RULES.md §10 with their `detail` contract, and a Chinese message for each
 * that tells the user what to do next (UX.md "Refusals say what to do next").
 *
 * The §10 codes are exact. Extra codes are for non-rule validation (malformed requests):
 * `INPUT_INVALID` and `TRANSITION_NOT_ALLOWED`, and for real names (names.ts): `NAME_REQUIRED`, `NAME_INVALID`.
 */
import { formatMonthZh } from './month'
import { formatYuanText } from './money'

export type MonthStr = string // YYYY-MM
export type MoneyStr = string // "1234.00"

/** The `detail` of every code (§10; an error may add more keys). */
export interface ErrorDetails {
  // §6.2
  ID_INVALID_FORMAT: Record<string, never>
  ID_LEGACY_15_DIGIT: Record<string, never>
  ID_INVALID_BIRTHDATE: Record<string, never>
  ID_INVALID_CHECKSUM: { expected: string }
  // §1
  AGE_BELOW_MIN: { eligible_from: string }
  AGE_AT_OR_ABOVE_RETIREMENT: { retirement_month: MonthStr }
  CATEGORY_NOT_ELIGIBLE: Record<string, never>
  EMPLOYEE_INSURANCE_ACTIVE: Record<string, never>
  ALREADY_REGISTERED: Record<string, never>
  HUKOU_RESTRICTED: Record<string, never>
  REGION_REQUIRED: Record<string, never>
  DISTRICT_NOT_ALLOWED: { allowed: string[] }
  FEMALE_CATEGORY_REQUIRED: Record<string, never>
  // §4.8, §6.1
  NOT_REGISTERED: Record<string, never>
  TARGET_NOT_REGISTERED: Record<string, never>
  NAME_ID_MISMATCH: Record<string, never>
  // §3.3
  BASE_INPUT_INVALID: Record<string, never>
  BASE_PERCENT_BELOW_MIN: { minimum: number }
  TIER_INVALID: { allowed: number[] }
  BASE_OUT_OF_BAND: { lower: MoneyStr; upper: MoneyStr }
  // §4.2
  AVG_WAGE_UNAVAILABLE: { statistical_year: number }
  // §4
  PERIOD_INVALID: Record<string, never>
  PREPAY_NOT_ALLOWED: { latest?: MonthStr }
  YEAR_END_FREEZE: { until?: string }
  PERIOD_CROSSES_YEAR: { year_kind: 'calendar' | 'si_july' }
  BACKPAY_NOT_ALLOWED: { earliest?: MonthStr }
  PERIOD_OVERLAP: { conflicting: string }
  RETIREMENT_CAP_EXCEEDED: { max_end: MonthStr; retirement_month: MonthStr }
  INSURANCE_SUSPENDED: { suspended_from: MonthStr }
  FREQUENCY_PERIOD_MISMATCH: { frequency?: 'monthly' | 'quarterly' | 'yearly'; allowed?: string[] }
  // §5
  REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE: Record<string, never>
  REVOKE_ALREADY_PAID: Record<string, never>
  REVOKE_ALREADY_REVOKED: Record<string, never>
  // §7
  SUSPEND_REASON_INVALID: Record<string, never>
  SUSPEND_DATE_CONFLICT: { earliest: MonthStr }
  SUSPEND_OPEN_ASSESSMENTS: { assessments: string[] }
  RESUME_NOT_ALLOWED: { reason: string }
  // §9
  PENSION_DIVISOR_UNDEFINED: Record<string, never>
  // not §10: request validation for the server
  NAME_REQUIRED: Record<string, never>
  NAME_INVALID: {
    reason: 'control' | 'bidi' | 'invisible' | 'surrogate' | 'markup' | 'space' | 'dot' | 'char' | 'length'
  }
  INPUT_INVALID: { field: string }
  TRANSITION_NOT_ALLOWED: { action: string; from: string }
}

export type ErrorCode = keyof ErrorDetails

/** A refusal: `{ code, message, detail }`, typed per code. */
export type Refusal = { [C in ErrorCode]: { code: C; message: string; detail: ErrorDetails[C] } }[ErrorCode]

const NONE = {} as Record<string, never>

type MessageTable = { [C in ErrorCode]: (detail: ErrorDetails[C]) => string }

const COUNTER = '如有疑问，请携带身份证到参保地社保经办机构窗口咨询。'

/** Chinese messages. Each says what went wrong and what the user can do next. */
export const MESSAGES: MessageTable = {
  ID_INVALID_FORMAT: () => '身份证号码格式不正确：应为18位，前17位为数字，最后一位为数字或X。请核对后重新输入。',
  ID_LEGACY_15_DIGIT: () =>
    '您输入的是15位旧版身份证号码，本服务仅支持18位号码。请使用第二代居民身份证上的18位号码重新输入。',
  ID_INVALID_BIRTHDATE: () => '身份证号码中的出生日期无效（不是真实日期或晚于今天）。请核对后重新输入。',
  ID_INVALID_CHECKSUM: (d) =>
    `身份证号码校验位不正确（按前17位计算，最后一位应为“${d.expected}”）。请逐位核对号码，尤其注意相邻数字是否输错。`,
  AGE_BELOW_MIN: (d) => `灵活就业人员参保须年满16周岁。您可在${d.eligible_from}（含）之后再办理参保登记。`,
  AGE_AT_OR_ABOVE_RETIREMENT: (d) =>
    `您已达到法定退休年龄（${formatMonthZh(d.retirement_month)}），无法新参保或继续缴费。如需办理养老金领取，请通过“待遇领取”向参保地社保经办机构申请；缴费年限不足的，可咨询延长缴费或一次性缴费。`,
  CATEGORY_NOT_ELIGIBLE: () =>
    '所选参保身份不能以灵活就业人员身份参保。可参保的身份为：无雇工的个体工商户、未在用人单位参保的非全日制从业人员、其他灵活就业人员。有雇工的个体工商户请以用人单位身份办理参保。',
  EMPLOYEE_INSURANCE_ACTIVE: () =>
    '您在本省有正常缴费的职工养老保险关系，暂不能以灵活就业人员身份参保。待原单位办理停缴（中断缴费）后再来登记。',
  ALREADY_REGISTERED: () => '您已登记为灵活就业参保人员，无需重复登记。可直接办理缴费核定。',
  HUKOU_RESTRICTED: () =>
    '按本地规定，须为本地户籍，或非本地户籍但在本地实际缴费满10年，方可在此参保。请到户籍地或参保地社保经办机构咨询。',
  REGION_REQUIRED: () => '请选择参保地区（统筹区/参保区县/参保机构）后再提交。',
  DISTRICT_NOT_ALLOWED: (d) =>
    `您正在享受社会保险补贴，只能在补贴所在区县（${d.allowed.join('、')}）参保。请改选该区县后提交。`,
  FEMALE_CATEGORY_REQUIRED: () =>
    '请选择您的岗位性质（干部/管理岗位或工人岗位），以确定适用的法定退休年龄（原55周岁或原50周岁）。',
  NOT_REGISTERED: () => '您尚未登记为灵活就业参保人员。请先办理参保登记，再进行缴费核定。',
  TARGET_NOT_REGISTERED: () =>
    '被核定人尚未登记为灵活就业参保人员。请先为其办理参保登记（须本人或其授权办理），再代为核定。',
  NAME_ID_MISMATCH: () => '被核定人姓名与身份证号码不一致。请核对姓名（含生僻字）和号码后重新输入。',
  BASE_INPUT_INVALID: () => '缴费基数请输入大于0的数字，最多保留两位小数（不要输入空格以外的符号或单位）。',
  BASE_PERCENT_BELOW_MIN: (d) =>
    `输入小于${d.minimum}时按社平工资的百分比理解，但最低为${d.minimum}%。请输入${d.minimum}到300之间的百分比，或输入大于300的月工资收入。`,
  TIER_INVALID: (d) => `请从公布的缴费档次中选择：${d.allowed.map((t) => `${t}%`).join('、')}。`,
  BASE_OUT_OF_BAND: (d) =>
    `缴费基数须在${formatYuanText(d.lower)}至${formatYuanText(d.upper)}之间。请在此范围内重新填写。`,
  AVG_WAGE_UNAVAILABLE: (d) =>
    `${d.statistical_year}年度社平工资尚未公布，暂不能核定该年度的缴费。请待公布后再办理，或到社保经办机构窗口咨询。`,
  PERIOD_INVALID: () => '缴费期间不正确：请选择有效的开始年月和结束年月，且开始年月不能晚于结束年月。',
  PREPAY_NOT_ALLOWED: (d) =>
    `只能预缴到本缴费年度末${d.latest ? `（${formatMonthZh(d.latest)}）` : ''}，下一年度的缴费基数尚未确定。请缩短缴费期间，下一年度再缴。`,
  YEAR_END_FREEZE: () =>
    '每年12月20日至31日税务部门停止日常申报和本年度补缴申报，暂不能自助核定。请于次年1月1日后再办理；特殊情况请到窗口办理。',
  PERIOD_CROSSES_YEAR: (d) =>
    d.year_kind === 'si_july'
      ? '一次核定只能在同一个社保年度内（7月至次年6月）。请把跨年度的期间分成两次核定。'
      : '一次核定只能在同一个自然年度内（1月至12月）。请把跨年度的期间分成两次核定。',
  BACKPAY_NOT_ALLOWED: (d) =>
    `自助服务只能补缴${d.earliest ? `${formatMonthZh(d.earliest)}及以后` : '本年度'}的月份。更早月份的补缴请到参保地社保经办机构窗口办理（生成核定流水号后缴费）。`,
  PERIOD_OVERLAP: (d) =>
    `所选期间与已有核定记录（${d.conflicting}）有重叠月份。如需修改，请先撤销该记录再重新核定；其他月份请点击“新增”。`,
  RETIREMENT_CAP_EXCEEDED: (d) =>
    `您的法定退休年月为${formatMonthZh(d.retirement_month)}，本次最多可核定到${formatMonthZh(d.max_end)}。请把结束年月改为${formatMonthZh(d.max_end)}或更早。`,
  INSURANCE_SUSPENDED: (d) =>
    `您的参保已于${formatMonthZh(d.suspended_from)}起停保，该月及以后的月份不能核定。如需继续缴费，请先办理续保。`,
  FREQUENCY_PERIOD_MISMATCH: (d) => {
    const rule: Record<string, string> = {
      monthly: '按月缴费时，开始和结束须为同一个月',
      quarterly: '按季缴费时，须为一个完整的自然季度（1–3月、4–6月、7–9月或10–12月）',
      yearly: '按年缴费时，结束年月须为年度最后一个月',
    }
    return `${(d.frequency && rule[d.frequency]) || '请选择缴费方式（按月、按季或按年）并使期间与之一致'}。请调整缴费期间后再提交。`
  },
  REVOKE_TRANSMITTED_NEEDS_TAX_REVOKE: () =>
    '该核定已传输到税务部门，须先向税务部门申请撤销核定；税务部门撤销后，即可在此撤销社保核定。',
  REVOKE_ALREADY_PAID: () => `该核定已缴费，不能撤销。${COUNTER}`,
  REVOKE_ALREADY_REVOKED: () => '该核定已撤销，无需重复操作。如需缴费，请重新核定。',
  SUSPEND_REASON_INVALID: () =>
    '请选择停保原因：参保人死亡、社会保险关系转出、本人自愿停止参保、出国（境）定居或法律法规规定的其他情形。',
  SUSPEND_DATE_CONFLICT: (d) =>
    `停保年月须在最后一个已缴费月份之后。请选择${formatMonthZh(d.earliest)}或以后的停保日期。`,
  SUSPEND_OPEN_ASSESSMENTS: (d) =>
    `停保月份及以后还有未缴费的核定记录（${d.assessments.join('、')}）。请先撤销这些核定，再办理停保。`,
  RESUME_NOT_ALLOWED: (d) => {
    if (d.reason === 'TRANSFER_OUT') return '您的社会保险关系已转出，不能直接续保。请重新办理参保登记，再申请转移接续。'
    if (d.reason === 'DEATH') return '该参保人已因死亡停保，不能续保。遗属待遇请到社保经办机构办理。'
    return `因出国（境）定居停保的，不能在线自助续保。${COUNTER}`
  },
  PENSION_DIVISOR_UNDEFINED: () =>
    '按该退休年龄（含不足整岁的月数）暂无适用的个人账户计发月数，无法测算。实际待遇以社保经办机构核定为准。',
  NAME_REQUIRED: () => '请填写姓名，与身份证上的姓名一致。',
  NAME_INVALID: (d) => NAME_MESSAGES[d.reason] ?? NAME_MESSAGES.char,
  INPUT_INVALID: (d) => `请检查“${d.field}”是否填写正确。`,
  TRANSITION_NOT_ALLOWED: (d) => `当前状态（${d.from}）不能执行该操作（${d.action}）。请刷新后重试。`,
}

const NAME_MESSAGES: Record<string, string> = {
  control: '姓名中含有看不见的控制字符，请删除后按身份证上的姓名重新输入。',
  bidi: '姓名中含有改变文字方向的隐藏字符，请删除后按身份证上的姓名重新输入。',
  invisible: '姓名中含有看不见的字符（如零宽空格），请删除后按身份证上的姓名重新输入。',
  surrogate: '姓名中含有无法识别的字符，请重新输入；生僻字请用输入法的生僻字功能输入。',
  markup: '姓名中不能含有 < > & " 等符号，请按身份证上的姓名输入。',
  space: '汉字姓名中间不要加空格，请按身份证上的姓名输入。',
  dot: '间隔号“·”只能用在姓名的两部分之间，如“买买提·艾力”。',
  char: '姓名只能包含汉字、间隔号“·”或外文字母，请按身份证上的姓名输入。',
  length: '姓名最多30个字，请按身份证上的姓名输入。',
}

/** Builds a refusal with its Chinese message. */
export function refusal<C extends ErrorCode>(
  code: C,
  ...rest: ErrorDetails[C] extends Record<string, never> ? [] : [ErrorDetails[C]]
): Refusal {
  const detail = (rest[0] ?? NONE) as ErrorDetails[C]
  const message = (MESSAGES[code] as (d: ErrorDetails[C]) => string)(detail)
  return { code, message, detail } as Refusal
}

/** Every code, in the order of §10 (useful for tests and documentation). */
export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[]
