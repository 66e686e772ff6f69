import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { CheckRow } from '@/components/Form'
import { a11y } from '@/utils/a11y'
import { NOTICE } from './content'

/** Step 1: 参保须知, ticked before 下一步. */
export function Notice(props: { agreed: boolean; onAgree: (v: boolean) => void; onNext: () => void }) {
  const { agreed } = props
  return (
    <Card id="register-notice" title="灵活就业人员参保须知" region>
      {NOTICE.map(([title, body], i) => (
        <View key={title} className="notice-item" id={`notice-${i + 1}`}>
          <Text className="notice-item-title" {...a11y('heading')}>
            {i + 1}. {title}
          </Text>
          <Text className="notice-item-body">{body}</Text>
        </View>
      ))}
      <CheckRow id="notice-agree" label="我已阅读并知晓参保须知" checked={agreed} onChange={props.onAgree} />
      <ActionButton
        id="notice-next"
        label="下一步"
        a11yLabel={agreed ? '下一步' : '下一步（请先勾选我已阅读并知晓参保须知）'}
        unavailable={!agreed}
        onClick={() => agreed && props.onNext()}
      />
      {!agreed && (
        <Text className="field-hint" id="notice-next-why">
          请先勾选上方“我已阅读并知晓参保须知”，再点下一步。
        </Text>
      )}
    </Card>
  )
}
