import { Text } from '@tarojs/components'

/** "登录后将继续办理「缴费核定」": where the user continues afterwards, when they came from a page. */
export function ContinueNote({ text, id }: { text?: string; id: string }) {
  if (!text) return null
  return (
    <Text className="muted block continue-note" id={id}>
      {text}
    </Text>
  )
}
