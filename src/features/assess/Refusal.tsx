import { View, Button } from '@tarojs/components'
import { ActionButton } from '@/components/Actions'
import type { ApiError } from '@/api/client'
import { ErrorSummary } from '@/components/ErrorSummary'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { isBaseProblem, isRetryable, overlapId } from './refusals'

/** A refusal of the quote or of a submission: the server's words, and the way on that it offers. */
export function Refusal(props: { error?: ApiError; id: string; onChangeBase: () => void; onRetry?: () => void }) {
  const { error, id, onChangeBase, onRetry } = props
  if (!error) return null
  const conflicting = overlapId(error)
  return (
    <View className="refusal">
      <ErrorSummary error={error} id={id} />
      {conflicting && (
        <Button
          className="btn btn-secondary"
          id="overlap-link"
          onClick={() => go(Route.RecordDetail, { id: conflicting })}
          {...a11y('link', `查看已有核定记录 ${conflicting}`)}
        >
          查看已有核定 {conflicting}
        </Button>
      )}
      {isBaseProblem(error) && <ActionButton variant="secondary" label="修改缴费基数" onClick={onChangeBase} />}
      {onRetry && isRetryable(error) && <ActionButton variant="secondary" label="重试" onClick={onRetry} />}
    </View>
  )
}
