import { Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import type { Account, RegistrationStatus } from '@/api/schema'
import { ChoiceList, Field, InfoRow, TextInput } from '@/components/Form'
import { ETHNICITIES, HUKOU_TYPES } from '@/domain/ethnicities'
import { ADDRESS_MAX, addressLength } from '@/domain/registration'
import type { RegistrationField } from '@/domain/registration-form'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { sexLabel } from '@/utils/labels'
import type { Form } from './model'
import { OptionPicker } from './OptionPicker'

const ETHNICITY_OPTIONS = ETHNICITIES.map((e) => ({ value: e, label: e }))

/** 本人信息: what the ID says (not editable), then 民族, 户口性质, 联系地址 and 手机号码. */
export function PersonFields(props: {
  identity?: NonNullable<Account['identity']>
  current: RegistrationStatus
  form: Form
  errors: Partial<Record<RegistrationField, string>>
  keepMobile: boolean
  mobileChoice: 'login' | 'other'
  loginPhone?: string
  onSet: (patch: Partial<Form>) => void
}) {
  const { identity, form, errors, keepMobile, mobileChoice, loginPhone, onSet: set } = props
  const length = addressLength(form.address)
  return (
    <Card title="本人信息" region>
      <InfoRow label="姓名" value={identity?.name ?? '—'} />
      <InfoRow label="身份证号码" value={identity?.idNumberMasked ?? '—'} />
      <InfoRow label="出生日期" value={identity ? formatDateZh(identity.birthDate) : '—'} id="reg-birth" />
      <InfoRow label="性别" value={sexLabel(identity?.sex)} id="reg-sex" />
      <Text className="field-hint">出生日期和性别由身份证号码得出，不能修改。</Text>
      {errors.person && (
        <Text className="field-error" id="person-error" {...a11y('alert')}>
          {errors.person}
        </Text>
      )}
      <Field label="民族" id="ethnicity" error={errors.ethnicity}>
        <OptionPicker
          id="ethnicity-picker"
          name="民族"
          options={ETHNICITY_OPTIONS}
          value={form.ethnicity}
          placeholder="请选择民族 ›"
          onChange={(ethnicity) => set({ ethnicity })}
        />
      </Field>
      <Field label="户口性质（选填）" id="hukouType" error={errors.hukouType}>
        <OptionPicker
          id="hukouType-picker"
          name="户口性质"
          options={HUKOU_TYPES}
          value={form.hukouType}
          placeholder="请选择户口性质（选填） ›"
          emptyLabel="请选择（选填）"
          onChange={(v) => set({ hukouType: v as Form['hukouType'] })}
        />
      </Field>
      <Field label="联系地址" id="address" error={errors.address} hint="请填写到街道门牌号，5至100个字。">
        <TextInput
          id="address"
          invalid={!!errors.address}
          maxlength={ADDRESS_MAX * 2}
          placeholder="如：宁夏银川市兴庆区解放东街1号"
          value={form.address}
          onChange={(v) => set({ address: v })}
          a11yLabel="联系地址"
        />
        <Text
          id="address-count"
          className={`field-counter ${length > ADDRESS_MAX ? 'field-counter-over' : ''}`}
          {...a11y('status')}
        >
          {length > ADDRESS_MAX
            ? `${length}/${ADDRESS_MAX} 字，超出 ${length - ADDRESS_MAX} 字，请精简`
            : `${length}/${ADDRESS_MAX} 字`}
        </Text>
      </Field>
      <Field
        label="手机号码"
        id="mobile"
        error={errors.mobile}
        hint={
          keepMobile
            ? `不填写则沿用已登记的 ${props.current.mobileMasked}。`
            : mobileChoice === 'login'
              ? '用于经办机构联系您。'
              : '用于经办机构联系您，11位，以1开头。'
        }
      >
        {!keepMobile && loginPhone && (
          <ChoiceList
            id="mobile-choice"
            label="手机号码"
            options={[
              { value: 'login', label: `使用登录手机号 ${loginPhone}` },
              { value: 'other', label: '使用其他号码' },
            ]}
            value={mobileChoice}
            onChange={(v) => set({ mobileChoice: v })}
          />
        )}
        {mobileChoice === 'other' && (
          <TextInput
            id="mobile"
            invalid={!!errors.mobile}
            type="number"
            maxlength={11}
            placeholder={keepMobile ? `已登记 ${props.current.mobileMasked}` : '请输入11位手机号码'}
            value={form.mobile}
            onChange={(v) => set({ mobile: v.replace(/\D/g, '') })}
            a11yLabel="手机号码"
          />
        )}
      </Field>
    </Card>
  )
}
