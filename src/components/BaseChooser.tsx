import { View, Text, Input } from '@tarojs/components'
import type BigJs from 'big.js'
import type { Region } from '@/api/schema'
import { averageWageLabel, computeBase, tierName, yearParameters, PERCENT_MAX, PERCENT_MIN } from '@/domain/base'
import { dec, formatAmountCompact, formatYuan, parseUserAmount, roundHalfUp } from '@/domain/money'
import { getRegion } from '@/domain/rulesets/regions'
import { a11y, checked } from '@/utils/a11y'
import './flow.css'
import './BaseChooser.css'

/**
 * Step 1 of 缴费核定: the contribution base, in the input mode of the person's region (RULES.md §3.3).
 * 宁夏 (ningxia mode) reads one number two ways (60–300 a percent, above 300 a wage); here the user picks
 * 按比例 or 按工资 explicitly and the page turns the choice into the engine's input (`engineInput`), so
 * the engine's input rules stay as they are. 武汉: the tier table. 天津: an amount inside the band.
 * Every offered choice shows its monthly amount (local rules engine); the backend quote is the authority.
 */
export type BaseMode = 'percent' | 'wage' | 'tier' | 'amount'

/** What the user chose: the mode (宁夏: 按比例 / 按工资) and the number typed or tapped. */
export interface BaseEntry {
  mode?: BaseMode
  typed: string
}

export interface BaseChooserProps {
  region: Region
  value: BaseEntry
  onChange: (value: BaseEntry) => void
  /** A problem the server reported about the base (shown next to the field). */
  serverError?: string
}

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

/** 宁夏's percentages offered as choices (any 60–300 may be typed). */
export const NINGXIA_PERCENTS = [60, 100, 150, 200, 300]

/** The mode a region starts in (宁夏: none — the user picks). */
export function initialEntry(region: Region): BaseEntry {
  if (region.inputMode === 'tier') return { mode: 'tier', typed: '' }
  if (region.inputMode === 'amount') return { mode: 'amount', typed: '' }
  return { typed: '' }
}

/** Reads a stored or old-style value (e.g. a draft of '60') as an entry. */
export function asEntry(region: Region, v: BaseEntry | string | undefined): BaseEntry {
  if (v && typeof v === 'object') return { mode: v.mode, typed: String(v.typed ?? '') }
  const typed = typeof v === 'string' ? v : ''
  if (region.inputMode !== 'ningxia') return { ...initialEntry(region), typed }
  if (!typed) return { typed: '' }
  const n = parseUserAmount(typed)
  return { mode: n && n.gt(PERCENT_MAX) ? 'wage' : 'percent', typed }
}

function rulesOf(region: Region) {
  const rules = getRegion(region.code)?.rule_set
  const params = rules ? yearParameters(rules, region.assessmentYear) : undefined
  return rules && params?.ok ? { rules, params: params.value } : undefined
}

function monthlyContribution(base: string, region: Region): string {
  return roundHalfUp(dec(base).times(dec(region.rate)), 2).toFixed(2)
}

/**
 * The engine's input for an entry (宁夏: 按比例 60–300 as typed; 按工资 a wage above 300 as typed, a wage
 * of 300 or less — below the lower limit anyway — as the lower limit, which is what the engine would
 * charge), or null when there is nothing valid to send.
 */
export function engineInput(region: Region, entry: BaseEntry): string | null {
  const raw = entry.typed.trim()
  if (!raw) return null
  if (region.inputMode !== 'ningxia') return raw
  const v = parseUserAmount(raw)
  if (v === null) return null
  if (entry.mode === 'percent') return v.gte(PERCENT_MIN) && v.lte(PERCENT_MAX) ? raw : null
  if (entry.mode === 'wage') {
    if (v.lte(0)) return null
    if (v.gt(PERCENT_MAX)) return raw
    return region.band ? dec(region.band.lower).toFixed(0) : null
  }
  return null
}

/** The average wage of the region's year, named once (see averageWageLabel). */
export function averageWage(region: Region): { label: string; monthly: BigJs } | undefined {
  const r = rulesOf(region)
  if (!r?.params.avg) return undefined
  return { label: averageWageLabel(r.params), monthly: r.params.avg.monthly }
}

