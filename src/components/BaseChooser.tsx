import { View, Text, Input } from '@tarojs/components'
import type { Region } from '@/api/schema'
import { computeBase, yearParameters, PERCENT_MAX, PERCENT_MIN } from '@/domain/base'
import { dec, formatAmountCompact, formatYuan, parseUserAmount, roundHalfUp } from '@/domain/money'
import { getRegion } from '@/domain/rulesets/regions'
import { a11y, checked } from '@/utils/a11y'
import './flow.css'
import './BaseChooser.css'

/**
 * Step 1 of 缴费核定: the contribution base, in the input mode of the person's region (RULES.md §3.3):
 * ningxia (one number, 60–300 = percent, > 300 = monthly wage), tier (Wuhan's table) or amount (any
 * yuan amount inside the band). Shows how the input will be read and the resulting monthly figures as
 * the user types (local rules engine); the backend quote shown afterwards is the authority.
 */
export interface BaseChooserProps {
  region: Region
  value: string
  onChange: (value: string) => void
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
  /** The 300 / 300.01 jump (ningxia). */
  warning?: string
  baseMonthly?: string
  contributionMonthly?: string
}

const HINT_NINGXIA = '60–300：按上年度社平工资的百分比；大于300：按月工资收入（元）'

function monthlyContribution(base: string, region: Region): string {
  return roundHalfUp(dec(base).times(dec(region.rate)), 2).toFixed(2)
}

/** How `value` will be read in `region`'s input mode (also used by the page to allow 下一步). */
export function readBase(region: Region, value: string): BaseReading {
  const raw = value.trim()
  if (!raw) return { ok: false }
  if (region.inputMode === 'tier') {
    const tier = region.tiers.find((t) => String(t.percent) === raw)
    if (!tier) return { ok: false, problem: '请从下面的档次中选择一档。' }
    return {
      ok: true,
      text: `按社平工资的 ${tier.percent}% 档核定`,
      baseMonthly: tier.baseMonthly,
      contributionMonthly: tier.contributionMonthly,
    }
  }
  const v = parseUserAmount(raw)
  if (v === null) return { ok: false, problem: '请输入数字（最多两位小数），例如 60 或 6000。' }

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

  // ningxia
  if (v.lt(PERCENT_MIN)) {
    return {
      ok: false,
      problem: `小于 ${PERCENT_MIN} 的数值不能核定：请输入 60–300 之间的百分比，或大于 300 的月工资收入（元）。`,
    }
  }
  const isPercent = v.lte(PERCENT_MAX)
  const lower = region.band ? dec(region.band.lower) : null
  const warning =
    !isPercent && lower && v.lt(lower)
      ? `300.01 以上按月工资收入计，将按缴费基数下限 ${formatAmountCompact(lower)} 元核定。如想按社平工资的 300% 缴费，请输入 300。`
      : undefined
  const reading = isPercent
    ? `将按上年度社平工资的 ${v.toString()}% 计算`
    : `将按月工资收入 ${formatAmountCompact(v)} 元计算`
  const rules = getRegion(region.code)?.rule_set
  const params = rules ? yearParameters(rules, region.assessmentYear) : undefined
  if (rules && params?.ok) {
    const base = computeBase(raw, rules, params.value)
    if (base.ok) {
      const b = base.value.base.toFixed(2)
      return {
        ok: true,
        text: reading,
        explanation: base.value.explanation,
        warning,
        baseMonthly: b,
        contributionMonthly: monthlyContribution(b, region),
      }
    }
    return { ok: false, problem: base.errors[0].message }
  }
  return { ok: true, text: reading, warning }
}

export function BaseChooser({ region, value, onChange, serverError }: BaseChooserProps) {
  const reading = readBase(region, value)
  const problem = serverError ?? reading.problem
  return (
    <View className="base-chooser">
      {region.provisional && region.provisionalNotice && (
        <View className="notice notice-warn" id="provisional-notice" {...a11y('status', region.provisionalNotice)}>
          <Text>ⓘ {region.provisionalNotice}</Text>
        </View>
      )}

      {region.inputMode === 'tier' ? (
        <View className="tier-list" {...a11y('radiogroup', '缴费档次')}>
          <Text className="field-label">请选择缴费档次（按社平工资的百分比）</Text>
          {region.tiers.map((t, i) => {
            const selected = String(t.percent) === value
            const label = `第${i + 1}档 ${t.percent}%，月缴费基数 ${formatYuan(t.baseMonthly)}，每月缴费 ${formatYuan(t.contributionMonthly)}${selected ? '，已选' : ''}`
            return (
              <View
                key={t.percent}
                id={`tier-${t.percent}`}
                className={`tier ${selected ? 'tier-selected' : ''}`}
                onClick={() => onChange(String(t.percent))}
                {...a11y('radio', label)}
                {...checked('radio', selected)}
              >
                <View className="tier-head">
                  <Text className="tier-name">
                    第{i + 1}档 · {t.percent}%
                  </Text>
                  {selected && <Text className="tier-check">✓ 已选</Text>}
                </View>
                <View className="tier-figures">
                  <Text className="muted">月缴费基数 </Text>
                  <Text className="money">{formatYuan(t.baseMonthly)}</Text>
                  <Text className="muted gap-left">每月缴费 </Text>
                  <Text className="money">{formatYuan(t.contributionMonthly)}</Text>
                </View>
              </View>
            )
          })}
        </View>
      ) : (
        <View className="base-field">
          <Text className="field-label">
            {region.inputMode === 'ningxia' ? '缴费基数（百分比或月工资收入）' : '月缴费基数（元）'}
          </Text>
          {region.inputMode === 'ningxia' ? (
            <Text className="field-hint" id="base-hint">
              {HINT_NINGXIA}
            </Text>
          ) : (
            region.band && (
              <Text className="field-hint" id="base-band">
                可选范围：{formatYuan(region.band.lower)} – {formatYuan(region.band.upper)}（元/月）
              </Text>
            )
          )}
          <Input
            id="base-input"
            className={`input ${problem ? 'input-error' : ''}`}
            type="digit"
            value={value}
            placeholder={region.inputMode === 'ningxia' ? '例如 60 或 6000' : `例如 ${region.band?.lower ?? '5000'}`}
            maxlength={12}
            onInput={(e) => onChange(e.detail.value)}
            {...a11y('region', region.inputMode === 'ningxia' ? '缴费基数' : '月缴费基数（元）')}
          />
        </View>
      )}

      {problem && (
        <View className="base-problem" id="base-error" {...a11y('alert', problem)}>
          <Text className="error-text">✕ {problem}</Text>
        </View>
      )}
      {reading.warning && (
        <View className="notice notice-warn" id="base-jump-warning" {...a11y('alert', reading.warning)}>
          <Text>⚠ 注意：{reading.warning}</Text>
        </View>
      )}
      {!problem && reading.ok && region.inputMode !== 'tier' && (
        <View className="base-reading" id="base-reading" {...a11y('status')}>
          <Text className="base-reading-text">{reading.text}</Text>
          {reading.explanation && <Text className="base-reading-explain muted">{reading.explanation}</Text>}
          {reading.baseMonthly && (
            <View className="base-reading-figures">
              <Text className="muted">月缴费基数 </Text>
              <Text className="money">{formatYuan(reading.baseMonthly)}</Text>
              {reading.contributionMonthly && (
                <>
                  <Text className="muted gap-left">每月缴费 </Text>
                  <Text className="money">{formatYuan(reading.contributionMonthly)}</Text>
                </>
              )}
            </View>
          )}
        </View>
      )}
    </View>
  )
}
