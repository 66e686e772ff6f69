import { useCallback, useEffect, useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import type { Health } from '@/api/schema'
import { ApiError } from '@/api/client'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { services } from '@/services'
import './index.css'

type Load = { state: 'loading' } | { state: 'ready'; health: Health } | { state: 'error'; error: ApiError }

export default function Home() {
  const [load, setLoad] = useState<Load>({ state: 'loading' })

  const refresh = useCallback(async () => {
    setLoad({ state: 'loading' })
    try {
      setLoad({ state: 'ready', health: await api.health() })
    } catch (e) {
      setLoad({ state: 'error', error: e as ApiError })
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])
  usePullDownRefresh(() => void refresh())

  return (
    <View className="page home">
      <View className="home-hero">
        <Text className="home-title" {...a11y('heading')}>
          灵活就业养老保险「指尖办」
        </Text>
        <Text className="home-subtitle">参保登记、缴费核定、停保续保，指尖即可办理</Text>
      </View>

      <View className="card status-card" {...a11y('status')} id="status-card">
        {load.state === 'loading' && <Text className="muted">正在连接社保服务…</Text>}
        {load.state === 'error' && (
          <View>
            <Text className="error-text" id="status-error">
              {load.error.message}
            </Text>
            <Button className="btn btn-primary retry" onClick={() => void refresh()} {...a11y('button', '重试')}>
              重试
            </Button>
          </View>
        )}
        {load.state === 'ready' && (
          <View>
            <View className="status-row">
              <Text className="tag tag-ok">● 服务正常</Text>
              <Text className="muted" id="status-today">
                今天是 {formatDateZh(load.health.today)}
              </Text>
            </View>
            <Text className="muted">登录并完成实名认证后，这里会显示您的参保地、参保状态和本年度缴费月数。</Text>
          </View>
        )}
      </View>

      <View className="card">
        <Text className="card-title" {...a11y('heading')}>
          常用服务
        </Text>
        <View className="service-grid" {...a11y('list')}>
          {services.map((s) => (
            <View key={s.key} className="service-entry" {...a11y('listitem', s.title)} id={`entry-${s.key}`}>
              <Text className="service-icon" aria-hidden="true">
                {s.icon}
              </Text>
              <Text className="service-title">{s.title}</Text>
              <Text className="service-hint">{s.hint}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}
