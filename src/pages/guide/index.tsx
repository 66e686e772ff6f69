import { View } from '@tarojs/components'

// Placeholder while the page is being written (replaced in the same change).
export default function Page() {
  return <View className="page" />
}
