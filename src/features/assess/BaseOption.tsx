import { View, Text } from '@tarojs/components'
import { formatYuan } from '@/domain/money'
import { a11y, checked } from '@/utils/a11y'
import type { BaseMode } from './base'

export /** A tappable choice with its monthly figures (武汉's tiers, 宁夏's percentages, 天津's amounts). */
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

/** 宁夏: how the base is set — 按比例 (a percentage of the average wage) or 按工资 (one's monthly wage). */
export function ModeChoice(props: { mode?: BaseMode; onMode: (mode: BaseMode) => void }) {
  return (
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
          className={`choice mode-choice ${props.mode === mode ? 'choice-selected' : ''}`}
          onClick={() => props.onMode(mode)}
          {...a11y('radio', `${name}：${hint}`)}
          {...checked('radio', props.mode === mode)}
        >
          <Text className="mode-name">
            {props.mode === mode ? '✓ ' : ''}
            {name}
          </Text>
          <Text className="choice-hint">{hint}</Text>
        </View>
      ))}
    </View>
  )
}
