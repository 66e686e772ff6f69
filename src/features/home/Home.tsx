import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { ProxyBanner } from '@/components/ProxyBanner'
import { openService } from '@/services'
import { useActingFor } from '@/store/actingFor'
import { usePageClass, usePrefs } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { ElderOffer } from './ElderOffer'
import { HomeStatus } from './HomeStatus'
import { ReminderCard } from './ReminderCard'
import { useHome } from './useHome'
import '@/components/Form.css'
import './home.css'

/** 首页: the product, the live status card (one's own insurance), 缴费提醒 and the common services. */
export function Home() {
  const pageClass = usePageClass()
  const h = useHome()
  const actForSelf = useActingFor((s) => s.actForSelf)
  const setElderMode = usePrefs((s) => s.setElderMode)
  const markElderOffered = usePrefs((s) => s.markElderOffered)
  const acting = h.actingFor

  return (
    <View className={pageClass('page home')}>
      <View className="home-hero">
        <Text className="home-title" {...a11y('heading')}>
          灵活就业养老保险「指尖办」
        </Text>
        <Text className="home-subtitle">参保登记、缴费核定、停保续保，指尖办理</Text>
      </View>

      {h.offerElder && (
        <ElderOffer
          onAnswer={(on) => {
            setElderMode(on)
            markElderOffered()
          }}
        />
      )}
      {acting && (
        <View id="home-acting">
          <ProxyBanner />
        </View>
      )}

      <HomeStatus
        card={h.card}
        name={h.name}
        actingFor={!!acting}
        onRetry={h.retry}
        onRetryMine={h.retryMine}
        onActForSelf={actForSelf}
      />

      {h.identified && !acting && <ReminderCard />}

      <Card title="常用服务">
        {acting && (
          <View className="home-acting-note" id="home-acting-note">
            <Text className="notice-text">
              缴费核定、核定记录、养老金测算将为 {acting.nameMasked} 办理；参保登记、停保/续保为您本人办理。
            </Text>
            <ActionButton id="home-act-self" variant="secondary" label="改为为本人办理" onClick={actForSelf} />
          </View>
        )}
        <View className="service-grid">
          {h.services.map((s) => (
            <View
              key={s.key}
              className="service-entry"
              {...a11y('button')}
              id={`entry-${s.key}`}
              onClick={() => void openService(s)}
            >
              <Text className="service-icon" aria-hidden="true">
                {s.icon}
              </Text>
              <Text className="service-title">{s.title}</Text>
              {!h.elderMode && <Text className="service-hint">{s.hint}</Text>}
            </View>
          ))}
        </View>
      </Card>
    </View>
  )
}
