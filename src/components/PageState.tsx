import type { ReactNode } from 'react'
import { View, Text, Button } from '@tarojs/components'
import type { ApiError } from '@/api/client'
import { a11y } from '@/utils/a11y'

/**
 * Loading, error (with 重试) and empty states, the same on every page:
 *   <PageState loading={!data && !error} error={error} onRetry={load} empty={list.length === 0} emptyText="暂无核定记录">…</PageState>
 */
export function PageState(props: {
  loading?: boolean
  error?: ApiError
  onRetry?: () => void
  empty?: boolean
  emptyText?: string
  children?: ReactNode
}) {
  if (props.error) {
    return (
      <View className="card" {...a11y('alert')} id="page-error">
        <Text className="error-text">{props.error.message}</Text>
        {props.onRetry && (
          <Button className="btn btn-primary" onClick={props.onRetry} {...a11y('button', '重试')}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (props.loading) {
    return (
      <View className="card" {...a11y('status', '正在加载')} id="page-loading">
        <Text className="muted">正在加载…</Text>
      </View>
    )
  }
  if (props.empty) {
    return (
      <View className="card" id="page-empty">
        <Text className="muted">{props.emptyText ?? '暂无内容'}</Text>
      </View>
    )
  }
  return <>{props.children}</>
}
