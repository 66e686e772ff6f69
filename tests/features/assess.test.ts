// @vitest-environment jsdom
// 缴费核定 without rendering: the steps as data, the reducer, the draft, what is sent and what a refusal offers.
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { Assessment, Quote, Region, RegionList, RegistrationStatus } from '@/api/schema'
import { checkFrequency, parsePeriod } from '@/domain/period'
import { getRegion } from '@/domain/rulesets/regions'
import {
  STEPS,
  STEP_LABELS,
  bodyOf,
  currentStepIndex,
  draftOf,
  flowContext,
  initialState,
  isBaseProblem,
  isDirty,
  isRetryable,
  monthNote,
  nextStep,
  overlapId,
  personFacts,
  previousStep,
  reduce,
  startChoices,
  startState,
  type AssessAction,
  type AssessState,
  type FlowContext,
} from '@/features/assess/model'

const common = {
  assessmentYear: 2026,
  rate: '0.20',
  accountRate: '0.08',
  allowedMonths: { earliest: '2026-01', latest: '2026-12' },
  declarationWindow: null,
  freeze: null,
  frozenToday: false,
  reregister: 'refuse',
  provisional: false,
  provisionalNotice: null,
  tiers: [],
  districts: [],
}
const tianjin: Region = {
  ...common,
  code: '120000',
  name: '天津市',
  inputMode: 'amount',
  yearKind: 'calendar',
  band: { lower: '5013.00', upper: '25065.00', status: 'CANDIDATE' },
  frequencyOptions: ['monthly', 'quarterly', 'yearly'],
}
const ningxia: Region = {
  ...common,
  code: '640000',
  name: '宁夏回族自治区',
  inputMode: 'ningxia',
  yearKind: 'calendar',
  band: { lower: '4853.00', upper: '24264.00', status: 'CANDIDATE' },
  frequencyOptions: [],
}
const reg = (patch: Partial<RegistrationStatus> = {}): RegistrationStatus => ({
  registered: true,
  region: '120000',
  regionName: '天津市',
  district: '120101',
  category: 'OTHER_FLEXIBLE',
  ethnicity: '汉族',
  hukouType: null,
  mobileMasked: '139****0000',
  address: '天津市和平区1号',
  status: 'ACTIVE',
  workStartDate: '2026-01-01',
  retirementCategory: 'MALE_60',
  retirementMonth: '2040-01',
  suspendedFrom: null,
  suspendReason: null,
  resumedFrom: null,
  monthsCoveredThisYear: [],
  nextDueMonth: '2026-09',
  ...patch,
})
const regions: RegionList = { today: '2026-09-15', regions: [tianjin, ningxia] }
const ctxOf = (registration = reg()): FlowContext => flowContext(regions, registration)!
const quote = { total: '1002.60' } as Quote
const record = (patch: Partial<Assessment> = {}) =>
  ({ id: 'A1', start: '2026-01', end: '2026-03', status: 'CREATED', total: '3007.80', ...patch }) as Assessment
const run = (s: AssessState, ...actions: AssessAction[]) => actions.reduce(reduce, s)

describe('the steps are data', () => {
  it('four steps in order, with their short names', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['base', 'period', 'confirm', 'transmit'])
    expect(STEP_LABELS).toEqual(['缴费基数', '缴费期间', '确认核定', '传输税务'])
    expect(nextStep('base')).toBe('period')
    expect(previousStep('confirm')).toBe('period')
    expect(previousStep('base')).toBe('base')
  })

  it('a step is entered only when what it needs is there', () => {
    const ctx = ctxOf()
    const s = startState(ctx, undefined, {})
    expect(run(s, { type: 'goTo', step: 'period', ctx }).step).toBe('base') // no base yet
    const based = run(
      s,
      { type: 'entry', entry: { mode: 'amount', typed: '6000' } },
      { type: 'goTo', step: 'period', ctx },
    )
    expect(based.step).toBe('period')
    expect(run(based, { type: 'goTo', step: 'confirm', ctx }).step).toBe('period') // no quote yet
    const quoted = run(based, { type: 'quoted', quote }, { type: 'goTo', step: 'confirm', ctx })
    expect(quoted.step).toBe('confirm')
    expect(run(quoted, { type: 'goTo', step: 'transmit', ctx }).step).toBe('confirm') // nothing created
    const created = run(quoted, { type: 'created', record: record() })
    expect(created.step).toBe('transmit')
    expect(run(created, { type: 'goTo', step: 'base', ctx }).step).toBe('transmit') // created: no way back
    expect(currentStepIndex(created)).toBe(3)
    expect(currentStepIndex(run(created, { type: 'transmitted', record: record({ status: 'TRANSMITTED' }) }))).toBe(4)
  })
})

