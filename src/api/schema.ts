/**
 * The HTTP contract of the backend: TypeBox schemas of every request and response body.
 * The server (mock-server/) registers them for validation and OpenAPI; the app imports the TYPES
 * only (`import type { Assessment } from '@/api/schema'`), derived with Static<>, so nothing is
 * written twice. Pure TypeBox: no server code here.
 *
 * Conventions: field names are camelCase, requests and answers alike (the engine's own snake_case results
 * are mapped to these shapes field by field in one place, mock-server/src/wire.ts); money is a string with
 * exactly two decimals; months 'YYYY-MM'; dates 'YYYY-MM-DD'; timestamps ISO-8601. ID numbers appear only
 * masked (640104********0024) in answers. Every object is closed (additionalProperties: false): requests
 * refuse unknown fields and bound every string; answers carry only what is declared here (the server
 * serialises with these schemas, the app's answer checks refuse anything else).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { VOUCHER_NO_PATTERN } from '../domain/voucher'

const Str = (max: number, opts: Record<string, unknown> = {}) => Type.String({ maxLength: max, ...opts })
const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', maxLength: 7, description: 'YYYY-MM' })
const DateStr = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'YYYY-MM-DD' })
const Money = Type.String({ pattern: '^-?\\d+\\.\\d{2}$', description: '元, two decimals' })
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
const Req = <T extends Record<string, TSchema>>(props: T, id: string) =>
  Type.Object(props, { additionalProperties: false, title: id })
/** A response object: closed, so nothing undeclared reaches the wire (nor passes the app's answer checks). */
const Obj = <T extends Record<string, TSchema>>(props: T) => Type.Object(props, { additionalProperties: false })

/** An opaque reference to a person the signed-in agent is bound to (never an ID number). */
export const PersonRef = Str(64, {
  pattern: '^[A-Za-z0-9_-]+$',
  description: '代办对象的引用（GET /api/agents/people 的 ref）',
})

// ── errors ─────────────────────────────────────────────────────────────────────────────────
export const Problem = Obj({
  code: Type.String(),
  message: Type.String(),
  detail: Type.Record(Type.String(), Type.Unknown()),
})
export const ErrorBody = Obj({
  ok: Type.Literal(false),
  error: Type.String({ description: 'primary code (规则代码或服务器代码)' }),
  message: Type.String({ description: '中文说明' }),
  detail: Type.Record(Type.String(), Type.Unknown()),
  errors: Type.Array(Problem, { description: '全部问题（一次性告知），第一个为主要问题' }),
})
export const OkBody = Obj({ ok: Type.Literal(true) })

// ── auth and account ───────────────────────────────────────────────────────────────────────
export const WechatLoginBody = Req(
  { code: Str(128, { minLength: 1, description: 'Taro.login() 的 code' }) },
  'WechatLoginBody',
)
export const AlipayLoginBody = Req(
  { authCode: Str(128, { minLength: 1, description: 'my.getAuthCode 的 authCode' }) },
  'AlipayLoginBody',
)
export const SmsSendBody = Req({ phone: Str(11, { pattern: '^1\\d{10}$' }) }, 'SmsSendBody')
export const SmsSendResult = Obj({
  sent: Type.Literal(true),
  expiresInSeconds: Type.Integer(),
  devCode: Type.Optional(Type.String({ description: '仅开发模式（DEV_SHOW_CODE=1）返回' })),
})
export const SmsVerifyBody = Req(
  { phone: Str(11, { pattern: '^1\\d{10}$' }), code: Str(6, { pattern: '^\\d{6}$' }) },
  'SmsVerifyBody',
)
// 实名认证 (the real name comes from a verifier: 手机号三要素 + SMS on H5, the platform's real name on WeChat/Alipay)
const Mobile = Str(11, { pattern: '^1\\d{10}$' })
export const MobileCheckBody = Req(
  {
    name: Str(30, { minLength: 1 }),
    idNumber: Str(32, { minLength: 1, description: '18位公民身份号码' }),
    mobile: Str(11, { pattern: '^1\\d{10}$', description: '以本人身份证实名登记的手机号码' }),
  },
  'MobileCheckBody',
)
export const MobileCheckStarted = Obj({
  checkId: Type.String(),
  mobileMasked: Type.String(),
  expiresInSeconds: Type.Integer(),
  resendInSeconds: Type.Integer(),
})
export const MobileConfirmBody = Req(
  { checkId: Str(64, { pattern: '^[A-Za-z0-9_-]+$' }), code: Str(6, { pattern: '^\\d{6}$' }) },
  'MobileConfirmBody',
)
export const PlatformIdentityPreview = Obj({
  available: Type.Boolean({ description: '平台是否持有该用户的实名信息' }),
  nameMasked: Nullable(Type.String()),
  idNumberMasked: Nullable(Type.String()),
})
export const PlatformIdentityBody = Req(
  { authorise: Type.Literal(true, { description: '用户同意平台提供实名信息' }) },
  'PlatformIdentityBody',
)

