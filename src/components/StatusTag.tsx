import { Text } from '@tarojs/components'
import { a11y } from '@/utils/a11y'

/** Status in words, a symbol and colour together — never colour alone. */
const statuses = {
  CREATED: { label: '待传输', symbol: '○', className: 'tag-created' },
  TRANSMITTED: { label: '已传输', symbol: '→', className: 'tag-transmitted' },
  PAID: { label: '已缴费', symbol: '✓', className: 'tag-paid' },
  REVOKED: { label: '已撤销', symbol: '×', className: 'tag-revoked' },
  SUSPENDED: { label: '已停保', symbol: '‖', className: 'tag-suspended' },
  ACTIVE: { label: '正常参保', symbol: '✓', className: 'tag-paid' },
} as const

export type StatusKey = keyof typeof statuses

export function statusLabel(status: StatusKey): string {
  return statuses[status].label
}

export function StatusTag({ status }: { status: StatusKey }) {
  const s = statuses[status]
  return (
    <Text className={`tag ${s.className}`} {...a11y('status', s.label)}>
      {s.symbol} {s.label}
    </Text>
  )
}
