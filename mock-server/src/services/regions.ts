/** Regions with the parameters the app needs to render choices and previews (from the engine). */
import type { AppContext } from '../context'
import type { Region as RegionDto, RegionList } from '../../../src/api/schema'
import {
  assessableRange,
  assessmentYearOf,
  computeBase,
  contributionAmounts,
  listRegions,
  moneyString,
  parseMonth,
  yearParameters,
  type Region,
} from './rules'

function describe(region: Region, today: string): RegionDto {
  const rules = region.rule_set
  const year = assessmentYearOf(parseMonth(today.slice(0, 7)) as number, rules.year_kind)
  const params = yearParameters(rules, year)
  const tiers: RegionDto['tiers'] = []
  if (params.ok && rules.input_mode === 'tier') {
    for (const t of rules.tiers) {
      const b = computeBase(String(t), rules, params.value)
      if (b.ok) {
        const amounts = contributionAmounts(b.value.base, 1, rules)
        tiers.push({
          percent: t,
          baseMonthly: moneyString(b.value.base),
          contributionMonthly: moneyString(amounts.contribution),
        })
      }
    }
  }
  const [y, m, d] = today.split('-').map(Number)
  const range = assessableRange({ y, m, d }, rules)
  const provisional = params.ok ? params.value.provisional : false
  return {
    code: region.code,
    name: region.name,
    districts: region.districts.map((x) => ({ code: x.code, name: x.name })),
    inputMode: rules.input_mode,
    yearKind: rules.year_kind,
    assessmentYear: year,
    band: params.ok
      ? {
          lower: moneyString(params.value.band.lower),
          upper: moneyString(params.value.band.upper),
          status: params.value.band.status,
        }
      : null,
    tiers,
    rate: rules.rate,
    accountRate: rules.account_rate,
    allowedMonths: { earliest: range.earliest, latest: range.latest },
    declarationWindow: rules.declaration_window
      ? { fromDayPrev: rules.declaration_window.from_day_prev, toDay: rules.declaration_window.to_day }
      : null,
    freeze: rules.freeze,
    frozenToday: range.frozen,
    frequencyOptions: rules.frequency === 'm_q_y' ? ['monthly', 'quarterly', 'yearly'] : [],
    reregister: rules.reregister,
    provisional,
    provisionalNotice: provisional
      ? `${year}年度缴费基数上下限尚未公布，暂按${params.ok ? params.value.parameters_year : year - 1}年度标准核定；公布后以正式标准为准。`
      : null,
  }
}

export function listRegionsFor(ctx: AppContext): RegionList {
  const today = ctx.clock.today()
  return { today, regions: listRegions().map((r) => describe(r, today)) }
}
