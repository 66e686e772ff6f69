/**
 * The configuration the app uses TODAY (year 2026; the app passes today's date, e.g. 2026-11-23).
 *
 * Figures are those of RULES.md §3.6 for assessment year 2025 (statistical year 2024). None is a
 * verified official publication: each carries its status (CANDIDATE / ILLUSTRATIVE / DERIVED).
 * The 2026 figures (statistical year 2025) are not loaded, so `provisional_fallback: true` makes
 * 2026 assessments use the 2025 figures and mark the quote `provisional: true` (暂按上年度标准执行,
 * §4.2, §13.2). Whether a top-up (补差) is due later is open (§12.5).
 *
 * Region codes are the 6-digit administrative codes (GB/T 2260).
 */
import { parseRuleSet } from './parse'
import type { RuleSet, RuleSetData } from './types'

export interface District {
  /** the code stored as the registration region */
  code: string
  name: string
  /** administrative districts registered under this entry (Wuhan's 9 central districts) */
  covers?: { code: string | null; name: string }[]
}

export interface Region {
  code: string
  name: string
  /** key of the rule set in the catalogue (rulesets/index.ts) */
  rule_set_key: string
  rule_set: RuleSet
  /** the choices offered as 参保地区 / 统筹区 / 参保机构 (§1.6) */
  districts: District[]
  /** choices made where RULES.md is open, and notes on data status */
  choices: string[]
}

/** Year the configuration was prepared for. */
export const CONFIG_YEAR = 2026

const COMMON_CHOICES = [
  '2026年度参数（2025年统计年度社平工资）未加载：provisional_fallback=true，2026年度核定暂按2025年度标准，结果标记 provisional: true（§4.2、§13.2）。公布后是否补差待定（§12.5）。',
]

// ── 宁夏 ────────────────────────────────────────────────────────────────────────────────
const NINGXIA: RuleSetData = {
  region: '宁夏回族自治区 (2026 configuration; 2025 figures, CANDIDATE)',
  year_kind: 'calendar',
  avg_wage: {
    '2024': {
      monthly: '8088',
      status: 'CANDIDATE (third-party datasets, consistent with 4853/24264; verify against 宁夏人社厅 notice)',
    },
  },
  limits: { '2025': { lower: '4853', upper: '24264', status: 'CANDIDATE (P7 dataset)' } },
  provisional_fallback: true,
  input_mode: 'ningxia',
  below_min_percent: 'reject',
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_half_up',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  frequency: 'free',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  female_original_age_status: 'ASSUMED (S003 silent; same as NX2025)',
  reregister: 'change_region',
  default_work_start: 'jan1_current_year',
  choices: [
    '输入小于60：拒绝（below_min_percent=reject，§12.1）；300.01 视为月工资收入并按下限核定，界面须提示该不连续（§3.3）。',
    '退休当月可缴（cap_inclusive=true），超出即拒绝（retirement_cap=reject），与 NX2025 一致（§12.3）。',
  ],
}

// ── 武汉 ────────────────────────────────────────────────────────────────────────────────
const WUHAN: RuleSetData = {
  region: '武汉市 (2026 configuration; SI-year 2025 figures, ILLUSTRATIVE)',
  year_kind: 'si_july',
  avg_wage: {
    '2024': {
      monthly: '7489',
      status:
        'ILLUSTRATIVE (third-party dataset; 300% = 22467 matches a third-party upper limit) - replace with the published tier table',
    },
  },
  limits: {
    '2025': {
      lower: '4493',
      upper: '22467',
      status: 'ILLUSTRATIVE (lower computed 60% × 7489 = 4493.4 → 4493; a dataset says 4007, inconsistent, §3.6)',
    },
  },
  provisional_fallback: true,
  input_mode: 'tier',
  tiers: [60, 70, 80, 90, 100, 150, 200, 250, 300],
  tier_bases: null,
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_half_up',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  frequency: 'free',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  female_original_age_status: 'S004: 女年满16周岁未满55周岁',
  reregister: 'refuse',
  default_work_start: 'registration_date',
  choices: [
    '社保年度 2026 = 2026-07..2027-06；其参数（2025年统计年度）未加载，暂按社保年度2025（2024年社平 7489）核定，provisional: true。',
    '未加载官方档次表（tier_bases=null）：档次基数 = clamp(R_yuan(7489 × 档次%), 下限, 上限)（§3.3）。',
    '登记所在地（§1.6，S004 七(1)）：9个中心城区登记为“武汉市”(420100)，5个新城区登记为各自区县代码。中心城区按江岸、江汉、硚口、汉阳、武昌、青山、洪山、东湖新技术开发区、武汉经济技术开发区（汉南区）计，功能区无行政区划代码。',
  ],
}