export const Identity = Obj({
  name: Type.String({ description: '本人姓名（仅本人可见）' }),
  idNumberMasked: Type.String(),
  sex: Type.Union([Type.Literal('M'), Type.Literal('F')]),
  birthDate: DateStr,
})
export const Account = Obj({
  id: Type.String(),
  channel: Type.Union([Type.Literal('wechat'), Type.Literal('alipay'), Type.Literal('h5')]),
  channelUser: Type.String({ description: '渠道用户（已脱敏）' }),
  identity: Nullable(Identity),
  registered: Type.Boolean(),
  boundPeople: Type.Integer({ description: '代办对象数' }),
})
export const LoginResult = Obj({ token: Type.String(), expiresAt: Type.String(), account: Account })

/** DELETE /api/me: the user confirms in words (注销) that the account and its personal data are to be deleted. */
export const DeleteAccountBody = Req(
  { confirm: Type.Literal('注销', { description: '确认注销：须为“注销”两字' }) },
  'DeleteAccountBody',
)
export const DeleteAccountResult = Obj({
  ok: Type.Literal(true),
  deletedAt: Type.String(),
  /** the agency's registration/assessment records of the person stay with the agency (kept by law) */
  agencyRecordsKept: Type.Boolean({ description: '经办机构依法保存的参保登记与核定记录是否保留' }),
})

export const ActivityItem = Obj({
  at: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  actor: Type.String({ description: '办理人（已脱敏）' }),
  byAgent: Type.Boolean({ description: '由代办人办理' }),
  before: Type.Unknown(),
  after: Type.Unknown(),
})
export const ActivityList = Obj({ items: Type.Array(ActivityItem) })

// ── regions ────────────────────────────────────────────────────────────────────────────────
export const Tier = Obj({
  percent: Type.Number(),
  baseMonthly: Money,
  contributionMonthly: Money,
})
export const Region = Obj({
  code: Type.String(),
  name: Type.String(),
  districts: Type.Array(Obj({ code: Type.String(), name: Type.String() })),
  inputMode: Type.Union([Type.Literal('ningxia'), Type.Literal('tier'), Type.Literal('amount')]),
  yearKind: Type.Union([Type.Literal('calendar'), Type.Literal('si_july')]),
  assessmentYear: Type.Integer(),
  band: Nullable(Obj({ lower: Money, upper: Money, status: Type.String() })),
  tiers: Type.Array(Tier),
  rate: Type.String(),
  accountRate: Type.String(),
  allowedMonths: Obj({ earliest: Nullable(Month), latest: Nullable(Month) }),
  declarationWindow: Nullable(Obj({ fromDayPrev: Type.Integer(), toDay: Type.Integer() })),
  freeze: Nullable(Obj({ from: Type.String(), to: Type.String() })),
  frozenToday: Type.Boolean(),
  frequencyOptions: Type.Array(Type.String()),
  reregister: Type.String(),
  provisional: Type.Boolean(),
  provisionalNotice: Nullable(Type.String()),
})
export const RegionList = Obj({ today: DateStr, regions: Type.Array(Region) })

