/**
 * The six reference rule sets of cases.json (copied as typed data, statuses included).
 * They are TEST FIXTURES: the figures are DERIVED / CANDIDATE / ILLUSTRATIVE, not verified
 * official data (RULES.md §3.6). The app's current configuration is in regions.ts.
 */
import { parseRuleSet } from './parse'
import type { RuleSet, RuleSetData } from './types'

const NX2019: RuleSetData = {
  region: '宁夏回族自治区 Ningxia (2019 notice, S003)',
  year_kind: 'calendar',
  avg_wage: {
    '2018': {
      annual: '62060',
      status: 'DERIVED from S003 worked example (37236.00 = 60% x 62060); not independently confirmed',
    },
  },
  limits: { '2019': { lower: '3103', upper: '15515', status: 'DERIVED (60%/300% of 62060/12)' } },
  input_mode: 'ningxia',
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_half_up',
  below_min_percent: 'reject',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  female_original_age_status: 'ASSUMED (S003 silent)',
  reregister: 'change_region',
  default_work_start: 'jan1_current_year',
  provisional_fallback: false,
}

const NX2025: RuleSetData = {
  region: '宁夏 Ningxia, 2025 calendar year (parameters are CANDIDATES)',
  year_kind: 'calendar',
  avg_wage: {
    '2024': {
      monthly: '8088',
      status:
        'CANDIDATE (third-party datasets; consistent with published 4853/24264) - verify against 宁夏人社厅 notice',
    },
  },
  limits: { '2025': { lower: '4853', upper: '24264', status: 'CANDIDATE' } },
  input_mode: 'ningxia',
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_half_up',
  below_min_percent: 'reject',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  female_original_age_status: 'ASSUMED',
  reregister: 'change_region',
  default_work_start: 'jan1_current_year',
  provisional_fallback: false,
}

const WH2025: RuleSetData = {
  region: '武汉 Wuhan, social-insurance year 2025 (2025-07..2026-06); tiers per S004',
  year_kind: 'si_july',
  avg_wage: {
    '2024': {
      monthly: '7489',
      status:
        'ILLUSTRATIVE CANDIDATE (third-party dataset value for 湖北/武汉 2025; 300% = 22467 matches a third-party upper limit) - replace with the published tier table',
    },
  },
  limits: { '2025': { lower: '4493', upper: '22467', status: 'ILLUSTRATIVE' } },
  input_mode: 'tier',
  tiers: [60, 70, 80, 90, 100, 150, 200, 250, 300],
  base_rounding: 'yuan_half_up',
  limit_rounding: 'yuan_half_up',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  female_original_age_status: 'S004: 女年满16周岁未满55周岁',
  reregister: 'refuse',
  provisional_fallback: false,
}

const TJ2025: RuleSetData = {
  region: '天津 Tianjin 2025 (declaration window & freeze per S002)',
  year_kind: 'calendar',
  avg_wage: { '2024': { monthly: '8355', status: 'CANDIDATE (third-party; consistent with limits 5013/25065)' } },
  limits: { '2025': { lower: '5013', upper: '25065', status: 'CANDIDATE' } },
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
  female_original_age_status: 'ASSUMED (Tianjin form has 岗位性质 field; rule unknown)',
  reregister: 'refuse',
  subsidy_district_lock: true,
  provisional_fallback: false,
}

const GS2025P: RuleSetData = {
  region:
    '甘肃 Gansu 2025 limits with a percent-input variant (ILLUSTRATIVE: Gansu itself uses 缴费人自行申报 at tax, DB62/T 5079.1 §6)',
  year_kind: 'calendar',
  avg_wage: { '2024': { monthly: '7194', status: 'CANDIDATE (third-party; 21582 = 3 x 7194)' } },
  limits: {
    '2025': {
      lower: '4317',
      upper: '21582',
      status: 'CANDIDATE; note 0.6 x 7194 = 4316.4 but published lower is 4317 (rounded UP)',
    },
  },
  input_mode: 'ningxia',
  base_rounding: 'yuan_half_up',
  below_min_percent: 'reject',
  rate: '0.20',
  account_rate: '0.08',
  backpay_scope: 'current_year',
  prepay_scope: 'current_year',
  retirement_cap: 'reject',
  cap_inclusive: true,
  female_original_age: 55,
  reregister: 'refuse',
  provisional_fallback: false,
}

const HZ_LEGACY: RuleSetData = {
  region: '杭州西湖 Hangzhou Xihu guide (S000) - LEGACY hukou conditions, superseded by 人社养司函〔2021〕81号',
  year_kind: 'calendar',
  avg_wage: {},
  input_mode: 'amount',
  hukou_restriction: true,
  female_original_age: 50,
  female_original_age_status: 'ASSUMED',
  reregister: 'refuse',
}

/** Raw data of the reference rule sets, by key. */
export const REFERENCE_RULE_SET_DATA: Readonly<Record<string, RuleSetData>> = {
  NX2019,
  NX2025,
  WH2025,
  TJ2025,
  GS2025P,
  'HZ-LEGACY': HZ_LEGACY,
}

/** The reference rule sets, parsed (defaults applied). */
export const REFERENCE_RULE_SETS: Readonly<Record<string, RuleSet>> = Object.fromEntries(
  Object.entries(REFERENCE_RULE_SET_DATA).map(([key, data]) => [key, parseRuleSet(key, data)]),
)
