import { View, Text, Input } from '@tarojs/components'
import type { Region } from '@/api/schema'
import { tierName } from '@/domain/base'
import { dec, formatAmountCompact, formatYuan, parseUserAmount } from '@/domain/money'
import { a11y } from '@/utils/a11y'
import {
  amountChoices,
  asEntry,
  averageWage,
  figuresOf,
  monthlyContribution,
  NINGXIA_PERCENTS,
  type BaseEntry,
  type BaseMode,
} from './base'
import { readBase } from './reading'
import '@/components/flow.css'
import { ModeChoice, Option } from './BaseOption'
import './BaseChooser.css'

export { asEntry, engineInput, initialEntry, type BaseEntry } from './base'
export { readBase, type BaseReading } from './reading'

/** Step 1 of 缴费核定: the contribution base in the region's input mode (the reading is in ./base.ts). */
export interface BaseChooserProps {
  region: Region
  value: BaseEntry
  onChange: (value: BaseEntry) => void
  /** A problem the server reported about the base (shown next to the field). */
  serverError?: string
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
          <ModeChoice mode={entry.mode} onMode={setMode} />
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