// ── registration ───────────────────────────────────────────────────────────────────────────
export const RegisterBody = Req(
  {
    region: Str(32, { description: '参保地区代码（GET /api/regions 的 code）' }),
    district: Type.Optional(Str(32, { description: '参保区县/统筹区/参保机构代码（该地区 districts 的 code）' })),
    category: Str(64, { description: 'SELF_EMPLOYED_NO_EMPLOYEES | PART_TIME_UNINSURED | OTHER_FLEXIBLE' }),
    employeeInsuranceStatus: Type.Optional(Str(32, { description: 'NONE | INTERRUPTED | ACTIVE' })),
    subsidyDistrict: Type.Optional(Str(32)),
    postType: Type.Optional(Str(16, { description: 'cadre | worker（按岗位性质确定女性退休年龄的地区）' })),
    localHukou: Type.Optional(Type.Boolean()),
    ethnicity: Type.Optional(
      Str(16, { description: '民族：56个民族名称之一或“其他”（新登记必填；变更参保地时不填则沿用）' }),
    ),
    address: Type.Optional(Str(300, { description: '联系地址，去除首尾空格后5–100个字（新登记必填）' })),
    mobile: Type.Optional(Str(32, { description: '手机号码，11位、以1开头（新登记必填）' })),
    mobileFromLogin: Type.Optional(
      Type.Boolean({ description: '不填 mobile 时使用登录手机号（仅手机号登录的账号；应用不保存完整号码）' }),
    ),
    hukouType: Type.Optional(
      Str(16, {
        description:
          '户口性质（选填）：LOCAL_URBAN 本地城镇 | LOCAL_RURAL 本地农村 | NONLOCAL_URBAN 外地城镇 | NONLOCAL_RURAL 外地农村',
      }),
    ),
  },
  'RegisterBody',
)
export const RegistrationStatus = Obj({
  registered: Type.Boolean(),
  region: Nullable(Type.String()),
  regionName: Nullable(Type.String()),
  district: Nullable(Type.String()),
  category: Nullable(Type.String()),
  ethnicity: Nullable(Type.String({ description: '民族' })),
  hukouType: Nullable(Type.String({ description: '户口性质代码（未填写为 null）' })),
  mobileMasked: Nullable(Type.String({ description: '手机号码（已脱敏，如 138****0001）' })),
  address: Nullable(Type.String({ description: '联系地址（仅本人及其代办人可见）' })),
  status: Nullable(Type.Union([Type.Literal('ACTIVE'), Type.Literal('SUSPENDED')])),
  workStartDate: Nullable(DateStr),
  retirementCategory: Nullable(Type.String()),
  retirementMonth: Nullable(Month),
  suspendedFrom: Nullable(Month),
  suspendReason: Nullable(Type.String()),
  resumedFrom: Nullable(Month),
  monthsCoveredThisYear: Type.Array(Month, { description: '本核定年度内已核定（未撤销）的月份' }),
  nextDueMonth: Nullable(Month),
})
export const RegisterResult = Obj({
  action: Type.Union([Type.Literal('REGISTERED'), Type.Literal('REGION_CHANGED')]),
  registration: RegistrationStatus,
})
/** PATCH /api/registration/contact: 更正手机号码和/或联系地址（本人或代办人），同一规则校验。 */
export const ContactBody = Req(
  {
    mobile: Type.Optional(Str(32, { description: '新手机号码，11位、以1开头' })),
    mobileFromLogin: Type.Optional(Type.Boolean({ description: '改用登录手机号（仅手机号登录的账号）' })),
    address: Type.Optional(Str(300, { description: '新联系地址，去除首尾空格后5–100个字' })),
    personRef: Type.Optional(PersonRef),
  },
  'ContactBody',
)
export const PersonRefQuery = Req({ personRef: Type.Optional(PersonRef) }, 'PersonRefQuery')

