/**
 * The message catalogue: the Chinese message of EVERY refusal code, in one place. The engine's codes
 * (RULES.md §10 and its request-validation codes) have formatters that read the refusal's `detail`;
 * the contact-data codes of §1.8, the server's request-level codes and the app's transport codes are
 * plain sentences. src/domain/errors.ts builds refusals from it, the server (mock-server/src/errors.ts)
 * and the app (src/api/messages.ts) take their words from it.
 *
 * Each message says what went wrong and what the user can do next (UX.md "Refusals say what to do
 * next"), in words a citizen understands: no codes, field names or developer English.
 */
import type { ErrorCode, ErrorDetails } from './errors'
import { formatMonthZh } from './month'
import { formatYuanText } from './money'
import { APP_MESSAGES, INTERNAL } from './app-messages'

export { APP_MESSAGES }

type RuleMessageTable = { [C in ErrorCode]: (detail: ErrorDetails[C]) => string }

/** What the engine's INPUT_INVALID names, in the words of the forms (the server answers query names). */
const FIELD_MESSAGES: Record<string, string> = {
  interest_rate: '记账利率请填写 0 到 100 之间的数字（年利率百分数，如 2.62），不计利息请留空。',
  pension_base: '计发基数请填写金额（元/月，最多两位小数），留空则按本地区社平工资计算。',
  opening_balance: '个人账户已有储存额请填写金额（元，最多两位小数），没有请留空。',
  declared_wage: '申报月工资收入请填写金额（元，最多两位小数）。',
}
const FIELD_LABELS: Record<string, string> = {
  work_start_date: '参加工作时间',
  stop_date: '停保年月',
  birth_month: '出生年月',
  sex: '性别',
  category: '参保身份',
  age: '年龄',
  history: '缴费记录',
  future_base: '至退休前的缴费基数',
  future_months: '今后缴费月数',
  rate: '缴费比例',
  account_rate: '个人账户记入比例',
  contribution_months: '缴费月数',
  counted_months: '累计缴费月数',
  retirement_month: '退休年月',
  last_payable_month: '最后可缴费月份',
  next_payable_month: '下一个可缴费月份',
}
/** Assessment statuses and actions of TRANSITION_NOT_ALLOWED (§5), as the records page names them. */
const STATUS_LABELS: Record<string, string> = {
  CREATED: '尚未传输到税务部门',
  TRANSMITTED: '已传输到税务部门',
  PAID: '已缴费',
  REVOKED: '已撤销',
}
const ACTION_LABELS: Record<string, string> = {
  transmit: '传输到税务部门',
  revoke: '撤销',
  pay: '缴费',
  tax_revoke: '由税务部门撤销',
}

const COUNTER = '如有疑问，请携带身份证到参保地社保经办机构窗口咨询。'

