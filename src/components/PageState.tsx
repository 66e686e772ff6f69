import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { ActionButton, GoButton } from '@/components/Actions'
import type { ApiError } from '@/api/client'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'

/** Errors a retry cannot cure (the thing is not there, or the request itself is wrong): offer a way on instead. */
export function isPermanent(error: ApiError): boolean {
  return (
    error.code === 'NOT_FOUND' || error.status === 404 || error.code === 'VALIDATION_FAILED' || error.status === 400
  )
}

/**
 * Loading, error (with 重试, or 返回首页 when retrying cannot help) and empty states, the same on every page:
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
        {props.onRetry && !isPermanent(props.error) && <ActionButton label="重试" onClick={props.onRetry} />}
        {isPermanent(props.error) && <GoButton id="page-error-home" to={Route.Home} label="返回首页" />}
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
