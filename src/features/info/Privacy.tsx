import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { usePageClass } from '@/store/prefs'
import { a11y, focusable } from '@/utils/a11y'
import { CONSENT_VERSION } from '@/store/consent'
import { sections } from './privacy'
import '@/components/Form.css'

export function Privacy() {
  const pageClass = usePageClass()
  return (
    <View className={pageClass('page privacy')}>
      <Card title="隐私政策与用户协议">
        <Text className="muted">版本 {CONSENT_VERSION} · 灵活就业养老保险「指尖办」</Text>
      </Card>
      {sections.map((s) => (
        <View key={s.title} className="card" {...a11y('region', s.title)} {...focusable}>
          <Text className="card-title" {...a11y('heading')}>
            {s.title}
          </Text>
          {s.paragraphs.map((p) => (
            <Text key={p} className="notice-text">
              {p}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
