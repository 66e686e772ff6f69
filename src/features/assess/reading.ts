/**
 * How a base entry reads (下一步 allowed or not, the sentence, the figures, a warning, a problem), by the
 * engine's checks on the region's rule set (./base.ts gives the figures).
 */
import type BigJs from 'big.js'
import type { Region } from '@/api/schema'
import { checkBaseInput, tierName, PERCENT_MAX, PERCENT_MIN } from '@/domain/base'
import { dec, formatAmountCompact, parseUserAmount } from '@/domain/money'
import { asEntry, averageWage, engineInput, figuresOf, rulesOf, type BaseEntry } from './base'

export interface BaseReading {
  /** Can go on to the period step. */
  ok: boolean
  /** How the number will be read (sentence). */
  text?: string
  /** How the monthly base was derived (rules engine wording). */
  explanation?: string
  /** Refusal to show next to the field. */
  problem?: string
  /** Worth a second look (above the upper limit, below the lower). */
  warning?: string
  /** So far from anything plausible that 下一步 asks to confirm it first. */
  confirm?: string
  baseMonthly?: string
  contributionMonthly?: string
}

const TOO_BIG_FACTOR = 10

/** The band as the engine sees it (the region's figures when the rule set is not in this build). */
function bandOf(region: Region): { lower: BigJs; upper: BigJs } | null {
  const r = rulesOf(region)
  if (r) return r.params.band
  return region.band ? { lower: dec(region.band.lower), upper: dec(region.band.upper) } : null
}

function readTier(region: Region, raw: string): BaseReading {
  const r = rulesOf(region)
  const refused = r ? checkBaseInput(raw, r.rules) : null
  const position = region.tiers.findIndex((t) => String(t.percent) === raw)
  const tier = region.tiers[position]
  if (refused || !tier) return { ok: false, problem: '请从下面的档次中选择一档。' }
  return {
    ok: true,
    text: `按${tierName(position)}（${tier.percent}%）核定`,
    baseMonthly: tier.baseMonthly,
    contributionMonthly: tier.contributionMonthly,
  }
}

function readAmount(region: Region, raw: string, v: BigJs): BaseReading {
  const f = figuresOf(region, raw)
  if (!f) return { ok: true, text: `按月缴费基数 ${formatAmountCompact(v)} 元计`, baseMonthly: v.toFixed(2) }
  if ('error' in f) {
    const band = f.code === 'BASE_OUT_OF_BAND' ? (f.detail as { lower: string; upper: string }) : null
    return {
      ok: false,
      problem: band
        ? `超出可选范围：月缴费基数须在 ${formatAmountCompact(dec(band.lower))}–${formatAmountCompact(dec(band.upper))} 元之间，请重新输入。`
        : f.error,
    }
  }
  return {
    ok: true,
    text: `按您选择的月缴费基数 ${formatAmountCompact(v)} 元计`,
    baseMonthly: f.base,
    contributionMonthly: f.contribution,
  }
}

function readPercent(region: Region, raw: string, v: BigJs): BaseReading {
  // 按比例 is the engine's percent reading (60–300); anything else typed here is not a percent
  if (v.lt(PERCENT_MIN) || v.gt(PERCENT_MAX))
    return {
      ok: false,
      problem: `比例须在 ${PERCENT_MIN}%–${PERCENT_MAX}% 之间，请重新输入。如想按月工资收入缴费，请选择“按工资”。`,
    }
  const f = figuresOf(region, raw)
  if (f && 'error' in f) return { ok: false, problem: f.error }
  const avg = averageWage(region)
  return {
    ok: true,
    text: `按${avg ? avg.label : '社平工资'}的 ${v.toString()}% 计算`,
    baseMonthly: f?.base,
    contributionMonthly: f?.contribution,
  }
}

function readWage(region: Region, entry: BaseEntry, v: BigJs): BaseReading {
  if (v.lte(0)) return { ok: false, problem: '请输入您的月工资收入（元），例如 6000。' }
  const input = engineInput(region, entry) as string
  const f = figuresOf(region, input)
  if (f && 'error' in f) return { ok: false, problem: f.error }
  const band = bandOf(region)
  // a wage of 300 or less goes to the engine as the lower limit: it is below it
  const clamped = v.lte(PERCENT_MAX)
    ? 'lower'
    : (figuresOf(region, entry.typed.trim()) as { clamped?: string })?.clamped
  const warning =
    band && clamped === 'lower'
      ? `月工资收入低于缴费基数下限，按下限 ${formatAmountCompact(band.lower)} 元核定。`
      : band && clamped === 'upper'
        ? `月工资收入高于缴费基数上限，按上限 ${formatAmountCompact(band.upper)} 元核定（不会按 ${formatAmountCompact(v)} 元收费）。`
        : undefined
  const confirm =
    band && v.gt(band.upper.times(TOO_BIG_FACTOR))
      ? `您填写的月工资收入为 ${formatAmountCompact(v)} 元，是否填写正确？将按缴费基数上限 ${formatAmountCompact(band.upper)} 元核定。`
      : undefined
  return {
    ok: true,
    text: `按月工资收入 ${formatAmountCompact(v)} 元计算`,
    warning,
    confirm,
    baseMonthly: f?.base,
    contributionMonthly: f?.contribution,
  }
}

/** How `entry` will be read in `region` (also what allows 下一步). */
export function readBase(region: Region, entry: BaseEntry | string): BaseReading {
  const e = asEntry(region, entry)
  const raw = e.typed.trim()
  if (region.inputMode === 'ningxia' && !e.mode) return { ok: false }
  if (!raw) return { ok: false }
  if (region.inputMode === 'tier') return readTier(region, raw)
  const v = parseUserAmount(raw)
  if (v === null) {
    return {
      ok: false,
      problem:
        e.mode === 'percent'
          ? '请输入比例数字（60–300，最多两位小数），例如 100。'
          : `请输入金额（元，最多两位小数），例如 ${formatAmountCompact(dec(region.band?.lower ?? '6000'))}。`,
    }
  }
  if (region.inputMode === 'amount') return readAmount(region, raw, v)
  return e.mode === 'percent' ? readPercent(region, raw, v) : readWage(region, e, v)
}

/** Why 下一步 is not possible yet. */
export function baseMissingText(region: Region, entry: BaseEntry): string {
  if (region.inputMode === 'tier') return '请先选择一个缴费档次。'
  if (region.inputMode === 'ningxia' && !entry.mode) return '请先选择“按比例”或“按工资”，再确定缴费基数。'
  return '请先选择或填写缴费基数。'
}
