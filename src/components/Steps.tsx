import { View, Text } from '@tarojs/components'
import { a11y } from '@/utils/a11y'
import './Steps.css'

/** Where the user is in a flow: 选择缴费基数 → 选择缴费期间 → 确认核定 → 传输税务. */
export function Steps({ steps, current }: { steps: readonly string[]; current: number }) {
  // current === steps.length: every step done (each ticked)
  const label =
    current >= steps.length
      ? `共 ${steps.length} 步，已全部完成`
      : `第 ${current + 1} 步，共 ${steps.length} 步：${steps[current]}`
  return (
    <View className="steps" {...a11y('list', label)}>
      {steps.map((s, i) => (
        <View
          key={s}
          className={`step ${i === current ? 'step-current' : i < current ? 'step-done' : ''}`}
          {...a11y('listitem')}
          {...(i === current ? { 'aria-current': 'step' } : {})}
        >
          <Text className="step-index">{i < current ? '✓' : i + 1}</Text>
          <Text className="step-label">{s}</Text>
        </View>
      ))}
    </View>
  )
}
