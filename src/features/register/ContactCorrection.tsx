import { View, Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { RegistrationStatus } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { ChoiceList, Field, TextInput } from '@/components/Form'
import { ADDRESS_MAX, addressLength } from '@/domain/registration'
import { a11y } from '@/utils/a11y'
import { useContactCorrection } from './useContactCorrection'

/**
 * 更正联系方式 (隐私政策「查询、更正」): the registered mobile and contact address; the server checks again,
 * audits it and creates nothing twice (one Idempotency-Key per correction).
 */
export function ContactCorrection(props: {
  registration: RegistrationStatus
  loginPhone?: string
  openAtStart: boolean
}) {
  const { registration, loginPhone } = props
  const c = useContactCorrection(registration, props.openAtStart)
  const { state } = c
  return (
    <Card id="contact-correction" title="更正联系方式" region>
      <Text className="muted block-text">
        手机号码或联系地址有变化时，可在此更正（经办机构用它们联系您）。姓名、身份证号码等须到社保经办机构更正。
      </Text>
      {state.saved && (
        <Text className="ok-text block-text" id="contact-saved" {...a11y('status')}>
          ✓ 已更正，以后经办机构将按新的联系方式联系您。
        </Text>
      )}
      {!state.open ? (
        <ActionButton
          id="contact-open"
          variant="secondary"
          label="更正手机号码或联系地址"
          onClick={() => c.open(true)}
        />
      ) : (
        <View>
          <ErrorSummary error={c.error} id="contact-errors" />
          <Field label="手机号码" id="contact-mobile" error={c.fieldError('mobile')}>
            <ChoiceList
              id="contact-mobile-choice"
              label="手机号码"
              options={[
                { value: 'keep' as const, label: `不修改（${registration.mobileMasked ?? '未登记'}）` },
                ...(loginPhone ? [{ value: 'login' as const, label: `改用登录手机号 ${loginPhone}` }] : []),
                { value: 'other' as const, label: '改为其他号码' },
              ]}
              value={state.mobileChoice}
              onChange={(v) => c.edit({ mobileChoice: v })}
            />
            {state.mobileChoice === 'other' && (
              <TextInput
                id="contact-mobile-input"
                type="number"
                maxlength={11}
                placeholder="请输入11位手机号码"
                value={state.mobile}
                onChange={(v) => c.edit({ mobile: v.replace(/\D/g, '') })}
                a11yLabel="新手机号码"
              />
            )}
          </Field>
          <Field
            label="联系地址"
            id="contact-address"
            error={c.fieldError('address')}
            hint="请填写到街道门牌号，5至100个字。"
          >
            <TextInput
              id="contact-address-input"
              maxlength={ADDRESS_MAX * 2}
              value={state.address}
              onChange={(v) => c.edit({ address: v })}
              a11yLabel="联系地址"
            />
            <Text className={`field-counter ${addressLength(state.address) > ADDRESS_MAX ? 'field-counter-over' : ''}`}>
              {addressLength(state.address)}/{ADDRESS_MAX} 字
            </Text>
          </Field>
          <ActionButton
            id="contact-save"
            label={c.pending ? '正在保存…' : '保存更正'}
            a11yLabel="保存更正"
            unavailable={c.pending}
            onClick={() => void c.save()}
          />
          <ActionButton variant="plain" label="收起" onClick={() => c.open(false)} />
        </View>
      )}
    </Card>
  )
}
