import { View, Text } from '@tarojs/components'
import { RecordHead } from '@/components/RecordHead'
import { ActionButton, GoButton } from '@/components/Actions'
import type { Assessment } from '@/api/schema'
import { formatYuan } from '@/domain/money'
import { formatPeriodZh } from '@/domain/month'
import { Route } from '@/routes'
import { a11y } from '@/utils/a11y'
import { Refusal } from './Refusal'
import type { AssessFlow } from './useAssess'

/** Step 4: the record created, 传输到税务, and 新增 for another period. */
export function StepDone({ record, flow }: { record: Assessment; flow: AssessFlow }) {
  const { busy } = flow
  return (
    <View id="step-transmit">
      <View className="card" id="record-card">
        <RecordHead
          title={record.status === 'CREATED' ? '核定成功' : '已传输到税务'}
          status={record.status}
          recordId={record.id}
        />
        <View className="kv">
          <Text className="muted">缴费期间</Text>
          <Text>
            {formatPeriodZh(record.start, record.end)}（共{record.months}个月）
          </Text>
        </View>
        <View className="kv">
          <Text className="muted">月缴费基数</Text>
          <Text className="money">{formatYuan(record.baseMonthly)}</Text>
        </View>
        <View className="kv">
          <Text className="muted">合计应缴</Text>
          <Text className="money big-money" id="record-total">
            {formatYuan(record.total)}
          </Text>
        </View>
      </View>

      {record.status === 'CREATED' && (
        <View className="card">
          <Text className="card-title">下一步：传输到税务</Text>
          <Text className="muted">
            传输后，税务部门才能向您收取这笔费用。传输后如需撤销，须先向税务部门申请撤销，再回来撤销核定。
          </Text>
          <Refusal error={flow.transmitError} id="transmit-errors" onChangeBase={() => flow.goTo('base')} />
          <ActionButton
            id="transmit"
            block
            label={busy ? '正在传输…' : '传输到税务'}
            a11yLabel="传输到税务"
            unavailable={busy}
            onClick={() => void flow.transmit()}
          />
          <GoButton
            variant="secondary"
            block
            to={Route.Records}
            label="暂不传输，稍后在核定记录中传输"
            a11yLabel="暂不传输，去核定记录"
          />
        </View>
      )}
      {record.status !== 'CREATED' && (
        <View className="card" id="transmitted" {...a11y('status')}>
          <Text className="ok-text">✓ 已传输到税务部门</Text>
          <Text className="muted">
            请通过税务渠道（电子税务局、银行或“税务”App）缴纳 {formatYuan(record.total)}
            。如需撤销，须先向税务部门申请撤销。
          </Text>
        </View>
      )}
      <View className="actions">
        <ActionButton
          id="add-another"
          variant="secondary"
          label="新增（其他期间）"
          a11yLabel="新增：核定其他期间"
          onClick={flow.another}
        />
        <GoButton variant="secondary" to={Route.Records} label="查看核定记录" />
      </View>
    </View>
  )
}
