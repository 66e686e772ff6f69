import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { a11y } from '@/utils/a11y'
import { defined } from '@/utils/defined'

/**
 * A card with its title as a heading. `region` names the card as a landmark (`true`: by its title);
 * `status` makes it a live status instead.
 */
export function Card(props: {
  id?: string
  title?: ReactNode
  /** the title's id */
  titleId?: string
  region?: string | boolean
  status?: boolean
  className?: string
  children?: ReactNode
}) {
  const regionName = props.region === true ? (typeof props.title === 'string' ? props.title : undefined) : props.region
  const role = props.status ? a11y('status') : regionName ? a11y('region', regionName) : {}
  return (
    <View className={props.className ? `card ${props.className}` : 'card'} {...defined({ id: props.id })} {...role}>
      {props.title !== undefined && (
        <Text className="card-title" {...defined({ id: props.titleId })} {...a11y('heading')}>
          {props.title}
        </Text>
      )}
      {props.children}
    </View>
  )
}
