import { View, Text } from '@tarojs/components'
import { StatusTag, type StatusKey } from '@/components/StatusTag'
import { a11y } from '@/utils/a11y'
import { copyText } from '@/utils/clipboard'
import { defined } from '@/utils/defined'

/** The head of a 核定 record: its title and status, then its 核定流水号 with 复制. */
export function RecordHead(props: { title: string; status: StatusKey; recordId: string; copyId?: string }) {
  const { recordId } = props
  return (
    <>
      <View className="record-head">
        <Text className="card-title" {...a11y('heading')}>
          {props.title}
        </Text>
        <StatusTag status={props.status} />
      </View>
      <Text className="muted">核定流水号</Text>
      <View className="record-id-row">
        <Text className="record-id" id="record-id" selectable>
          {recordId}
        </Text>
        <View
          className="copy-btn"
          {...defined({ id: props.copyId })}
          onClick={() => void copyText(recordId, '核定流水号')}
          {...a11y('button', `复制核定流水号 ${recordId}`)}
        >
          <Text>复制</Text>
        </View>
      </View>
    </>
  )
}
