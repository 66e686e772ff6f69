import { View, Text } from '@tarojs/components'
import { useQuery } from '@/query/cache'
import { queries } from '@/query/queries'
import { Route } from '@/routes'
import { openService, services } from '@/services'
import { usePageClass } from '@/store/prefs'
import { hasValidSession, useSession } from '@/store/session'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { guideParams, ownRegion, serviceText } from './services.model'
import { useShownAgain } from './useHome'
import './services.css'

/**
 * 办事: every service with a one-line explanation of the term. Each card opens its service (through 登录 /
 * 实名认证 when needed); 办事指南 is open to everyone, guests included.
 */
export function Services() {
  const pageClass = usePageClass()
  const identified = useSession((s) => hasValidSession(s) && !!s.account?.identity)
  const registration = useQuery(queries.ownRegistration, { enabled: identified })
  const region = identified ? ownRegion(registration.data) : undefined
  useShownAgain(() => {
    if (identified) void registration.reload()
  })

  return (
    <View className={pageClass('page services-page')}>
      <View
        className="card service-card"
        id="service-guide"
        onClick={() => void go(Route.Guide, guideParams(region))}
        {...a11y('link')}
      >
        <View className="service-card-head">
          <Text className="card-title">办事指南</Text>
          <Text className="service-card-more" aria-hidden="true">
            ›
          </Text>
        </View>
        <Text className="muted">各地参保条件、需要的材料、办理渠道、办理地点和咨询电话。无需登录即可查看。</Text>
      </View>
      {services.map((s) => (
        <View
          key={s.key}
          className="card service-card"
          id={`service-${s.key}`}
          onClick={() => void openService(s)}
          {...a11y('link')}
        >
          <View className="service-card-head">
            <Text className="card-title">{s.title}</Text>
            <Text className="service-card-more" aria-hidden="true">
              ›
            </Text>
          </View>
          <Text className="muted" id={`service-${s.key}-text`}>
            {serviceText(s.key, region)}
          </Text>
        </View>
      ))}
      <View className="card">
        <Text className="muted">如有疑问，请拨打人社服务热线 12333。</Text>
      </View>
    </View>
  )
}