const WUHAN_DISTRICTS: District[] = [
  {
    code: '420100',
    name: '武汉市',
    covers: [
      { code: '420102', name: '江岸区' },
      { code: '420103', name: '江汉区' },
      { code: '420104', name: '硚口区' },
      { code: '420105', name: '汉阳区' },
      { code: '420106', name: '武昌区' },
      { code: '420107', name: '青山区' },
      { code: '420111', name: '洪山区' },
      { code: null, name: '东湖新技术开发区' },
      { code: '420113', name: '武汉经济技术开发区（汉南区）' },
    ],
  },
  { code: '420112', name: '东西湖区' },
  { code: '420114', name: '蔡甸区' },
  { code: '420115', name: '江夏区' },
  { code: '420116', name: '黄陂区' },
  { code: '420117', name: '新洲区' },
]

// ── 天津 ────────────────────────────────────────────────────────────────────────────────
const TIANJIN: RuleSetData = {
  region: '天津市 (2026 configuration; 2025 figures, CANDIDATE)',
  year_kind: 'calendar',
  avg_wage: { '2024': { monthly: '8355', status: 'CANDIDATE (third-party; consistent with 5013/25065)' } },
  limits: { '2025': { lower: '5013', upper: '25065', status: 'CANDIDATE (P7 page and dataset)' } },
  provisional_fallback: true,
  input_mode: 'amount',
  input_mode_status: 'ASSUMED (S002 does not describe base choice)',
  base_rounding: 'yuan_half_up',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  declaration_window: { from_day_prev: 21, to_day: 19 },
  freeze: { from: '12-20', to: '12-31' },
  frequency: 'm_q_y',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 50,
  female_original_age_status: 'ASSUMED (Tianjin form has 岗位性质; rule unknown, same as TJ2025)',
  reregister: 'refuse',
  subsidy_district_lock: true,
  default_work_start: 'registration_date',
  choices: [
    '按季 = 自然季度（§4.6 DESIGN, §12.9）；按年 = 任意开始月、结束于12月。',
    '12月20日至31日冻结所有自助核定（freeze），次年1月1日恢复。',
    '女性灵活就业人员按原50周岁（与 TJ2025 一致，ASSUMED）；若确认按岗位性质，改为 female_original_age: "by_post"。',
  ],
}

const TIANJIN_DISTRICTS: District[] = [
  ['120101', '和平区'],
  ['120102', '河东区'],
  ['120103', '河西区'],
  ['120104', '南开区'],
  ['120105', '河北区'],
  ['120106', '红桥区'],
  ['120110', '东丽区'],
  ['120111', '西青区'],
  ['120112', '津南区'],
  ['120113', '北辰区'],
  ['120114', '武清区'],
  ['120115', '宝坻区'],
  ['120116', '滨海新区'],
  ['120117', '宁河区'],
  ['120118', '静海区'],
  ['120119', '蓟州区'],
].map(([code, name]) => ({ code, name }))

// ── 甘肃 ────────────────────────────────────────────────────────────────────────────────
const GANSU: RuleSetData = {
  region: '甘肃省 (2026 configuration; 2025 figures, CANDIDATE)',
  year_kind: 'calendar',
  avg_wage: { '2024': { monthly: '7194', status: 'CANDIDATE (third-party; 21582 = 3 × 7194)' } },
  limits: {
    '2025': {
      lower: '4317',
      upper: '21582',
      status: 'CANDIDATE (P7; published lower 4317 is 0.6 × 7194 = 4316.4 rounded UP)',
    },
  },
  provisional_fallback: true,
  input_mode: 'amount',
  input_mode_status: 'S001 §6: 缴费人自行申报 (amount within the band)',
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_ceiling',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  frequency: 'free',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  female_original_age_status: 'ASSUMED (same as GS2025P)',
  reregister: 'refuse',
  default_work_start: 'registration_date',
  choices: ['limit_rounding=yuan_ceiling（仅在未公布限额时使用），与已公布下限 4317 的向上取整一致（§3.5）。'],
}

const GANSU_DISTRICTS: District[] = [
  ['620100', '兰州市'],
  ['620200', '嘉峪关市'],
  ['620300', '金昌市'],
  ['620400', '白银市'],
  ['620500', '天水市'],
  ['620600', '武威市'],
  ['620700', '张掖市'],
  ['620800', '平凉市'],
  ['620900', '酒泉市'],
  ['621000', '庆阳市'],
  ['621100', '定西市'],
  ['621200', '陇南市'],
  ['622900', '临夏回族自治州'],
  ['623000', '甘南藏族自治州'],
].map(([code, name]) => ({ code, name }))