// ── assessments ────────────────────────────────────────────────────────────────────────────
export const AssessBody = Req(
  {
    start: Str(7, { description: 'YYYY-MM' }),
    end: Str(7, { description: 'YYYY-MM' }),
    base: Str(32, { description: '缴费基数输入：百分比/月工资（宁夏）、档次（武汉）或金额（天津）' }),
    // an enum in every region (also where the rule set has no frequencies: nothing else is stored)
    // validated as an enum in every region (also where the rule set has no frequencies); typed string for the app
    frequency: Type.Optional(
      Type.Unsafe<string>({
        type: 'string',
        enum: ['monthly', 'quarterly', 'yearly'],
        description: 'monthly | quarterly | yearly',
      }),
    ),
    personRef: Type.Optional(PersonRef),
  },
  'AssessBody',
)
export const Quote = Obj({
  months: Type.Integer(),
  start: Month,
  end: Month,
  requestedEnd: Month,
  baseMonthly: Money,
  baseTotal: Money,
  contributionMonthly: Money,
  accountMonthly: Money,
  pooledMonthly: Money,
  total: Money,
  baseKind: Type.String(),
  monthKinds: Type.Array(Type.String()),
  breakdown: Type.Array(Obj({ month: Month, kind: Type.String() }), { description: '逐月：补缴 / 当期 / 预缴' }),
  provisional: Type.Boolean(),
  truncatedToRetirement: Type.Boolean(),
  assessmentYear: Type.Integer(),
  parametersYear: Type.Integer(),
  yearKind: Type.String(),
  rate: Type.String(),
  accountRate: Type.String(),
  limits: Obj({
    lower: Type.String(),
    upper: Type.String(),
    published: Type.Boolean(),
    status: Type.String(),
  }),
  retirementMonth: Nullable(Type.String()),
  explanation: Type.String(),
  periodText: Type.String(),
})
export const AssessmentStatusEnum = Type.Union([
  Type.Literal('CREATED'),
  Type.Literal('TRANSMITTED'),
  Type.Literal('PAID'),
  Type.Literal('REVOKED'),
])
export const Assessment = Obj({
  id: Type.String({ description: '核定流水号' }),
  owner: Obj({
    self: Type.Boolean({ description: '是否为当前登录人本人' }),
    personRef: Nullable(Type.String({ description: '代办对象引用（代办人查看时）' })),
    nameMasked: Type.String(),
    idNumberMasked: Type.String(),
  }),
  operator: Obj({
    self: Type.Boolean({ description: '是否为当前登录人办理' }),
    byAgent: Type.Boolean({ description: '由代办人办理' }),
    label: Type.String({ description: '办理人（已脱敏）' }),
  }),
  region: Type.String(),
  start: Month,
  end: Month,
  months: Type.Integer(),
  frequency: Nullable(Type.String()),
  baseInput: Type.String(),
  baseKind: Type.String(),
  baseMonthly: Money,
  baseTotal: Money,
  contributionMonthly: Money,
  accountMonthly: Money,
  pooledMonthly: Money,
  total: Money,
  monthKinds: Type.Array(Type.String()),
  provisional: Type.Boolean(),
  truncatedToRetirement: Type.Boolean(),
  status: AssessmentStatusEnum,
  taxRevoked: Type.Boolean(),
  createdAt: Type.String(),
  transmittedAt: Nullable(Type.String()),
  paidAt: Nullable(Type.String()),
  taxRevokedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
})
export const AssessmentList = Obj({ items: Type.Array(Assessment) })
export const AssessmentListQuery = Req(
  { personRef: Type.Optional(PersonRef), status: Type.Optional(AssessmentStatusEnum) },
  'AssessmentListQuery',
)
export const AssessmentIdParams = Req({ id: Str(40, { pattern: '^[A-Za-z0-9_-]+$' }) }, 'AssessmentIdParams')
/** Body of transmit / revoke: nothing required (the record id says whose it is). */
export const EmptyBody = Req({}, 'EmptyBody')

