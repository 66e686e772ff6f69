import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/Actions'
import { a11y } from '@/utils/a11y'

/** Offered once, to users aged 50 and over, the first time they see 首页 signed in. */
export function ElderOffer(props: { onAnswer: (on: boolean) => void }) {
  return (
    <View className="card elder-offer" id="elder-offer" {...a11y('dialog', '开启长辈模式？')}>
      <Text className="card-title" {...a11y('heading')}>
        开启长辈模式？
      </Text>
      <Text className="muted">字更大、按钮更大，首页只显示常用的四项服务。以后可在「我的」中随时开启或关闭。</Text>
      <View className="elder-offer-actions">
        <ActionButton id="elder-offer-yes" label="开启" onClick={() => props.onAnswer(true)} />
        <ActionButton id="elder-offer-no" variant="plain" label="暂不" onClick={() => props.onAnswer(false)} />
      </View>
    </View>
  )
}
