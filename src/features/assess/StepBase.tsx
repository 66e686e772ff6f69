import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { Region } from '@/api/schema'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { engineInput, type BaseEntry } from './base'
import { baseMissingText, readBase } from './reading'
import { BaseChooser } from './BaseChooser'

/** Step 1: the contribution base. */
export function StepBase(props: {
  region: Region
  entry: BaseEntry
  onEntry: (entry: BaseEntry) => void
  onNext: () => void
}) {
  const { region, entry, onEntry, onNext } = props
  const reading = readBase(region, entry)
  const base = engineInput(region, entry) ?? ''
  return (
    <Card id="step-base" title="选择缴费基数">
      <Text className="muted step-intro">
        {region.name} · {region.assessmentYear}年度。缴费基数决定每月缴多少钱，费率为20%（其中8%记入个人账户）。
      </Text>
      <BaseChooser region={region} value={entry} onChange={onEntry} />
      <View className="row-links">
        <Text
          className="link"
          id="to-estimate"
          onClick={() => go(Route.Estimate, base ? { base } : {})}
          {...a11y('link', '这个基数将来能领多少？去养老金测算')}
        >
          这个基数将来能领多少？去养老金测算
        </Text>
        <Text className="link" id="to-compare" onClick={() => go(Route.Compare)} {...a11y('link', '各档次对比')}>
          各档次对比
        </Text>
      </View>
      <ActionButton id="base-next" block label="下一步：选择缴费期间" unavailable={!reading.ok} onClick={onNext} />
      {!reading.ok && (
        <Text className="field-hint" id="base-next-why">
          {baseMissingText(region, entry)}
        </Text>
      )}
    </Card>
  )
}