describe('the starting state', () => {
  it('the first open period in the first frequency; the region’s starting entry', () => {
    const s = startState(ctxOf(reg({ monthsCoveredThisYear: ['2026-01'] })), undefined, {})
    expect(s).toMatchObject({ ready: true, step: 'base', frequency: 'monthly', start: '2026-02', end: '2026-02' })
    expect(s.entry).toEqual({ mode: 'amount', typed: '' })
  })

  it('what 缴费记录 carried in wins over the draft; a draft of the period step resumes there', () => {
    const draft = {
      step: 1,
      entry: { mode: 'amount' as const, typed: '6000' },
      start: '2026-04',
      end: '2026-06',
      frequency: 'quarterly',
    }
    const ctx = ctxOf()
    expect(startState(ctx, draft, {})).toMatchObject({
      step: 'period',
      start: '2026-04',
      end: '2026-06',
      frequency: 'quarterly',
    })
    expect(startState(ctx, draft, { start: '2026-07', end: '2026-07' })).toMatchObject({
      start: '2026-07',
      end: '2026-07',
    })
    expect(startState(ctx, draft, { start: '2030-07', end: '2030-07' })).toMatchObject({ start: '2026-04' }) // not offered
    expect(startState(ctx, draft, { base: '8000' }).entry).toEqual({ mode: 'amount', typed: '8000' })
    // a draft whose base no longer reads stays on the base step
    expect(startState(ctx, { ...draft, entry: { mode: 'amount', typed: '1' } }, {}).step).toBe('base')
  })

  it('a region without frequencies: the first unbroken run of open months', () => {
    const ctx = ctxOf(reg({ region: '640000', monthsCoveredThisYear: ['2026-03'] }))
    expect(startState(ctx, undefined, {})).toMatchObject({ frequency: '', start: '2026-01', end: '2026-02' })
  })

  it('a region this release has no rules for: no context (the page says so)', () => {
    expect(flowContext(regions, reg({ region: '999999' }))).toBeUndefined()
  })
})

describe('the period', () => {
  const ctx = ctxOf()
  const s = startState(ctx, undefined, {})

  it('a frequency gives the shape the engine accepts, whatever month is picked', () => {
    const rules = getRegion('120000')!.rule_set
    for (const f of ['monthly', 'quarterly', 'yearly']) {
      for (const m of ['2026-01', '2026-05', '2026-11']) {
        const next = run(s, { type: 'frequency', frequency: f, ctx }, { type: 'start', month: m, ctx })
        const p = parsePeriod(next.start, next.end)
        expect(p.ok && checkFrequency(p.value, f, rules), `${f} ${m}`).toBeNull()
      }
    }
    expect(
      run(s, { type: 'frequency', frequency: 'quarterly', ctx }, { type: 'start', month: '2026-05', ctx }),
    ).toMatchObject({
      start: '2026-04',
      end: '2026-06',
    })
    expect(
      run(s, { type: 'frequency', frequency: 'yearly', ctx }, { type: 'start', month: '2026-05', ctx }),
    ).toMatchObject({
      start: '2026-05',
      end: '2026-12',
    })
    expect(startChoices(ctx, 'quarterly')).toEqual(['2026-01', '2026-04', '2026-07', '2026-10'])
  })

  it('without a frequency start and end move each other so that start ≤ end', () => {
    const free = ctxOf(reg({ region: '640000' }))
    const f = startState(free, undefined, {})
    expect(run(f, { type: 'start', month: '2026-03', ctx: free }, { type: 'end', month: '2026-05' })).toMatchObject({
      start: '2026-03',
      end: '2026-05',
    })
    expect(run(f, { type: 'end', month: '2026-05' }, { type: 'start', month: '2026-08', ctx: free })).toMatchObject({
      start: '2026-08',
      end: '2026-08',
    })
    expect(run(f, { type: 'start', month: '2026-08', ctx: free }, { type: 'end', month: '2026-02' })).toMatchObject({
      start: '2026-02',
      end: '2026-02',
    })
  })

  it('notes the assessed and the suspended months', () => {
    const c = ctxOf(reg({ monthsCoveredThisYear: ['2026-01'], status: 'SUSPENDED', suspendedFrom: '2026-10' }))
    expect(monthNote(c, initialState, '2026-01')).toBe('（已核定）')
    expect(monthNote(c, initialState, '2026-11')).toBe('（停保）')
    expect(monthNote(c, initialState, '2026-05')).toBe('')
    expect(monthNote(c, { assessedHere: ['2026-05'] }, '2026-05')).toBe('（已核定）')
  })
})