/** Chinese messages. Each says what went wrong and what the user can do next. */
export const RULE_MESSAGES: RuleMessageTable = {
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
  REGION_REQUIRED: () => '请从列表中选择参保地区（统筹区/参保区县/参保机构）后再提交。',
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
  INPUT_INVALID: (d) =>
    FIELD_MESSAGES[d.field] ??
    (FIELD_LABELS[d.field] ? `请检查“${FIELD_LABELS[d.field]}”是否填写正确。` : '请检查填写的内容是否正确后重新提交。'),
  TRANSITION_NOT_ALLOWED: (d) => {
    if (d.action === 'suspend') return '该参保人已停保，无需重复办理停保。如需继续缴费，请先办理续保。'
    if (d.action === 'resume') return '该参保人当前为正常参保状态，无需办理续保，可以直接缴费核定。'
    const status = STATUS_LABELS[d.from]
    return `该核定记录${status ? `${status}，` : '当前的状态'}不能${ACTION_LABELS[d.action] ?? '执行该操作'}。请刷新页面查看最新状态后再试。`
  },
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

/**
 * §1.8 contact data (src/domain/registration.ts checkAddress/checkMobile). The address length is
 * ADDRESS_MIN–ADDRESS_MAX of registration.ts (a test keeps the two in step).
 */
export const CONTACT_MESSAGES = {
  ADDRESS_REQUIRED: '请填写联系地址。',
  ADDRESS_INVALID: '联系地址须为5至100个字，请填写到街道门牌号。',
  ADDRESS_CHARS_INVALID:
    '联系地址只能包含汉字、字母、数字和常用标点（不能使用表情符号或特殊符号），请填写真实的街道门牌号。',
  MOBILE_REQUIRED: '请填写手机号码（11位，以1开头）。',
  MOBILE_INVALID: '手机号码格式不正确，请输入11位手机号码（以1开头）。',
} as const

/** §1.8 registration data other than contact (民族, 户口性质) and the contact correction. */
export const REGISTRATION_DATA_MESSAGES = {
  ETHNICITY_REQUIRED: '请选择民族。',
  ETHNICITY_INVALID: '民族不在可选范围内，请从列表中选择（56个民族或“其他”）。',
  HUKOU_TYPE_INVALID: '户口性质不在可选范围内，请从列表中选择（本地城镇、本地农村、外地城镇、外地农村）。',
  CONTACT_NOTHING_TO_CHANGE: '您没有修改任何内容：请修改手机号码或联系地址后再保存。',
} as const

/** Answers the 参保登记 form needs before it is sent (the server asks for them in its own refusals). */
export const FORM_COMPLETENESS_MESSAGES = {
  CATEGORY_REQUIRED: '请选择参保身份（三种中符合您情况的一种）。',
  DISTRICT_REQUIRED: '请选择参保区县（您工作或居住所在的区县）。',
  EMPLOYEE_STATUS_REQUIRED: '请回答您目前是否在单位参加职工养老保险。',
} as const

/** The server's request-level codes (not rules): mock-server/src/errors.ts has the HTTP status of each. */
export const SERVER_MESSAGES = {
  VALIDATION_FAILED: '提交的信息格式有误，请检查后重新提交。',
  BAD_JSON: '提交的内容无法识别，请刷新页面后重试。',
  UNSUPPORTED_MEDIA_TYPE: '提交的内容格式不受支持，请刷新页面后重试。',
  PAYLOAD_TOO_LARGE: '提交的内容过大，请精简后重试。',
  NOT_FOUND: '您访问的内容不存在。',
  UNAUTHORIZED: APP_MESSAGES.UNAUTHORIZED,
  FORBIDDEN: '您没有权限执行该操作。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  IDEMPOTENCY_KEY_REUSED: '该请求编号已用于另一笔不同的业务，请刷新页面后重新提交。',
  IDEMPOTENCY_IN_FLIGHT: '这笔业务正在办理中，请稍等几秒后刷新查看结果，不要重复提交。',
  IDENTITY_REQUIRED: '请先完成实名认证（姓名 + 身份证号码）后再办理。',
  ACCOUNT_ALREADY_BOUND: '该账号已绑定其他实名信息，不能更改。如需更换，请联系社保经办机构。',
  ID_BOUND_ELSEWHERE: '该身份证号码已在本渠道绑定其他账号。请使用原账号登录；如非本人操作，请联系社保经办机构。',
  LOGIN_CODE_INVALID: '登录凭证无效，请重新进入小程序后再试。',
  SMS_CODE_INVALID: '验证码不正确，请核对后重新输入。',
  SMS_CODE_EXPIRED: '验证码已过期或未发送，请重新获取验证码。',
  SMS_TOO_MANY_ATTEMPTS: '验证码错误次数过多，该手机号已暂停验证，请稍后重新获取验证码。',
  SMS_COOLDOWN: '验证码已发送，请稍候再重新获取（每个手机号每分钟最多获取1次）。',
  SMS_DAILY_LIMIT: '该手机号今天获取验证码的次数已达上限，请明天再试，或使用微信、支付宝小程序办理。',
  SMS_LOCKED: '验证码错误次数过多，该手机号已暂停获取验证码，请稍后再试。',
  SMS_RESEND_TOO_SOON: '验证码已发送，请稍等片刻再重新获取。',
  HEADERS_TOO_LARGE: '请求头过大，请清除浏览器缓存（Cookie）后重试。',
  REQUEST_TIMEOUT: '请求超时，请检查网络后重试。',
  DB_BUSY: '系统繁忙，请稍等几秒后重试。',
  // identity (services/identity.ts)
  IDENTITY_NOT_VERIFIED:
    '姓名、身份证号码与手机号码未能通过核验。请填写本人身份证上的姓名和号码，以及用本人身份证办理（实名登记）的手机号码。',
  IDENTITY_CHECK_DAILY_LIMIT:
    '今天用该身份证号码核验的次数已达上限，请明天再试，或使用微信、支付宝小程序完成实名认证。',
  IDENTITY_GUESS_DAILY_LIMIT:
    '今天为该身份证号码输入验证码的次数已达上限，请明天再试，或使用微信、支付宝小程序完成实名认证。',
  PLATFORM_IDENTITY_UNAVAILABLE: '网页版请使用“姓名 + 身份证号码 + 本人手机号码”完成实名认证。',
  PLATFORM_IDENTITY_MISSING: '您的账号尚未在平台完成实名认证，请先在平台完成后再授权。',
  // proxy and consent (services/agents.ts)
  AGENT_SELF: '不能把本人添加为代办对象；本人业务请直接办理。',
  PROXY_TARGET_UNAVAILABLE:
    '暂时无法向TA发出代办请求。请核对TA的姓名和身份证号码（须与身份证一致），并确认TA已参加灵活就业养老保险；如TA尚未参保，须由TA本人登录办理参保登记，或到社保经办机构咨询。',
  AGENT_ALREADY_BOUND: '您已经是TA的代办人，无需重复添加，可以直接为TA办理。',
  PROXY_NO_MOBILE:
    'TA在社保经办机构没有登记手机号码，无法发送短信确认。请让TA本人登录本应用，在“我的代办 → 待确认的代办请求”中同意；或由TA携带身份证到社保经办机构登记手机号码。',
  PROXY_REQUEST_CLOSED: '该代办请求已处理、已取消或已过期。如仍需为TA办理，请重新发起请求。',
  CONSENT_CODE_INVALID: '确认码不正确，请向TA核对短信中的6位确认码后重新输入。',
  CONSENT_CODE_EXPIRED: '确认码已过期或尚未发送，请点“重新发送短信”。',
  CONSENT_TOO_MANY_ATTEMPTS:
    '确认码错误次数过多，不能再用短信确认本请求。请TA本人登录本应用同意；或撤回本请求，稍后重新发起。',
  CONSENT_SMS_DAILY_LIMIT:
    '今天发给TA的确认码短信已达上限，请明天再试；或请TA本人登录本应用，在“我的代办 → 待确认的代办请求”中同意。',
  CONSENT_GUESS_DAILY_LIMIT:
    '今天为TA输入确认码的次数已达上限，请明天再试；或请TA本人登录本应用，在“我的代办 → 待确认的代办请求”中同意。',
  AGENT_SUSPEND_AT_COUNTER:
    '因参保人死亡或出国（境）定居办理停保，须由家属携带死亡证明或定居证明等材料到社保经办机构柜台办理，不能由代办人在线办理。',
  // payment, receipt and voucher (services/payments.ts)
  ALREADY_PAID: '本核定已缴费，无需重复缴费。可以查看缴费凭证。',
  PAY_NEEDS_TRANSMIT: '本核定尚未传输到税务部门，请先传输，再去缴费。',
  PAY_NOT_ALLOWED: '本核定已撤销，不能缴费。如需缴费，请重新核定。',
  CASHIER_DECLINED: '税务收银台未能完成扣款，本次没有扣款。请稍后再试或换一种支付方式。',
  CASHIER_UNAVAILABLE: '税务收银台暂时无法使用，本次没有扣款，请稍后再试。',
  RECEIPT_NOT_PAID: '本核定尚未缴费，缴费成功后才有缴费凭证。',
  VOUCHER_NOT_FOUND: '未查到该缴费凭证，请核对凭证号（以 PZ 开头）后重试。',
  // reminders (services/insights.ts)
  TEMPLATE_UNKNOWN: '订阅的提醒类型不存在，请返回后重新点“开启提醒”。',
  INTERNAL,
} as const

/** PLATFORM_IDENTITY_MISSING on the platform the user is on: where its real-name setting is. */
export function platformIdentityMissing(channel: 'wechat' | 'alipay'): string {
  return channel === 'wechat'
    ? '您的微信账号尚未完成实名认证。请先在微信“我 → 服务 → 钱包 → 实名认证”中完成，再回来授权。'
    : '您的支付宝账号尚未完成实名认证。请先在支付宝“我的 → 设置 → 账号与安全 → 身份信息”中完成，再回来授权。'
}

export type ContactCode = keyof typeof CONTACT_MESSAGES
export type ServerCode = keyof typeof SERVER_MESSAGES
export type AppCode = keyof typeof APP_MESSAGES
export type PlainCode =
  | ContactCode
  | keyof typeof REGISTRATION_DATA_MESSAGES
  | keyof typeof FORM_COMPLETENESS_MESSAGES
  | ServerCode
  | keyof typeof APP_MESSAGES
export type MessageCode = ErrorCode | PlainCode

/** The plain sentences of the catalogue (every code but the engine's formatted ones). */
export const PLAIN_MESSAGES: Record<PlainCode, string> = {
  ...CONTACT_MESSAGES,
  ...REGISTRATION_DATA_MESSAGES,
  ...FORM_COMPLETENESS_MESSAGES,
  ...SERVER_MESSAGES,
  ...APP_MESSAGES,
}

/** Every code of the catalogue. */
export const MESSAGE_CODES = [...Object.keys(RULE_MESSAGES), ...Object.keys(PLAIN_MESSAGES)] as MessageCode[]

const own = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key)

