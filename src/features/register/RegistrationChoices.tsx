import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/Actions'
import type { Region } from '@/api/schema'
import { ChoiceList, Field } from '@/components/Form'
import type { RegistrationField } from '@/domain/registration-form'
import { CATEGORY_OPTIONS, EMPLOYEE_STATUS_OPTIONS } from '@/utils/labels'
import { POST_TYPES } from './content'
import type { Form } from './model'
import { OptionPicker } from './OptionPicker'

const optionsOf = (list: readonly { code: string; name: string }[]) =>
  list.map((r) => ({ value: r.code, label: r.name }))

/** 参保身份, 参保地区/区县, the employee question (and 岗位性质 when asked for), then 提交. */
export function RegistrationChoices(props: {
  form: Form
  errors: Partial<Record<RegistrationField, string>>
  changing: boolean
  offered: readonly Region[]
  region?: Region
  /** the note on the regions a registered person cannot move to online */
  notOfferedText?: string
  /** 岗位性质 is asked of women once chosen or asked for by the server */
  askPostType: boolean
  pending: boolean
  onSet: (patch: Partial<Form>) => void
  onSubmit: () => void
  onCancel: () => void
}) {
  const { form, errors, changing, region, onSet: set } = props
  const submitLabel = changing ? '提交变更' : '提交登记'
  return (
    <View className="card">
      <Field label="参保身份" id="category" error={errors.category}>
        <ChoiceList
          id="category"
          options={CATEGORY_OPTIONS}
          value={form.category}
          onChange={(v) => set({ category: v })}
        />
      </Field>
      <Field
        label="参保地区"
        id="region"
        error={errors.region}
        hint={changing ? undefined : '可选择工作地或户籍地，不受户籍限制。'}
      >
        <OptionPicker
          id="region-picker"
          name="参保地区"
          options={optionsOf(props.offered)}
          value={region?.code}
          placeholder="请选择参保地区 ›"
          onChange={(code) => set({ region: code, district: undefined })}
        />
      </Field>
      {props.notOfferedText && (
        <Text className="field-hint field-note" id="region-not-offered">
          {props.notOfferedText}
        </Text>
      )}
      {region && region.districts.length > 0 && (
        <Field label="参保区县" id="district" error={errors.district}>
          <OptionPicker
            id="district-picker"
            name="参保区县"
            options={optionsOf(region.districts)}
            value={form.district}
            placeholder="请选择参保区县 ›"
            onChange={(district) => set({ district })}
          />
        </Field>
      )}
      <Field label="目前是否在单位参加职工养老保险？" id="employee" error={errors.employee}>
        <ChoiceList
          id="employee"
          options={EMPLOYEE_STATUS_OPTIONS}
          value={form.employee}
          onChange={(v) => set({ employee: v })}
        />
      </Field>
      {props.askPostType && (
        <Field label="岗位性质" id="postType" error={errors.postType}>
          <ChoiceList id="postType" options={POST_TYPES} value={form.postType} onChange={(v) => set({ postType: v })} />
        </Field>
      )}
      <ActionButton
        id="register-submit"
        label={submitLabel}
        loading={props.pending}
        disabled={props.pending}
        onClick={props.onSubmit}
      />
      {changing && <ActionButton variant="plain" label="取消" a11yLabel="取消变更" onClick={props.onCancel} />}
    </View>
  )
}
