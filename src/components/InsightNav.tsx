import { View, Text } from '@tarojs/components'
import { Route, type RoutePath } from '@/routes'
import { a11y } from '@/utils/a11y'
import { go, replace } from '@/utils/nav'
import './insights.css'

const ITEMS: ReadonlyArray<{ route: RoutePath; label: string; id: string }> = [
  { route: Route.Estimate, label: '养老金测算', id: 'nav-estimate' },
  { route: Route.Compare, label: '档次对比', id: 'nav-compare' },
  { route: Route.Years, label: '缴费年限', id: 'nav-years' },
  { route: Route.History, label: '缴费记录', id: 'nav-history' },
]

/** The four 算得清 pages, linked to each other; the current one is marked. */
export function InsightNav({ current }: { current: RoutePath }) {
  return (
    <View className="insight-nav">
      {ITEMS.map((item) => {
        const on = item.route === current
        return (
          <View
            key={item.route}
            id={item.id}
            className={`insight-nav-item ${on ? 'insight-nav-item-on' : ''}`}
            onClick={() => (on ? undefined : replace(item.route))}
            {...a11y('link', on ? `${item.label}（当前页）` : item.label)}
          >
            <Text>{item.label}</Text>
          </View>
        )
      })}
    </View>
  )
}

/** A horizontal bar: `share` of the track (0–1), with its caption. Views only: works on every target. */
export function Bar(props: { label: string; value: string; share: number; tone?: 'cost' | 'open'; id?: string }) {
  const width = `${Math.max(0, Math.min(1, props.share)) * 100}%`
  return (
    <View className="bar-row" id={props.id} {...a11y('img', `${props.label} ${props.value}`)}>
      <View className="bar-caption">
        <Text>{props.label}</Text>
        <Text className="money">{props.value}</Text>
      </View>
      <View className="bar-track">
        <View className={`bar-fill ${props.tone ? `bar-fill-${props.tone}` : ''}`} style={{ width }} />
      </View>
    </View>
  )
}

export { go }
