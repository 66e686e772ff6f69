import { View, Text, Picker } from '@tarojs/components'
import { formatMonthZh } from '@/domain/month'
import { a11y } from '@/utils/a11y'
import './MonthPicker.css'

/**
 * A month chosen from a fixed list (the region's allowed months): Taro's selector Picker (re-mounted
 * with a key because Alipay honours `value` only at first render) plus ‹ › buttons of 44 px, which are
 * also the accessible way to change the month one step at a time.
 */
export function MonthPicker(props: {
  id: string
  label: string
  months: readonly string[]
  value: string
  onChange: (month: string) => void
  /** Months per ‹ › step (3 for quarters). */
  step?: number
  /** A note after a month in the list, e.g. （已核定）. */
  note?: (month: string) => string
}) {
  const { id, label, months, value, onChange, step = 1, note } = props
  const index = Math.max(0, months.indexOf(value))
  const move = (delta: number) => {
    const next = months[index + delta * step]
    if (next) onChange(next)
  }
  const canPrev = index - step >= 0
  const canNext = index + step < months.length
  return (
    <View className="month-picker" id={id}>
      <Text className="field-label">{label}</Text>
      <View className="month-picker-row">
        <View
          className={`month-step ${canPrev ? '' : 'month-step-disabled'}`}
          id={`${id}-prev`}
          onClick={() => canPrev && move(-1)}
          {...a11y('button', `${label}提前${step === 3 ? '一个季度' : '一个月'}`)}
        >
          <Text>‹</Text>
        </View>
        <Picker
          key={`${id}-${value}`}
          mode="selector"
          range={months.map((m) => `${formatMonthZh(m)}${note?.(m) ?? ''}`)}
          value={index}
          onChange={(e) => {
            const m = months[Number(e.detail.value)]
            if (m) onChange(m)
          }}
        >
          <View className="month-value" {...a11y('button', `${label}：${formatMonthZh(value)}，点按选择`)}>
            <Text className="month-value-text" id={`${id}-value`}>
              {formatMonthZh(value)}
            </Text>
            {note?.(value) ? <Text className="month-note">{note(value)}</Text> : null}
            <Text className="muted"> ▾</Text>
          </View>
        </Picker>
        <View
          className={`month-step ${canNext ? '' : 'month-step-disabled'}`}
          id={`${id}-next`}
          onClick={() => canNext && move(1)}
          {...a11y('button', `${label}推后${step === 3 ? '一个季度' : '一个月'}`)}
        >
          <Text>›</Text>
        </View>
      </View>
    </View>
  )
}
