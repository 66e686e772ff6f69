import { View, Text } from '@tarojs/components'
import { a11y } from '@/utils/a11y'

const platformName: Record<string, string> = { weapp: '微信小程序', alipay: '支付宝小程序', h5: '网页版' }

export default function Mine() {
  return (
    <View className="page">
      <View className="card" {...a11y('region', '账户')}>
        <Text className="card-title" {...a11y('heading')}>
          我的
        </Text>
        <Text className="muted">您尚未登录。登录并完成实名认证后，可查看个人信息和参保地。</Text>
      </View>
      <View className="card">
        <Text className="muted">
          当前版本：{platformName[process.env.TARO_ENV] ?? process.env.TARO_ENV}
          。个人信息仅用于办理社会保险业务，身份证号码在页面中始终部分隐藏。
        </Text>
      </View>
    </View>
  )
}
