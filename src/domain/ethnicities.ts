/**
 * Registration data lists (RULES.md §1.8), pure data shared by the server's validation and the
 * app's pickers: the 56 民族 of China (GB/T 3304 order) plus '其他', and the 户口性质 codes.
 */

/** The 56 民族 in GB/T 3304 order, then '其他' (e.g. 外国血统中国籍人士). */
export const ETHNICITIES = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '其他',
] as const

export type Ethnicity = (typeof ETHNICITIES)[number]

export const DEFAULT_ETHNICITY: Ethnicity = '汉族'

const ETHNICITY_SET: ReadonlySet<string> = new Set(ETHNICITIES)

export function isEthnicity(v: unknown): v is Ethnicity {
  return typeof v === 'string' && ETHNICITY_SET.has(v)
}

/** 户口性质 (hukou type) codes with their Chinese labels. */
export const HUKOU_TYPES = [
  { value: 'LOCAL_URBAN', label: '本地城镇' },
  { value: 'LOCAL_RURAL', label: '本地农村' },
  { value: 'NONLOCAL_URBAN', label: '外地城镇' },
  { value: 'NONLOCAL_RURAL', label: '外地农村' },
] as const

export type HukouType = (typeof HUKOU_TYPES)[number]['value']

export function isHukouType(v: unknown): v is HukouType {
  return HUKOU_TYPES.some((h) => h.value === v)
}

export function hukouTypeLabel(v: string | null | undefined): string {
  return HUKOU_TYPES.find((h) => h.value === v)?.label ?? '—'
}

/** 联系地址 and 手机号码 rules live with registration (one rule for the app and the server). */
export { ADDRESS_MAX, ADDRESS_MIN, MOBILE_RE } from './registration'
