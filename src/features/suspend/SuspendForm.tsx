import { View, Text, Picker } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { SuspensionOptions } from '@/api/schema'
import { ChoiceList, Field } from '@/components/Form'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import type { SuspendReason } from '@/utils/labels'
import type { SuspendField } from './model'

/** 办理停保: a reason and a stop date from those the server offers. Render only. */
export function SuspendForm(props: {
  reasons: readonly { value: SuspendReason; label: string }[]
  reason?: SuspendReason
  stopDate?: string
  /** where the date picker opens */
  pickerValue: string
  options?: SuspensionOptions
  errors: Partial<Record<SuspendField, string>>
  busy: boolean
  checking: boolean
  onReason: (r: SuspendReason) => void
  onStopDate: (d: string) => void
  onSubmit: () => void
}) {
  const { options, stopDate } = props
  return (
    <Card id="suspend-form" title="办理停保" region>
      <Text className="muted">停保即暂停参保缴费。停保当月及以后有未缴费的核定记录的，须先撤销。</Text>
      <Field label="停保原因" id="reason" error={props.errors.reason}>
        <ChoiceList
          id="reason"
          label="停保原因"
          options={props.reasons}
          value={props.reason}
          onChange={props.onReason}
        />
      </Field>
      <Field
        label="停保日期"
        id="stop-date"
        error={props.errors.stopDate}
        hint={
          options
            ? `从该日期所在月份起停保。可选 ${formatDateZh(options.earliestStopDate)} 至 ${formatDateZh(options.latestStopDate)}。`
            : '从该日期所在月份起停保。'
        }
      >
        <Picker
          key={`stop-${stopDate ?? 'none'}`}
          mode="date"
          start={options?.earliestStopDate}
          end={options?.latestStopDate}
          value={props.pickerValue}
          onChange={(e) => props.onStopDate(String(e.detail.value))}
        >
          <View
            id="stop-date-picker"
            className={`field-picker ${stopDate ? '' : 'field-picker-placeholder'}`}
            {...a11y('button', stopDate ? `停保日期：${formatDateZh(stopDate)}` : '请选择停保日期')}
          >
            {stopDate ? formatDateZh(stopDate) : '请选择停保日期 ›'}
          </View>
        </Picker>
      </Field>
      <ActionButton
        id="suspend-submit"
        variant="danger"
        label={props.checking ? '正在检查…' : '申请停保'}
        a11yLabel="申请停保"
        loading={props.busy}
        disabled={props.busy}
        onClick={props.onSubmit}
      />
    </Card>
  )
}

/** 办理续保. Render only. */
export function ResumeForm(props: { busy: boolean; onSubmit: () => void }) {
  return (
    <Card id="resume-form" title="办理续保" region>
      <Text className="muted">续保从本月开始恢复参保，续保后即可继续办理缴费核定。</Text>
      <ActionButton
        id="resume-submit"
        label="申请续保"
        loading={props.busy}
        disabled={props.busy}
        onClick={props.onSubmit}
      />
    </Card>
  )
}
