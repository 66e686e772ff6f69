import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { Quote } from '@/api/schema'
import { AssessmentPreview } from '@/components/AssessmentPreview'
import { formatYuan } from '@/domain/money'
import { useActingFor } from '@/store/actingFor'
import { Refusal } from './Refusal'
import type { AssessFlow } from './useAssess'

/** Step 3: the amounts once more, then 确认核定. */
export function StepConfirm({ quote, flow }: { quote: Quote; flow: AssessFlow }) {
  const person = useActingFor((s) => s.person)
  const { busy } = flow
  return (
    <View id="step-confirm">
      <Card title="确认核定">
        <Text className="muted step-intro">
          请核对以下金额。确认核定后生成核定流水号；传输到税务之前，您仍可在核定记录中撤销。
        </Text>
        {person && <Text className="muted">缴费人：{person.nameMasked}</Text>}
        <AssessmentPreview quote={quote} />
      </Card>
      <Refusal error={flow.createError} id="submit-errors" onChangeBase={() => flow.goTo('base')} />
      <View className="actions">
        <ActionButton
          variant="secondary"
          label="上一步"
          a11yLabel="上一步：修改缴费期间"
          onClick={() => flow.goTo('period')}
        />
        <ActionButton
          id="confirm-assess"
          label={busy ? '正在核定…' : '确认核定'}
          a11yLabel={`确认核定，合计 ${formatYuan(quote.total)}`}
          unavailable={busy}
          onClick={() => void flow.confirm()}
        />
      </View>
    </View>
  )
}