export function hasMessage(code: string): code is MessageCode {
  return own(RULE_MESSAGES, code) || own(PLAIN_MESSAGES, code)
}

/**
 * The Chinese message of a code; an engine code's formatter reads `detail` (the refusal's detail).
 * Unknown codes: undefined (callers fall back to INTERNAL or UNKNOWN).
 */
export function messageOf(code: string, detail: object = {}): string | undefined {
  if (own(RULE_MESSAGES, code)) return (RULE_MESSAGES[code as ErrorCode] as (d: object) => string)(detail)
  if (own(PLAIN_MESSAGES, code)) return PLAIN_MESSAGES[code as PlainCode]
  return undefined
}

// ── the validator's findings (HTTP 400 VALIDATION_FAILED), phrased for the user ──────────────

export interface ValidationFinding {
  /** the field as the form or the request names it */
  field: string
  /** the JSON-schema keyword that failed */
  keyword: string
  /** the limit of maxLength */
  limit?: unknown
}

function validationPhrase(f: ValidationFinding): string {
  switch (f.keyword) {
    case 'required':
      return `缺少必填项“${f.field}”`
    case 'additionalProperties':
      return `不支持的字段“${f.field}”`
    case 'maxLength':
      return `“${f.field}”过长（最多 ${String(f.limit)} 个字符）`
    case 'minLength':
      return `“${f.field}”不能为空`
    case 'pattern':
      return `“${f.field}”格式不正确`
    case 'type':
      return `“${f.field}”类型不正确`
    case 'enum':
    case 'const':
    case 'anyOf':
      return `“${f.field}”的取值不在允许范围内`
    default:
      return `“${f.field}”不符合要求`
  }
}

/** VALIDATION_FAILED naming what failed, e.g. 提交的信息格式有误：缺少必填项“name”。请检查后重新提交。 */
export function validationMessage(findings: readonly ValidationFinding[]): string {
  if (findings.length === 0) return SERVER_MESSAGES.VALIDATION_FAILED
  return `提交的信息格式有误：${findings.map(validationPhrase).join('；')}。请检查后重新提交。`
}