describe('核定, then 新增', () => {
  it('新增 proposes the first months still open after what was just assessed, with the same base', () => {
    const ctx = ctxOf()
    const s = run(
      startState(ctx, undefined, {}),
      { type: 'entry', entry: { mode: 'amount', typed: '6000' } },
      { type: 'frequency', frequency: 'quarterly', ctx },
      { type: 'quoted', quote },
      { type: 'created', record: record({ start: '2026-01', end: '2026-03' }) },
      { type: 'another', ctx },
    )
    expect(s).toMatchObject({ step: 'period', start: '2026-04', end: '2026-06', record: undefined, quote: undefined })
    expect(s.entry.typed).toBe('6000')
    expect(s.assessedHere).toEqual(['2026-01', '2026-02', '2026-03'])
  })

  it('sends the engine’s input and the frequency; drafts only before the record', () => {
    const ctx = ctxOf(reg({ region: '640000' }))
    const s = run(startState(ctx, undefined, {}), { type: 'entry', entry: { mode: 'wage', typed: '200' } })
    expect(bodyOf(s, ningxia)).toEqual({ start: '2026-01', end: '2026-12', base: '4853' })
    expect(isDirty(s)).toBe(true)
    expect(isDirty(startState(ctx, undefined, {}))).toBe(false)
    expect(draftOf(s)).toEqual({
      step: 0,
      entry: { mode: 'wage', typed: '200' },
      start: '2026-01',
      end: '2026-12',
      frequency: '',
    })
    expect(isDirty(run(s, { type: 'created', record: record() }))).toBe(false)
    const t = ctxOf()
    expect(bodyOf(startState(t, undefined, {}), tianjin)).toMatchObject({ frequency: 'monthly' })
  })
})

describe('the quote is asked again when the person’s facts change', () => {
  it('a record created here, or a suspension, makes another question (never a stale answer)', () => {
    const ctx = ctxOf()
    const s = startState(ctx, undefined, {})
    const before = personFacts(ctx, s)
    expect(personFacts(ctx, run(s, { type: 'entry', entry: { mode: 'amount', typed: '6000' } }))).toBe(before)
    expect(personFacts(ctx, run(s, { type: 'created', record: record() }))).not.toBe(before)
    expect(personFacts(ctxOf(reg({ status: 'SUSPENDED', suspendedFrom: '2026-10' })), s)).not.toBe(before)
  })
})

describe('what a refusal offers', () => {
  it('a link to the overlapping record, a way back to the base, a retry for the network only', () => {
    const overlap = new ApiError('PERIOD_OVERLAP', '与已有核定重叠', 422, undefined, [
      { code: 'PERIOD_OVERLAP', message: '与已有核定重叠', detail: { conflicting: 'A9' } },
    ])
    expect(overlapId(overlap)).toBe('A9')
    expect(isBaseProblem(overlap)).toBe(false)
    const band = new ApiError('BASE_OUT_OF_BAND', '超出', 422, undefined, [
      { code: 'BASE_OUT_OF_BAND', message: '超出' },
    ])
    expect(isBaseProblem(band)).toBe(true)
    expect(overlapId(band)).toBeUndefined()
    expect(isRetryable(new ApiError('NETWORK', '网络'))).toBe(true)
    expect(isRetryable(new ApiError('INTERNAL', '服务', 503))).toBe(true)
    expect(isRetryable(overlap)).toBe(false)
  })
})
