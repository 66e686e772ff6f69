import { View, Text } from '@tarojs/components'
import type { ApiError } from '@/api/client'
import { a11y } from '@/utils/a11y'
import './ErrorSummary.css'

/**
 * Every problem of a refused request at once (一次性告知), each with what to do. Pages also show a
 * problem next to its field where they can map it (problem.code → field).
 */
export function ErrorSummary({ error, id = 'error-summary' }: { error?: ApiError; id?: string }) {
  if (!error) return null
  return (
    <View className="error-summary" id={id} {...a11y('alert', '办理未通过')}>
      <Text className="error-summary-title">
        {error.problems.length > 1 ? `有 ${error.problems.length} 个问题需要处理：` : '未能办理：'}
      </Text>
      {error.problems.map((p, i) => (
        <View key={`${p.code}-${i}`} className="error-summary-item" data-code={p.code}>
          <Text className="error-summary-text">
            {error.problems.length > 1 ? `${i + 1}. ` : ''}
            {p.message}
          </Text>
        </View>
      ))}
    </View>
  )
}
