import { View, Text } from '@tarojs/components'
import { useActingFor } from '@/store/actingFor'
import { a11y } from '@/utils/a11y'
import './ProxyBanner.css'

/** "正在为 王*某 办理" on every step of a flow done for someone else. Renders nothing when acting for oneself. */
export function ProxyBanner() {
  const person = useActingFor((s) => s.person)
  if (!person) return null
  return (
    <View className="proxy-banner" {...a11y('status', `正在为 ${person.nameMasked} 办理`)} id="proxy-banner">
      <Text className="proxy-banner-text">正在为 {person.nameMasked} 办理</Text>
    </View>
  )
}