// ── proxy (代他人核定) ─────────────────────────────────────────────────────────────────────
export const RelationshipEnum = Type.Union(
  [
    Type.Literal('PARENT'),
    Type.Literal('SPOUSE'),
    Type.Literal('CHILD'),
    Type.Literal('SIBLING'),
    Type.Literal('OTHER_RELATIVE'),
  ],
  { description: 'TA是代办人的：父母 / 配偶 / 子女 / 兄弟姐妹 / 其他亲属' },
)
export const AddPersonBody = Req(
  { name: Str(30, { minLength: 1 }), idNumber: Str(32, { minLength: 1 }), relationship: RelationshipEnum },
  'AddPersonBody',
)
const Scope = Type.Array(Type.String(), {
  description: '代办范围：ASSESS 缴费核定, RECORDS 查询/撤销核定, SUSPEND 停保/续保',
})
export const BoundPerson = Obj({
  ref: Type.String(),
  nameMasked: Type.String(),
  idNumberMasked: Type.String(),
  registration: Obj({
    region: Nullable(Type.String()),
    status: Nullable(Type.String()),
    retirementMonth: Nullable(Month),
  }),
  addedAt: Type.String(),
  relationship: Nullable(Type.String()),
  scope: Scope,
  expiresAt: Type.String({ description: '授权到期时间（默认一年）' }),
  approvedVia: Nullable(Type.String({ description: 'ACCOUNT 本人在账号中同意 / SMS 短信确认码' })),
})
export const ProxyRequest = Obj({
  ref: Type.String(),
  nameMasked: Type.String(),
  relationship: Type.String(),
  status: Type.Union([
    Type.Literal('PENDING'),
    Type.Literal('APPROVED'),
    Type.Literal('DECLINED'),
    Type.Literal('CANCELLED'),
    Type.Literal('EXPIRED'),
  ]),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  mobileOnFile: Type.Boolean({ description: '经办机构是否登记了TA的手机号码（可短信确认）' }),
  mobileMasked: Nullable(Type.String()),
  smsSentAt: Nullable(Type.String()),
  resendInSeconds: Type.Integer({ description: '距可重新发送短信的秒数（0 = 现在可发）' }),
  attemptsLeft: Type.Integer(),
  bindingRef: Nullable(Type.String({ description: '同意后：代办对象的 ref' })),
})
export const ProxyRequestList = Obj({ items: Type.Array(ProxyRequest) })
export const ConsentCodeBody = Req({ code: Str(6, { pattern: '^\\d{6}$' }) }, 'ConsentCodeBody')
export const IncomingRequest = Obj({
  ref: Type.String(),
  agent: Type.String({ description: '申请人（已脱敏）' }),
  relationship: Type.String(),
  scope: Scope,
  createdAt: Type.String(),
  expiresAt: Type.String(),
})
export const IncomingRequestList = Obj({ items: Type.Array(IncomingRequest) })
export const MyAgent = Obj({
  ref: Type.String(),
  agent: Type.String({ description: '代办人（已脱敏）' }),
  relationship: Nullable(Type.String()),
  scope: Scope,
  since: Type.String(),
  expiresAt: Type.String(),
  approvedVia: Nullable(Type.String()),
})
export const MyAgentList = Obj({ items: Type.Array(MyAgent) })
export const Message = Obj({
  id: Type.Integer(),
  at: Type.String(),
  kind: Type.String({ description: 'AGENT_ACT | AGENT_REQUEST | AGENT_BOUND | AGENT_ENDED' }),
  actor: Type.String({ description: '办理人（已脱敏）' }),
  title: Type.String(),
  body: Type.String(),
  entityId: Nullable(Type.String()),
})
export const MessageList = Obj({ items: Type.Array(Message) })

// ── the simulated outside world (ADMIN_TOKEN; development and tests) ──────────────────────────
export const SimPersonBody = Req(
  { name: Str(30, { minLength: 1 }), idNumber: Str(18, { minLength: 18 }), mobile: Mobile },
  'SimPersonBody',
)
export const SimPlatformUserBody = Req(
  {
    channel: Type.Union([Type.Literal('wechat'), Type.Literal('alipay')]),
    platformUserId: Type.Optional(Str(64, { pattern: '^[A-Za-z0-9_-]+$' })),
    name: Type.Optional(Str(30, { minLength: 1 })),
    idNumber: Type.Optional(Str(18, { minLength: 18 })),
  },
  'SimPlatformUserBody',
)
export const SimPlatformUser = Obj({ platformUserId: Type.String(), code: Type.String() })
export const SimSmsQuery = Req({ phone: Type.Optional(Mobile) }, 'SimSmsQuery')
export const SimSmsList = Obj({
  items: Type.Array(
    Obj({
      at: Type.String(),
      phone: Type.String(),
      purpose: Type.String(),
      text: Type.String(),
      code: Nullable(Type.String()),
    }),
  ),
})
export const BoundPersonList = Obj({ items: Type.Array(BoundPerson) })
export const RefParams = Req({ ref: PersonRef }, 'RefParams')

