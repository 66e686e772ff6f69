/**
 * The base, tiers and period of a region in plain Chinese, from the engine's region configuration
 * (rulesets/regions.ts): the 办事指南's 缴费基数 section and the 办事 tab's line on 缴费核定. Apart from the guide
 * texts (guides.ts) so that the tab page does not carry them. Pure (no Taro, no I/O).
 */
import { formatAmountCompact } from './money'
import { getRegion } from './rulesets/regions'

/** The national hotline, named wherever a source gives no number of its own. */
export const HOTLINE = '12333'

export interface ContributionFacts {
  /** 缴费基数怎么定 */
  mode: string
  /** 缴费基数上下限 (latest loaded assessment year) */
  band?: { year: string; lower: string; upper: string; status: string }
  /** tier percentages (tier mode) */
  tiers: number[]
  /** 年度 */
  yearKind: string
  /** 费率 */
  rate: string
  /** 可缴月份 */
  period: string[]
  /** what the citizen is told about the figures (plain words: what applies, whom to ask) */
  dataNotice: string
  /** for maintainers: the figures are reference values still to be verified against official publications */
  dataStatus: string
}

const pct = (r: string) => `${Math.round(Number(r) * 1000) / 10}%`

/** Plain-Chinese facts of a region's configuration (input mode, band, tiers, year kind, months). */
export function contributionFacts(code: string): ContributionFacts | undefined {
  const region = getRegion(code)
  if (!region) return undefined
  const rs = region.rule_set
  const years = Object.keys(rs.limits).sort()
  const latest = years[years.length - 1]
  const lim = latest ? rs.limits[latest] : undefined
  const mode =
    rs.input_mode === 'ningxia'
      ? '输入60到300之间的数，按上年度社平工资的相应百分比换算为缴费基数；输入大于300的数，视为月工资收入，由系统核定缴费基数。'
      : rs.input_mode === 'tier'
        ? `按档次选择缴费基数：${rs.tiers.map((t) => `${t}%`).join('、')}（上年度社平工资的百分比）。`
        : '在缴费基数上下限之间，自行申报一个月缴费基数（金额）。'
  const period: string[] = []
  period.push(
    rs.backpay_scope === 'current_year'
      ? '可核定本年度内已过去的月份（补缴）和本年度内以后的月份（预缴）；往年月份须到经办机构办理。'
      : '不能自助补缴过去的月份。',
  )
  if (rs.declaration_window)
    period.push(
      `申报期：上月${rs.declaration_window.from_day_prev}日至本月${rs.declaration_window.to_day}日为本月申报期。`,
    )
  if (rs.freeze) {
    const [fm, fd] = rs.freeze.from.split('-').map(Number)
    const [tm, td] = rs.freeze.to.split('-').map(Number)
    period.push(`每年${fm}月${fd}日至${tm}月${td}日停止自助核定，次年1月1日恢复。`)
  }
  if (rs.frequency === 'm_q_y') period.push('可按月、按季或按年缴费。')
  period.push(
    rs.retirement_cap === 'reject'
      ? `缴费期间不能超过法定退休年龄当月${rs.cap_inclusive ? '（退休当月可缴）' : ''}。`
      : '缴费期间超过法定退休年龄的部分自动截止到退休当月。',
  )
  return {
    mode,
    band: lim
      ? {
          year: latest,
          lower: `${formatAmountCompact(lim.lower)}元`,
          upper: `${formatAmountCompact(lim.upper)}元`,
          status: lim.status,
        }
      : undefined,
    tiers: rs.input_mode === 'tier' ? [...rs.tiers] : [],
    yearKind:
      rs.year_kind === 'si_july' ? '按社保年度：每年7月1日至次年6月30日。' : '按自然年度：每年1月1日至12月31日。',
    rate: `缴费比例 ${pct(rs.rate)}，其中 ${pct(rs.account_rate)} 记入个人账户。`,
    period,
    dataNotice: rs.provisional_fallback
      ? `本年度标准尚未公布时，暂按上年度标准核定，新标准公布后可能需要补差。具体以当地人社部门公布为准，有疑问请拨打 ${HOTLINE}。`
      : `具体以当地人社部门公布为准，有疑问请拨打 ${HOTLINE}。`,
    dataStatus: lim ? `参考值（${lim.status}），待与官方公布核对` : '无缴费基数上下限数据',
  }
}

const ASSESS_TAIL = '确定缴费期间（所属期），先看金额再核定，核定后传输到税务缴费。'

/** The 办事 tab's line on 缴费核定: in the words of the region's rule set, or a general one when unknown. */
export function assessExplanation(regionCode?: string | null): string {
  const facts = regionCode ? contributionFacts(regionCode) : undefined
  if (!facts) {
    return `缴费基数的选择方式因参保地而不同（按社平工资的百分比、按档次或在上下限之间自报金额），办理时按您的参保地显示。${ASSESS_TAIL}`
  }
  return `${facts.mode}${ASSESS_TAIL}`
}
