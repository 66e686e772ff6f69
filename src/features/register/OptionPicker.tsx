import { View, Picker } from '@tarojs/components'
import { a11y } from '@/utils/a11y'

export interface PickerOption {
  value: string
  label: string
}

/**
 * One choice from a list in the platform's own picker (民族, 户口性质, 参保地区, 参保区县): the trigger shows the
 * choice or the placeholder, and tells screen readers "<name>：<choice>". Render only.
 */
export function OptionPicker(props: {
  /** the trigger's id, e.g. 'region-picker' */
  id: string
  /** what is chosen, for screen readers: '参保地区' */
  name: string
  options: readonly PickerOption[]
  value?: string
  /** shown while nothing is chosen: '请选择参保地区 ›' */
  placeholder: string
  /** read while nothing is chosen (default 请选择) */
  emptyLabel?: string
  onChange: (value: string) => void
}) {
  const index = props.options.findIndex((o) => o.value === props.value)
  const chosen = index >= 0 ? props.options[index] : undefined
  return (
    <Picker
      // a new list or choice remounts the picker, so it opens on what is chosen
      key={`${props.id}-${props.options.length}-${props.options[0]?.value ?? ''}-${index}`}
      mode="selector"
      range={props.options.map((o) => o.label)}
      value={Math.max(0, index)}
      onChange={(e) => {
        const o = props.options[Number(e.detail.value)]
        if (o) props.onChange(o.value)
      }}
    >
      <View
        id={props.id}
        className={`field-picker ${chosen ? '' : 'field-picker-placeholder'}`}
        {...a11y('button', `${props.name}：${chosen ? chosen.label : (props.emptyLabel ?? '请选择')}`)}
      >
        {chosen ? chosen.label : props.placeholder}
      </View>
    </Picker>
  )
}
