import type { ReactNode } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { a11y, checked } from '@/utils/a11y'
import { defined } from '@/utils/defined'
import './Form.css'

/** A labelled field with its hint and its own error message (shown under it). */
export function Field(props: { label: string; id?: string; hint?: string; error?: string; children?: ReactNode }) {
  return (
    <View className="field" id={props.id ? `field-${props.id}` : undefined}>
      <Text className="field-label">{props.label}</Text>
      {props.children}
      {props.hint && !props.error && <Text className="field-hint">{props.hint}</Text>}
      {props.error && (
        <Text className="field-error" id={props.id ? `${props.id}-error` : undefined} {...a11y('alert')}>
          {props.error}
        </Text>
      )}
    </View>
  )
}

/** A 6-digit code typed from an SMS (login, 实名, a relative's consent): digits only, the field's own error. */
export function CodeField(props: {
  label: string
  /** the field's id (its error is `${id}-error`) */
  id: string
  /** the input's id, when it differs from the field's */
  inputId?: string
  value: string
  onChange: (digits: string) => void
  error?: string
  placeholder?: string
  a11yLabel?: string
}) {
  return (
    <TextField
      {...props}
      type="number"
      maxlength={6}
      placeholder={props.placeholder ?? '6位数字'}
      onChange={(v) => props.onChange(v.replace(/\D/g, ''))}
    />
  )
}

export interface Choice<T extends string> {
  value: T
  label: string
  hint?: string
}

/** One-of-several choice (radio list): whole rows are the 44 px targets, state in words and a mark. */
export function ChoiceList<T extends string>(props: {
  id: string
  options: readonly Choice<T>[]
  value?: T
  onChange: (v: T) => void
  /** the group's name (e.g. the field label) */
  label?: string
}) {
  return (
    <View id={props.id} {...a11y('radiogroup', props.label)}>
      {props.options.map((o) => {
        const selected = props.value === o.value
        return (
          <View
            key={o.value}
            id={`${props.id}-${o.value}`}
            className={`choice ${selected ? 'choice-selected' : ''}`}
            onClick={() => props.onChange(o.value)}
            {...a11y('radio')}
            {...checked('radio', selected)}
          >
            <Text className="choice-mark" aria-hidden="true">
              {selected ? '✓' : ''}
            </Text>
            <View className="choice-body">
              <Text className="choice-label">{o.label}</Text>
              {o.hint && <Text className="choice-hint">{o.hint}</Text>}
            </View>
          </View>
        )
      })}
    </View>
  )
}

/** A checkbox row (e.g. 我已阅读并同意参保须知). */
export function CheckRow(props: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <View
      id={props.id}
      className={`choice ${props.checked ? 'choice-selected' : ''}`}
      onClick={() => props.onChange(!props.checked)}
      {...a11y('checkbox')}
      {...checked('checkbox', props.checked)}
    >
      <Text className="choice-mark choice-mark-square" aria-hidden="true">
        {props.checked ? '✓' : ''}
      </Text>
      <View className="choice-body">
        <Text className="choice-label">{props.label}</Text>
      </View>
    </View>
  )
}

/** A read-only label/value row (`valueId`: the value's own id; `block`: the value holds blocks, e.g. a tag). */
export function InfoRow(props: { label: string; value: ReactNode; id?: string; valueId?: string; block?: boolean }) {
  const Value = props.block ? View : Text
  return (
    <View className="info-row" id={props.id}>
      <Text className="info-label">{props.label}</Text>
      <Value className="info-value" {...defined({ id: props.valueId })}>
        {props.value}
      </Value>
    </View>
  )
}

/** A compact label/value line of a record, a receipt or a voucher (`.kv`). */
export function KeyValue(props: {
  label: string
  value: ReactNode
  /** the row's id */
  id?: string
  /** the value's own id */
  valueId?: string
  money?: boolean
  selectable?: boolean
}) {
  return (
    <View className="kv" {...defined({ id: props.id })}>
      <Text className="muted kv-label">{props.label}</Text>
      <Text
        className={props.money ? 'kv-value money' : 'kv-value'}
        {...defined({ id: props.valueId, selectable: props.selectable || undefined })}
      >
        {props.value}
      </Text>
    </View>
  )
}

type InputType = 'text' | 'number' | 'idcard' | 'digit'

/** A text input with the field look (`field-input`, marked invalid while it has an error). */
export function TextInput(props: {
  id: string
  value: string
  onChange: (value: string) => void
  /** the accessible name */
  a11yLabel: string
  invalid?: boolean
  type?: InputType
  maxlength?: number
  placeholder?: string
  disabled?: boolean
  focus?: boolean
  onBlur?: () => void
}) {
  return (
    <Input
      id={props.id}
      className={props.invalid ? 'field-input field-input-invalid' : 'field-input'}
      {...defined({
        type: props.type,
        maxlength: props.maxlength,
        placeholder: props.placeholder,
        disabled: props.disabled,
        focus: props.focus,
        onBlur: props.onBlur,
      })}
      value={props.value}
      onInput={(e) => props.onChange(e.detail.value)}
      aria-label={props.a11yLabel}
    />
  )
}

/** A labelled text field: `Field` around a `TextInput` (the input's id is the field's unless `inputId`). */
export function TextField(
  props: Omit<Parameters<typeof TextInput>[0], 'id' | 'invalid' | 'a11yLabel'> & {
    label: string
    id: string
    inputId?: string
    a11yLabel?: string
    hint?: string
    error?: string
  },
) {
  const { label, id, inputId, hint, error, a11yLabel, ...input } = props
  return (
    <Field label={label} id={id} hint={hint} error={error}>
      <TextInput {...input} id={inputId ?? id} a11yLabel={a11yLabel ?? label} invalid={!!error} />
    </Field>
  )
}
