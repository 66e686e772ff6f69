import { View, Text, Button } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { ErrorSummary } from '@/components/ErrorSummary'
import { CodeField, InfoRow, TextField } from '@/components/Form'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { sexLabel } from '@/utils/labels'
import { idDerived, idError, sendLabel } from './identity.model'
import { ContinueNote } from './ContinueNote'
import type { IdentityModel } from './useIdentity'

/** H5: name + ID + own mobile, then the code sent to that mobile. */
export function IdentityForm({ m }: { m: IdentityModel }) {
  const s = m.state
  const check = s.check
  const idProblem = idError(s)
  const info = idDerived(s)
  const label = sendLabel(s, m.countdown)
  return (
    <>
      <Card title="实名认证">
        <ContinueNote text={m.continueText} id="identity-next" />
        <Text className="muted block">
          办理参保业务须核实您的真实身份：请填写身份证上的姓名和号码，以及用您本人身份证办理的手机号码。我们会向运营商核对，并向该号码发送验证码。
        </Text>
      </Card>
      <View className="card">
        <ErrorSummary error={m.error} />
        <TextField
          label="姓名"
          id="name"
          error={s.nameError}
          placeholder="与身份证上一致"
          maxlength={30}
          value={s.name}
          disabled={!!check}
          onChange={m.setName}
        />
        <TextField
          label="身份证号码"
          id="id-number"
          error={idProblem}
          hint="18位，最后一位可能是字母X"
          type="idcard"
          maxlength={18}
          placeholder="请输入18位身份证号码"
          value={s.idNumber}
          disabled={!!check}
          onChange={m.setIdNumber}
          onBlur={m.blurId}
        />
        {info && (
          <View id="id-derived" {...a11y('region', '由身份证号码得出')}>
            <InfoRow label="出生日期" value={formatDateZh(info.birth_date)} id="derived-birth" />
            <InfoRow label="性别" value={sexLabel(info.sex)} id="derived-sex" />
          </View>
        )}
        <TextField
          label="本人手机号码"
          id="mobile"
          error={s.mobileError}
          hint="须是用您本人身份证办理（实名登记）的号码"
          type="number"
          maxlength={11}
          placeholder="11位手机号码"
          value={s.mobile}
          disabled={!!check}
          onChange={m.setMobile}
        />
        {check && (
          <View id="identity-code-step">
            <Text className="notice-text block" id="identity-code-sent" {...a11y('status')}>
              验证码已发送至 {check.mobileMasked}，5分钟内有效。
            </Text>
            <CodeField label="短信验证码" id="identity-code" error={s.codeError} value={s.code} onChange={m.setCode} />
          </View>
        )}
        {check && (
          <ActionButton
            id="identity-submit"
            label="提交认证"
            loading={m.pending}
            disabled={m.pending}
            onClick={m.submitCode}
          />
        )}
        <Button
          id="identity-send"
          className={`btn ${check ? 'btn-secondary' : 'btn-primary'} ${m.countdown > 0 ? 'btn-waiting' : ''}`}
          loading={m.pending && !check}
          disabled={m.pending || m.countdown > 0}
          onClick={m.sendCode}
          {...a11y('button', label)}
        >
          {label}
        </Button>
        {check && <ActionButton id="identity-edit" variant="secondary" label="修改填写的信息" onClick={m.edit} />}
      </View>
    </>
  )
}
