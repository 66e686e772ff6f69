import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { ErrorSummary } from '@/components/ErrorSummary'
import { ChoiceList, Field, TextField, TextInput } from '@/components/Form'
import { maskId } from '@/domain/privacy'
import { a11y } from '@/utils/a11y'
import { FOCUSABLE } from './focusable'
import { RELATIONSHIPS, addPersonProblems, idChecked, idMasked } from './model'
import type { PeopleModel } from './usePeople'

/** 添加代办对象: TA's name, ID number (masked once entered) and relationship; sends the request. */
export function AddPerson({ form }: { form: PeopleModel['form'] }) {
  const s = form.state
  const problems = addPersonProblems(s)
  return (
    <Card id="add-person" title="添加代办对象">
      <Text className="muted block">
        TA须已参加灵活就业养老保险。提交后须TA本人同意才能为TA办理。身份证号码只用于核对，页面上只显示脱敏后的号码。
      </Text>
      <ErrorSummary error={form.error} id="add-error" />
      {s.notice && (
        <Text className="people-added" id="add-done" {...a11y('status')}>
          {s.notice}
        </Text>
      )}
      <TextField
        label="姓名"
        id="person-name"
        error={problems.name}
        inputId="person-name-input"
        type="text"
        maxlength={30}
        placeholder="与身份证上的姓名一致"
        value={s.name}
        onChange={form.setName}
        onBlur={form.blurName}
        a11yLabel="被代办人姓名"
      />
      <Field
        label="身份证号码"
        id="person-id"
        hint={idChecked(s) ? '号码校验通过' : '18位，最后一位可能是字母X'}
        error={problems.id}
      >
        {idMasked(s) ? (
          <View className="row-inline" id="person-id-masked">
            <Text className="field-input people-id-masked" {...a11y('status', `已输入身份证号码 ${maskId(s.idRaw)}`)}>
              {maskId(s.idRaw)}
            </Text>
            <ActionButton
              id="person-id-edit"
              variant="secondary"
              className="btn-inline"
              label="修改"
              a11yLabel="修改身份证号码"
              extra={FOCUSABLE}
              onClick={form.editId}
            />
          </View>
        ) : (
          <TextInput
            id="person-id-input"
            invalid={!!problems.id}
            type="idcard"
            maxlength={18}
            placeholder="请输入18位身份证号码"
            value={s.idRaw}
            focus={s.idFocus}
            onChange={form.setId}
            onBlur={form.blurId}
            a11yLabel="被代办人身份证号码"
          />
        )}
      </Field>
      <Field label="TA是您的" id="person-rel" error={problems.relationship}>
        <ChoiceList
          id="person-rel-choice"
          label="TA是您的"
          options={RELATIONSHIPS}
          value={s.relationship}
          onChange={form.setRelationship}
        />
      </Field>
      <ActionButton
        id="add-submit"
        label="发送代办请求"
        loading={form.pending}
        disabled={form.pending}
        extra={FOCUSABLE}
        onClick={form.submit}
      />
    </Card>
  )
}