// ── suspension ─────────────────────────────────────────────────────────────────────────────
export const SuspendBody = Req(
  {
    reason: Str(32, { description: 'DEATH | TRANSFER_OUT | VOLUNTARY | EMIGRATION | OTHER_LEGAL' }),
    stopDate: Str(10, { description: '停保日期 YYYY-MM-DD' }),
    personRef: Type.Optional(PersonRef),
  },
  'SuspendBody',
)
export const SuspensionOptions = Obj({
  reasons: Type.Array(Type.String(), { description: '可选停保原因（本人办理不含 DEATH）' }),
  earliestStopDate: DateStr,
  latestStopDate: DateStr,
})
export const SuspensionCheck = Obj({ ok: Type.Literal(true), suspendedFrom: Month })
export const ResumeBody = Req({ personRef: Type.Optional(PersonRef) }, 'ResumeBody')

// ── tax side (simulation) ──────────────────────────────────────────────────────────────────
export const TaxAssessment = Obj({
  id: Type.String(),
  region: Type.String(),
  ownerMasked: Type.String(),
  start: Month,
  end: Month,
  months: Type.Integer(),
  total: Money,
  status: AssessmentStatusEnum,
  taxRevoked: Type.Boolean(),
  createdAt: Type.String(),
})
export const TaxAssessmentList = Obj({ items: Type.Array(TaxAssessment) })
export const TaxListQuery = Req({ status: Type.Optional(AssessmentStatusEnum) }, 'TaxListQuery')

export type ErrorBody = Static<typeof ErrorBody>
export type Account = Static<typeof Account>
export type LoginResult = Static<typeof LoginResult>
export type DeleteAccountResult = Static<typeof DeleteAccountResult>
export type SmsSendResult = Static<typeof SmsSendResult>
export type Region = Static<typeof Region>
export type RegionList = Static<typeof RegionList>
export type RegisterBody = Static<typeof RegisterBody>
export type RegisterResult = Static<typeof RegisterResult>
export type RegistrationStatus = Static<typeof RegistrationStatus>
export type AssessBody = Static<typeof AssessBody>
export type Quote = Static<typeof Quote>
export type Assessment = Static<typeof Assessment>
export type AssessmentList = Static<typeof AssessmentList>
export type AddPersonBody = Static<typeof AddPersonBody>
export type BoundPerson = Static<typeof BoundPerson>
export type BoundPersonList = Static<typeof BoundPersonList>
export type SuspendBody = Static<typeof SuspendBody>
export type ContactBody = Static<typeof ContactBody>
export type SuspensionOptions = Static<typeof SuspensionOptions>
export type ActivityList = Static<typeof ActivityList>
export type ProxyRequest = Static<typeof ProxyRequest>
export type IncomingRequest = Static<typeof IncomingRequest>
export type MyAgent = Static<typeof MyAgent>
export type MessageList = Static<typeof MessageList>
export type Message = Static<typeof Message>
export type PlatformIdentityPreview = Static<typeof PlatformIdentityPreview>
export type MobileCheckStarted = Static<typeof MobileCheckStarted>
export type TaxAssessment = Static<typeof TaxAssessment>
export type TaxAssessmentList = Static<typeof TaxAssessmentList>

// ── system ─────────────────────────────────────────────────────────────────────────────────
export const Health = Obj({
  status: Type.Literal('ok'),
  service: Type.String(),
  version: Type.String(),
  today: DateStr,
  database: Type.String(),
})
export type Health = Static<typeof Health>

