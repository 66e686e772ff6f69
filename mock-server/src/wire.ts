/**
 * The engine's results on the wire: the ONE place where the engine's internal snake_case answers
 * (RULES.md §10.1 names) become the camelCase shapes of the HTTP contract (src/api/schema.ts). Every
 * answer object is built field by field from what the contract declares — no spread of an engine object —
 * so whatever else the engine carries (a proxy quote's owner_id and operator, the average wage a quote was
 * set against, the counted months of a context) stays on the server by construction. The response schemas
 * are closed too (additionalProperties: false): what is not declared is not serialised.
 */
import type {
  ComparisonResult,
  EstimateResult,
  HistoryResult,
  InsightsContext,
  InsightsPerson,
  PersonEstimateFigures,
  Quote,
  ReminderItem,
  YearsResult,
} from '../../src/api/schema'
import {
  moneyString,
  type AssessmentQuote,
  type ComparedOption,
  type ComparisonAnswer,
  type Gap,
  type History,
  type PersonContext,
  type PersonEstimate,
  type PersonEstimateAnswer,
  type Reminder,
  type YearsAnswer,
} from './engine'

type HistoryGap = HistoryResult['gaps'][number]

/** A quote (self or proxy) as POST /api/assessments/quote answers it. */
export function quoteToWire(q: AssessmentQuote): Quote {
  return {
    months: q.months,
    start: q.start,
    end: q.end,
    requestedEnd: q.requested_end,
    baseMonthly: q.base_monthly,
    baseTotal: q.base_total,
    contributionMonthly: q.contribution_monthly,
    accountMonthly: q.account_monthly,
    pooledMonthly: q.pooled_monthly,
    total: q.total,
    baseKind: q.base_kind,
    monthKinds: [...q.month_kinds],
    breakdown: q.breakdown.map((m) => ({ month: m.month, kind: m.kind })),
    provisional: q.provisional,
    truncatedToRetirement: q.truncated_to_retirement,
    assessmentYear: q.assessment_year,
    parametersYear: q.parameters_year,
    yearKind: q.year_kind,
    rate: q.rate,
    accountRate: q.account_rate,
    limits: {
      lower: q.limits.lower,
      upper: q.limits.upper,
      published: q.limits.published,
      status: q.limits.status,
    },
    retirementMonth: q.retirement_month,
    explanation: q.explanation,
    periodText: q.period_text,
  }
}

/** The person's facts behind an estimate or a comparison. */
export function contextToWire(c: PersonContext): InsightsContext {
  return {
    todayMonth: c.today_month,
    retirementMonth: c.retirement.retirement_month,
    retirementAgeYears: c.retirement.age_years,
    retirementAgeMonths: c.retirement.age_extra_months,
    countedMonths: c.counted.length,
    paidMonths: c.counted_paid,
    assessedMonths: c.counted_assessed,
    paidSoFar: c.paid_so_far,
    futureMonths: c.future_months,
    futureFrom: c.future_from,
    futureUntil: c.future_until,
    defaultBase: c.default_base,
    pensionBaseDefault: c.pension_base_default,
    avgMonthly: moneyString(c.params.avg!.monthly),
    parametersYear: c.params.parameters_year,
    provisional: c.params.provisional,
  }
}

function figuresToWire(e: PersonEstimate): PersonEstimateFigures {
  return {
    basic: e.basic,
    personalAccount: e.personal_account,
    total: e.total,
    divisor: e.divisor,
    monthsPaid: e.months_paid,
    monthsFuture: e.months_future,
    monthsTotal: e.months_total,
    years: e.years,
    avgIndex: e.avg_index,
    account: e.account,
    futureMonthly: e.future_monthly,
    assumptions: e.assumptions.map((a) => ({ key: a.key, value: a.value, source: a.source })),
  }
}

/** GET /api/insights/estimate */
export function estimateToWire(person: InsightsPerson, r: PersonEstimateAnswer): EstimateResult {
  return {
    person: personToWire(person),
    context: contextToWire(r.context),
    base: {
      input: r.base.input,
      kind: r.base.kind,
      base: r.base.base,
      monthly: r.base.monthly,
      explanation: r.base.explanation,
    },
    estimate: figuresToWire(r.estimate),
    explanation: { basic: r.explanation.basic, account: r.explanation.account, years: r.explanation.years },
  }
}

function comparisonRowToWire(row: ComparedOption): ComparisonResult['rows'][number] {
  return {
    input: row.input,
    kind: row.kind,
    percent: row.percent,
    base: row.base,
    monthly: row.monthly,
    accountMonthly: row.account_monthly,
    explanation: row.explanation,
    costUntilRetirement: row.cost_until_retirement,
    paybackYears: row.payback_years,
    estimate: figuresToWire(row.estimate),
  }
}

/** GET /api/insights/compare */
export function comparisonToWire(person: InsightsPerson, r: ComparisonAnswer): ComparisonResult {
  return { person: personToWire(person), context: contextToWire(r.context), rows: r.rows.map(comparisonRowToWire) }
}

/** GET /api/insights/years */
export function yearsToWire(person: InsightsPerson, r: YearsAnswer): YearsResult {
  return {
    person: personToWire(person),
    retirementMonth: r.retirement_month,
    requiredMonths: r.required_months,
    countedMonths: r.counted_months,
    paidMonths: r.paid_months,
    assessedMonths: r.assessed_months,
    neededMonths: r.needed_months,
    reachMonth: r.reach_month,
    reachable: r.reachable,
    shortfallAtRetirement: r.shortfall_at_retirement,
    nextPayableMonth: r.next_payable_month,
    options: [...r.options],
  }
}

function gapToWire(g: Gap): HistoryGap {
  return {
    start: g.start,
    end: g.end,
    months: g.months,
    payable: g.payable ? { start: g.payable.start, end: g.payable.end } : null,
  }
}

/** GET /api/insights/history */
export function historyToWire(person: InsightsPerson, h: History): HistoryResult {
  return {
    person: personToWire(person),
    years: h.years.map((y) => ({
      year: y.year,
      paidMonths: y.paid_months,
      assessedMonths: y.assessed_months,
      paidAmount: y.paid_amount,
      assessedAmount: y.assessed_amount,
      gaps: y.gaps.map(gapToWire),
    })),
    gaps: h.gaps.map(gapToWire),
    paidMonths: h.paid_months,
    assessedMonths: h.assessed_months,
  }
}

/** One item of GET /api/reminders */
export function reminderToWire(r: Reminder): ReminderItem {
  return {
    kind: r.kind,
    month: r.month,
    from: r.from,
    to: r.to,
    recordId: r.record_id,
    title: r.title,
    text: r.text,
  }
}

/** Whose figures these are (assembled by the service from the person's masked data). */
function personToWire(p: InsightsPerson): InsightsPerson {
  return { self: p.self, nameMasked: p.nameMasked, region: p.region, regionName: p.regionName, inputMode: p.inputMode }
}
