import { View, Text, Button } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import { ErrorSummary } from '@/components/ErrorSummary'
import { InfoRow } from '@/components/Form'
import { PageState } from '@/components/PageState'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { formatDateZh } from '@/utils/format'
import { sexLabel } from '@/utils/labels'
import { ContinueNote } from './ContinueNote'
import { IdentityForm } from './IdentityForm'
import { env, useIdentity, type IdentityModel } from './useIdentity'
import './identity.css'

const PLATFORM = env === 'alipay' ? '支付宝' : '微信'

/** 实名认证: H5 by name + ID + own mobile and its SMS code; the mini-programs by the platform's real name. */
export function Identity() {
  const pageClass = usePageClass()
  const m = useIdentity()
  return (
    <View className={pageClass('page identity')}>
      {m.identity ? <Done m={m} /> : m.platform ? <Platform m={m} /> : <IdentityForm m={m} />}
    </View>
  )
}

function Done({ m }: { m: IdentityModel }) {
  const id = m.identity!
  return (
    <View className="card" id="identity-done" {...a11y('region', '实名信息')}>
      {m.justDone ? (
        <Text className="success-title">实名认证成功</Text>
      ) : (
        <Text className="card-title" {...a11y('heading')}>
          您已完成实名认证
        </Text>
      )}
      <InfoRow label="姓名" value={id.name} />
      <InfoRow label="身份证号码" value={id.idNumberMasked} id="identity-masked" />
      <InfoRow label="出生日期" value={formatDateZh(id.birthDate)} />
      <InfoRow label="性别" value={sexLabel(id.sex)} />
      <ActionButton id="identity-continue" label="继续" onClick={m.next} />
    </View>
  )
}

function Platform({ m }: { m: IdentityModel }) {
  const { preview } = m
  return (
    <Card id="platform-identity" title={`使用${PLATFORM}实名信息`}>
      <ContinueNote text={m.continueText} id="identity-next" />
      <Text className="muted block">
        办理参保业务须核实您的真实身份。{PLATFORM}已核实过您的身份，经您授权后，{PLATFORM}
        将向本服务提供您的姓名和身份证号码，无需手动填写。
      </Text>
      <PageState loading={preview.loading} error={preview.error} onRetry={() => void preview.reload()}>
        {preview.data?.available ? (
          <View id="platform-preview" {...a11y('region', `${PLATFORM}将提供的信息`)}>
            <InfoRow label="姓名" value={preview.data.nameMasked ?? ''} />
            <InfoRow label="身份证号码" value={preview.data.idNumberMasked ?? ''} />
            <ErrorSummary error={m.authoriseError} />
            <Button
              id="platform-authorise"
              className="btn btn-primary"
              loading={m.authorising}
              disabled={m.authorising}
              onClick={m.authorise}
              {...a11y('button', `同意并使用${PLATFORM}实名信息`)}
            >
              同意并使用{PLATFORM}实名信息
            </Button>
            <Text className="muted block identity-note">
              信息只用于核实您的参保身份，不会用于其他用途。如果上面不是您本人，请不要授权，并退出登录。
            </Text>
          </View>
        ) : (
          <View id="platform-missing" {...a11y('status')}>
            <Text className="notice-text block">
              {env === 'alipay'
                ? '您的支付宝账号尚未完成实名认证。请先在支付宝“我的 → 设置 → 账号与安全 → 身份信息”中完成，再回来点“重新检查”。'
                : '您的微信账号尚未完成实名认证。请先在微信“我 → 服务 → 钱包 → 实名认证”中完成，再回来点“重新检查”。'}
            </Text>
            <ActionButton
              id="platform-recheck"
              variant="secondary"
              label="重新检查"
              onClick={() => void preview.reload()}
            />
          </View>
        )}
      </PageState>
    </Card>
  )
}