// ── 算得清: estimate, comparison, years, history, reminders (issue 14) ───────────────────────
/** Assumptions of the estimate, all optional; absent ones come from the person's data. */
export const InsightsQuery = Req(
  {
    personRef: Type.Optional(PersonRef),
    base: Type.Optional(Str(32, { description: '至退休前的缴费基数（与缴费核定的基数输入相同）' })),
    interestRate: Type.Optional(Str(8, { description: '个人账户记账利率（年，百分数，如 2.62）；默认 0' })),
    pensionBase: Type.Optional(Str(16, { description: '计发基数（元/月）；默认本地区社平工资' })),
    openingBalance: Type.Optional(Str(16, { description: '个人账户已有储存额（元）；默认 0' })),
    declaredWage: Type.Optional(Str(16, { description: '宁夏：申报月工资收入，作为对比的一行' })),
  },
  'InsightsQuery',
)
export const InsightsPerson = Obj({
  self: Type.Boolean(),
  nameMasked: Type.String(),
  region: Type.String(),
  regionName: Type.String(),
  inputMode: Type.String(),
})
export const InsightsContext = Obj({
  todayMonth: Month,
  retirementMonth: Month,
  retirementAgeYears: Type.Integer(),
  retirementAgeMonths: Type.Integer(),
  countedMonths: Type.Integer(),
  paidMonths: Type.Integer(),
  assessedMonths: Type.Integer(),
  paidSoFar: Money,
  futureMonths: Type.Integer(),
  futureFrom: Nullable(Month),
  futureUntil: Nullable(Month),
  defaultBase: Type.String(),
  pensionBaseDefault: Money,
  avgMonthly: Money,
  parametersYear: Type.Integer(),
  provisional: Type.Boolean(),
})
export const EstimateAssumption = Obj({
  key: Type.String(),
  value: Type.String(),
  source: Type.Union([Type.Literal('data'), Type.Literal('chosen'), Type.Literal('default')]),
})
export const PersonEstimateFigures = Obj({
  basic: Money,
  personalAccount: Money,
  total: Money,
  divisor: Type.Number(),
  monthsPaid: Type.Integer(),
  monthsFuture: Type.Integer(),
  monthsTotal: Type.Integer(),
  years: Type.String(),
  avgIndex: Type.String(),
  account: Money,
  futureMonthly: Money,
  assumptions: Type.Array(EstimateAssumption),
})
export const EstimateResult = Obj({
  person: InsightsPerson,
  context: InsightsContext,
  base: Obj({
    input: Type.String(),
    kind: Type.String(),
    base: Money,
    monthly: Money,
    explanation: Type.String(),
  }),
  estimate: PersonEstimateFigures,
  explanation: Obj({ basic: Type.String(), account: Type.String(), years: Type.String() }),
})
export const ComparisonRow = Obj({
  input: Type.String(),
  kind: Type.String(),
  percent: Nullable(Type.Number()),
  base: Money,
  monthly: Money,
  accountMonthly: Money,
  explanation: Type.String(),
  costUntilRetirement: Money,
  paybackYears: Nullable(Type.String()),
  estimate: PersonEstimateFigures,
})
export const ComparisonResult = Obj({
  person: InsightsPerson,
  context: InsightsContext,
  rows: Type.Array(ComparisonRow),
})
export const YearsResult = Obj({
  person: InsightsPerson,
  retirementMonth: Month,
  requiredMonths: Type.Integer(),
  countedMonths: Type.Integer(),
  paidMonths: Type.Integer(),
  assessedMonths: Type.Integer(),
  neededMonths: Type.Integer(),
  reachMonth: Nullable(Month),
  reachable: Type.Boolean(),
  shortfallAtRetirement: Type.Integer(),
  nextPayableMonth: Month,
  options: Type.Array(Type.Union([Type.Literal('EXTEND'), Type.Literal('LUMP_SUM')])),
})
export const HistoryGap = Obj({
  start: Month,
  end: Month,
  months: Type.Integer(),
  payable: Nullable(Obj({ start: Month, end: Month })),
})
export const HistoryResult = Obj({
  person: InsightsPerson,
  years: Type.Array(
    Obj({
      year: Type.Integer(),
      paidMonths: Type.Integer(),
      assessedMonths: Type.Integer(),
      paidAmount: Money,
      assessedAmount: Money,
      gaps: Type.Array(HistoryGap),
    }),
  ),
  gaps: Type.Array(HistoryGap),
  paidMonths: Type.Integer(),
  assessedMonths: Type.Integer(),
})
export const ReminderItem = Obj({
  kind: Type.Union([
    Type.Literal('NEXT_DUE'),
    Type.Literal('DECLARATION_WINDOW'),
    Type.Literal('AWAITING_PAYMENT'),
    Type.Literal('YEARS_SHORT'),
  ]),
  month: Nullable(Month),
  from: Nullable(DateStr),
  to: Nullable(DateStr),
  recordId: Nullable(Type.String()),
  title: Type.String(),
  text: Type.String(),
})
export const ReminderList = Obj({
  registered: Type.Boolean(),
  items: Type.Array(ReminderItem),
  /** subscription template ids the app may ask for (WeChat / Alipay) */
  templateIds: Type.Array(Type.String()),
  subscribed: Type.Array(Type.String({ description: '已同意订阅的模板' })),
})
export const SubscribeBody = Req(
  {
    channel: Type.Union([Type.Literal('weapp'), Type.Literal('alipay')]),
    results: Type.Array(
      Req(
        {
          templateId: Str(64, { minLength: 1, pattern: '^[A-Za-z0-9_-]+$' }),
          status: Type.Union([
            Type.Literal('accept'),
            Type.Literal('reject'),
            Type.Literal('ban'),
            Type.Literal('filter'),
          ]),
        },
        'SubscribeResultItem',
      ),
      { minItems: 1, maxItems: 5 },
    ),
  },
  'SubscribeBody',
)
export const SubscribeResult = Obj({
  ok: Type.Literal(true),
  subscribed: Type.Array(Type.String()),
})