// ── 杭州 ────────────────────────────────────────────────────────────────────────────────
const HANGZHOU: RuleSetData = {
  region: '杭州市 (2026 configuration; 浙江 2025 figures: upper CANDIDATE, lower DERIVED)',
  year_kind: 'calendar',
  avg_wage: { '2024': { monthly: '8310', status: 'CANDIDATE (≈ upper 24930 / 3; P7 dataset)' } },
  limits: {
    '2025': {
      lower: '4986',
      upper: '24930',
      status:
        'upper CANDIDATE (P7 dataset: 浙江 24930); lower DERIVED = 60% × 8310 = 4986.0 (NOT published; computed, §3.6) - verify against 浙江人社厅 notice',
    },
  },
  provisional_fallback: true,
  input_mode: 'amount',
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_half_up',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  frequency: 'free',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  female_original_age_status: 'ASSUMED (no evidence for Zhejiang flexible workers)',
  reregister: 'refuse',
  hukou_restriction: false,
  default_work_start: 'registration_date',
  choices: [
    '浙江下限未得到公布值：按 60% × 8310 = 4986.0 计算，yuan_half_up 取整为 4986，作为“已公布”限额载入并标记 DERIVED（§3.6）。',
    '户籍限制已取消（人社养司函〔2021〕81号）：hukou_restriction=false；S000 西湖区指南的户籍条件只保留在 HZ-LEGACY 参考规则集中。',
  ],
}

const HANGZHOU_DISTRICTS: District[] = [
  ['330102', '上城区'],
  ['330105', '拱墅区'],
  ['330106', '西湖区'],
  ['330108', '滨江区'],
  ['330109', '萧山区'],
  ['330110', '余杭区'],
  ['330111', '富阳区'],
  ['330112', '临安区'],
  ['330113', '临平区'],
  ['330114', '钱塘区'],
  ['330122', '桐庐县'],
  ['330127', '淳安县'],
  ['330182', '建德市'],
].map(([code, name]) => ({ code, name }))

const NINGXIA_DISTRICTS: District[] = [
  ['640104', '银川市兴庆区'],
  ['640105', '银川市西夏区'],
  ['640106', '银川市金凤区'],
  ['640121', '永宁县'],
  ['640122', '贺兰县'],
  ['640181', '灵武市'],
  ['640202', '石嘴山市大武口区'],
  ['640205', '石嘴山市惠农区'],
  ['640221', '平罗县'],
  ['640302', '吴忠市利通区'],
  ['640402', '固原市原州区'],
  ['640502', '中卫市沙坡头区'],
].map(([code, name]) => ({ code, name }))

function region(code: string, name: string, key: string, data: RuleSetData, districts: District[]): Region {
  const rule_set = parseRuleSet(key, data)
  return { code, name, rule_set_key: key, rule_set, districts, choices: [...COMMON_CHOICES, ...rule_set.choices] }
}

const REGIONS: readonly Region[] = [
  region('640000', '宁夏回族自治区', 'NX2026', NINGXIA, NINGXIA_DISTRICTS),
  region('420100', '武汉市', 'WH2026', WUHAN, WUHAN_DISTRICTS),
  region('120000', '天津市', 'TJ2026', TIANJIN, TIANJIN_DISTRICTS),
  region('620000', '甘肃省', 'GS2026', GANSU, GANSU_DISTRICTS),
  region('330100', '杭州市', 'HZ2026', HANGZHOU, HANGZHOU_DISTRICTS),
]

/** All regions the app serves. */
export function listRegions(): readonly Region[] {
  return REGIONS
}

/** A region by its 6-digit code. */
export function getRegion(code: string): Region | undefined {
  return REGIONS.find((r) => r.code === code)
}

/** The rule sets of the current configuration, by key (NX2026, WH2026, …). */
export const REGION_RULE_SETS: Readonly<Record<string, RuleSet>> = Object.fromEntries(
  REGIONS.map((r) => [r.rule_set_key, r.rule_set]),
)

/**
 * The registration region for an administrative district (§1.6): in Wuhan the central
 * districts register as 武汉市 (420100); elsewhere the district code is kept.
 */
export function registrationRegionFor(regionCode: string, districtCode: string): string {
  const r = getRegion(regionCode)
  const entry = r?.districts.find((d) => d.code === districtCode || d.covers?.some((c) => c.code === districtCode))
  return entry ? entry.code : districtCode
}