/** Monthly base and contribution of an engine input (local engine). */
function figuresOf(region: Region, input: string) {
  const r = rulesOf(region)
  if (!r) return undefined
  const b = computeBase(input, r.rules, r.params)
  if (!b.ok) return { error: b.errors[0].message }
  const base = b.value.base.toFixed(2)
  return { base, contribution: monthlyContribution(base, region), explanation: b.value.explanation }
}

/** 天津: a few amounts across the band (lower limit, two rounded steps, upper limit), each with its cost. */
export function amountChoices(region: Region): string[] {
  if (!region.band) return []
  const lower = dec(region.band.lower)
  const upper = dec(region.band.upper)
  const step = (f: number) => roundHalfUp(lower.plus(upper.minus(lower).times(f)).div(1000), 0).times(1000)
  const out = [lower, step(0.25), step(0.5), upper].map((x) => x.toFixed(2))
  return out.filter((x, i) => out.indexOf(x) === i)
}

const TOO_BIG_FACTOR = 10

/** How `entry` will be read in `region` (also used by the page to allow 下一步). */
export function readBase(region: Region, entry: BaseEntry | string): BaseReading {
  const e = asEntry(region, entry)
  const raw = e.typed.trim()
  if (region.inputMode === 'ningxia' && !e.mode) return { ok: false }
  if (!raw) return { ok: false }
  if (region.inputMode === 'tier') {
    const position = region.tiers.findIndex((t) => String(t.percent) === raw)
    const tier = region.tiers[position]
    if (!tier) return { ok: false, problem: '请从下面的档次中选择一档。' }
    return {
      ok: true,
      text: `按${tierName(position)}（${tier.percent}%）核定`,
      baseMonthly: tier.baseMonthly,
      contributionMonthly: tier.contributionMonthly,
    }
  }
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

  if (region.inputMode === 'amount') {
    if (!region.band)
      return { ok: true, text: `按月缴费基数 ${formatAmountCompact(v)} 元计`, baseMonthly: v.toFixed(2) }
    const lower = dec(region.band.lower)
    const upper = dec(region.band.upper)
    if (v.lt(lower) || v.gt(upper)) {
      return {
        ok: false,
        problem: `超出可选范围：月缴费基数须在 ${formatAmountCompact(lower)}–${formatAmountCompact(upper)} 元之间，请重新输入。`,
      }
    }
    const base = v.toFixed(2)
    return {
      ok: true,
      text: `按您选择的月缴费基数 ${formatAmountCompact(v)} 元计`,
      baseMonthly: base,
      contributionMonthly: monthlyContribution(base, region),
    }
  }

  // 宁夏
  const avg = averageWage(region)
  if (e.mode === 'percent') {
    if (v.lt(PERCENT_MIN) || v.gt(PERCENT_MAX))
      return {
        ok: false,
        problem: `比例须在 ${PERCENT_MIN}%–${PERCENT_MAX}% 之间，请重新输入。如想按月工资收入缴费，请选择“按工资”。`,
      }
    const f = figuresOf(region, raw)
    if (f && 'error' in f) return { ok: false, problem: f.error }
    return {
      ok: true,
      text: `按${avg ? avg.label : '社平工资'}的 ${v.toString()}% 计算`,
      baseMonthly: f?.base,
      contributionMonthly: f?.contribution,
    }
  }
  // 按工资
  if (v.lte(0)) return { ok: false, problem: '请输入您的月工资收入（元），例如 6000。' }
  const input = engineInput(region, e) as string
  const f = figuresOf(region, input)
  if (f && 'error' in f) return { ok: false, problem: f.error }
  const lower = region.band ? dec(region.band.lower) : null
  const upper = region.band ? dec(region.band.upper) : null
  const warning =
    lower && v.lt(lower)
      ? `月工资收入低于缴费基数下限，按下限 ${formatAmountCompact(lower)} 元核定。`
      : upper && v.gt(upper)
        ? `月工资收入高于缴费基数上限，按上限 ${formatAmountCompact(upper)} 元核定（不会按 ${formatAmountCompact(v)} 元收费）。`
        : undefined
  const confirm =
    upper && v.gt(upper.times(TOO_BIG_FACTOR))
      ? `您填写的月工资收入为 ${formatAmountCompact(v)} 元，是否填写正确？将按缴费基数上限 ${formatAmountCompact(upper)} 元核定。`
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

/** A tappable choice with its monthly figures (武汉's tiers, 宁夏's percentages, 天津's amounts). */
function Option(props: {
  id: string
  name: string
  base: string
  contribution: string
  selected: boolean
  onPick: () => void
}) {
  const { id, name, base, contribution, selected, onPick } = props
  return (
    <View
      id={id}
      className={`tier ${selected ? 'tier-selected' : ''}`}
      onClick={onPick}
      {...a11y(
        'radio',
        `${name}，月缴费基数 ${formatYuan(base)}，每月缴费 ${formatYuan(contribution)}${selected ? '，已选' : ''}`,
      )}
      {...checked('radio', selected)}
    >
      <View className="tier-head">
        <Text className="tier-name">{name}</Text>
        {selected && <Text className="tier-check">✓ 已选</Text>}
      </View>
      <View className="tier-figures">
        <View className="fig">
          <Text className="muted">月缴费基数 </Text>
          <Text className="money">{formatYuan(base)}</Text>
        </View>
        <View className="fig">
          <Text className="muted">每月缴费 </Text>
          <Text className="money">{formatYuan(contribution)}</Text>
        </View>
      </View>
    </View>
  )
}

export function BaseChooser({ region, value, onChange, serverError }: BaseChooserProps) {
  const entry = asEntry(region, value)
  const reading = readBase(region, entry)
  const problem = serverError ?? reading.problem
  const avg = region.inputMode === 'ningxia' ? averageWage(region) : undefined
  const setMode = (mode: BaseMode) => onChange({ mode, typed: mode === entry.mode ? entry.typed : '' })

  const typedField = (label: string, hint: string, placeholder: string, unit: string) => (
    <View className="base-field">
      <Text className="field-label">{label}</Text>
      <Text className="field-hint" id="base-hint">
        {hint}
      </Text>
      <View className="input-row">
        <Input
          id="base-input"
          className={`input ${problem ? 'input-error' : ''}`}
          type="digit"
          value={entry.typed}
          placeholder={placeholder}
          maxlength={12}
          onInput={(e) => onChange({ ...entry, typed: e.detail.value })}
          {...a11y('region', label)}
        />
        <Text className="input-unit">{unit}</Text>
      </View>
    </View>
  )

  return (
    <View className="base-chooser">
      {region.provisional && region.provisionalNotice && (
        <View className="notice notice-warn" id="provisional-notice" {...a11y('status', region.provisionalNotice)}>
          <Text>ⓘ {region.provisionalNotice}</Text>
        </View>
      )}

      {region.inputMode === 'tier' && (
        <View className="tier-list" {...a11y('radiogroup', '缴费档次')}>
          <Text className="field-label">请选择缴费档次（按社平工资的百分比）</Text>
          {region.tiers.map((t, i) => (
            <Option
              key={t.percent}
              id={`tier-${t.percent}`}
              name={`${tierName(i)}（${t.percent}%）`}
              base={t.baseMonthly}
              contribution={t.contributionMonthly}
              selected={String(t.percent) === entry.typed}
              onPick={() => onChange({ mode: 'tier', typed: String(t.percent) })}
            />
          ))}
        </View>
      )}

      {region.inputMode === 'ningxia' && (
        <View>
          {avg && (
            <Text className="field-hint" id="base-average">
              {avg.label} {formatAmountCompact(avg.monthly)} 元/月；缴费基数可选范围{' '}
              {region.band
                ? `${formatAmountCompact(dec(region.band.lower))}–${formatAmountCompact(dec(region.band.upper))} 元/月`
                : ''}
              。
            </Text>
          )}
          <Text className="field-label">按什么确定缴费基数？</Text>
          <View className="mode-row" id="base-mode" {...a11y('radiogroup', '缴费基数确定方式')}>
            {(
              [
                ['percent', '按比例', '社平工资的百分比'],
                ['wage', '按工资', '您的月工资收入'],
              ] as const
            ).map(([mode, name, hint]) => (
              <View
                key={mode}
                id={`mode-${mode}`}
                className={`choice mode-choice ${entry.mode === mode ? 'choice-selected' : ''}`}
                onClick={() => setMode(mode)}
                {...a11y('radio', `${name}：${hint}`)}
                {...checked('radio', entry.mode === mode)}
              >
                <Text className="mode-name">
                  {entry.mode === mode ? '✓ ' : ''}
                  {name}
                </Text>
                <Text className="choice-hint">{hint}</Text>
              </View>
            ))}
          </View>
          {entry.mode === 'percent' && (
            <View>
              <View className="tier-list" {...a11y('radiogroup', '常用比例')}>
                {NINGXIA_PERCENTS.map((p) => {
                  const f = figuresOf(region, String(p))
                  if (!f || 'error' in f) return null
                  return (
                    <Option
                      key={p}
                      id={`percent-${p}`}
                      name={`社平工资的 ${p}%`}
                      base={f.base}
                      contribution={f.contribution}
                      selected={entry.typed.trim() === String(p)}
                      onPick={() => onChange({ mode: 'percent', typed: String(p) })}
                    />
                  )
                })}
              </View>
              {typedField('或输入其他比例', '60 到 300 之间的任一比例，最多两位小数。', '例如 120', '%')}
            </View>
          )}
          {entry.mode === 'wage' &&
            typedField(
              '月工资收入（元）',
              '低于下限的按下限核定，高于上限的按上限核定。',
              `例如 ${region.band ? dec(region.band.lower).toFixed(0) : '6000'}`,
              '元',
            )}
        </View>
      )}

      {region.inputMode === 'amount' && (
        <View>
          {region.band && (
            <Text className="field-hint" id="base-band">
              可选范围：{formatYuan(region.band.lower)} – {formatYuan(region.band.upper)}（元/月）
            </Text>
          )}
          <View className="tier-list" {...a11y('radiogroup', '常用缴费基数')}>
            {amountChoices(region).map((a, i, all) => (
              <Option
                key={a}
                id={`amount-${a.replace(/\.00$/, '')}`}
                name={`${formatAmountCompact(dec(a))} 元${i === 0 ? '（下限）' : i === all.length - 1 ? '（上限）' : ''}`}
                base={a}
                contribution={monthlyContribution(a, region)}
                selected={parseUserAmount(entry.typed)?.eq(dec(a)) ?? false}
                onPick={() => onChange({ mode: 'amount', typed: a.replace(/\.00$/, '') })}
              />
            ))}
          </View>
          {typedField(
            '或输入其他月缴费基数（元）',
            '在可选范围内的任一金额，最多两位小数。',
            `例如 ${region.band ? dec(region.band.lower).toFixed(0) : '6000'}`,
            '元',
          )}
        </View>
      )}

      {problem && (
        <View className="base-problem" id="base-error" {...a11y('alert', problem)}>
          <Text className="error-text">✕ {problem}</Text>
        </View>
      )}
      {!problem && reading.warning && (
        <View className="notice notice-warn" id="base-warning" {...a11y('alert', reading.warning)}>
          <Text>⚠ 注意：{reading.warning}</Text>
        </View>
      )}
      {!problem && reading.ok && region.inputMode !== 'tier' && (
        <View className="base-reading" id="base-reading" {...a11y('status')}>
          <Text className="base-reading-text">{reading.text}</Text>
          {reading.baseMonthly && (
            <View className="base-reading-figures">
              <View className="fig">
                <Text className="muted">月缴费基数 </Text>
                <Text className="money">{formatYuan(reading.baseMonthly)}</Text>
              </View>
              {reading.contributionMonthly && (
                <View className="fig">
                  <Text className="muted">每月缴费 </Text>
                  <Text className="money">{formatYuan(reading.contributionMonthly)}</Text>
                </View>
              )}
            </View>
          )}
        </View>
      )}
    </View>
  )
}