// ── pay (simulated tax cashier) and 缴费凭证 ─────────────────────────────────────────────────
export const Receipt = Obj({
  assessmentId: Type.String({ description: '核定流水号' }),
  voucherNo: Type.String({ description: '缴费凭证号' }),
  nameMasked: Type.String(),
  idNumberMasked: Type.String(),
  region: Type.String(),
  regionName: Type.String(),
  start: Month,
  end: Month,
  months: Type.Integer(),
  baseMonthly: Money,
  total: Money,
  paidAt: Type.String(),
  paidDate: DateStr,
  payee: Type.String({ description: '收款方（税务部门）' }),
  cashierTransactionId: Type.String({ description: '收银台交易号' }),
})
export const PayResult = Obj({ assessment: Assessment, receipt: Receipt })
export const VoucherParams = Req({ voucherNo: Str(24, { pattern: VOUCHER_NO_PATTERN }) }, 'VoucherParams')
export const VoucherCheck = Obj({
  valid: Type.Literal(true),
  voucherNo: Type.String(),
  nameMasked: Type.String(),
  start: Month,
  end: Month,
  paidDate: DateStr,
})
export type InsightsQuery = Static<typeof InsightsQuery>
export type InsightsPerson = Static<typeof InsightsPerson>
export type InsightsContext = Static<typeof InsightsContext>
export type PersonEstimateFigures = Static<typeof PersonEstimateFigures>
export type EstimateResult = Static<typeof EstimateResult>
export type ComparisonResult = Static<typeof ComparisonResult>
export type ComparisonRow = Static<typeof ComparisonRow>
export type YearsResult = Static<typeof YearsResult>
export type HistoryResult = Static<typeof HistoryResult>
export type ReminderItem = Static<typeof ReminderItem>
export type ReminderList = Static<typeof ReminderList>
export type SubscribeBody = Static<typeof SubscribeBody>
export type Receipt = Static<typeof Receipt>
export type PayResult = Static<typeof PayResult>
export type VoucherCheck = Static<typeof VoucherCheck>
