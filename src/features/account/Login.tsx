import { View, Text, Button } from '@tarojs/components'
import { ActionButton, GoButton } from '@/components/Actions'
import { ErrorSummary } from '@/components/ErrorSummary'
import { CodeField, Field, TextInput } from '@/components/Form'
import { Route } from '@/routes'
import { usePageClass } from '@/store/prefs'
import { a11y } from '@/utils/a11y'
import { go } from '@/utils/nav'
import { ContinueNote } from './ContinueNote'
import { useLogin } from './useLogin'
import './login.css'

const env = process.env.TARO_ENV

/** 登录: the privacy notice first, then WeChat / Alipay / a mobile number and its SMS code. */
export function Login() {
  const pageClass = usePageClass()
  const m = useLogin()
  return (
    <View className={pageClass('page login')}>
      {m.view === 'consent' ? <Consent m={m} /> : m.view === 'already' ? <Already m={m} /> : <SignIn m={m} />}
    </View>
  )
}

type M = ReturnType<typeof useLogin>

function Consent({ m }: { m: M }) {
  return (
    <View className="card" {...a11y('region', '隐私保护提示')} id="consent-card">
      <Text className="login-title" {...a11y('heading')}>
        隐私保护提示
      </Text>
      <ContinueNote text={m.continueText} id="login-next" />
      <Text className="notice-text">为给您办理灵活就业人员基本养老保险业务，我们需要收集和使用您的以下信息：</Text>
      <View className="consent-list">
        <Text className="consent-item">· 登录信息：手机号码，或微信/支付宝的登录标识；</Text>
        <Text className="consent-item">· 实名信息：姓名、身份证号码（用于核验身份、计算退休年龄）；</Text>
        <Text className="consent-item">· 参保信息：参保地区、参保身份、缴费核定记录。</Text>
      </View>
      <Text className="notice-text">
        这些信息仅用于社保业务办理，传输时加密，页面中身份证号码脱敏显示，不会用于其他用途。您可随时在「我的」中退出登录。
      </Text>
      <Text
        className="link"
        id="privacy-link"
        onClick={() => go(Route.Privacy)}
        {...a11y('link', '查看《隐私政策》和《用户协议》全文')}
      >
        查看《隐私政策》和《用户协议》全文
      </Text>
      {env === 'weapp' ? (
        <Button
          id="agree"
          className="btn btn-primary"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={m.agree}
          onClick={m.agree}
          {...a11y('button', '同意并继续')}
        >
          同意并继续
        </Button>
      ) : (
        <ActionButton id="agree" label="同意并继续" onClick={m.agree} />
      )}
      <ActionButton id="disagree" variant="plain" label="不同意" onClick={m.leave} />
      <Text className="field-hint">不同意将无法登录办理业务，您仍可浏览首页和办事指南。</Text>
    </View>
  )
}

function Already({ m }: { m: M }) {
  const identified = !!m.account?.identity
  return (
    <View className="card" id="login-already">
      <Text className="login-title" {...a11y('heading')}>
        您已登录
      </Text>
      <Text className="notice-text">
        当前账号：{m.account?.channelUser ?? '已登录账号'}
        {m.account?.identity ? `（${m.account.identity.name}）` : ''}。如需换一个账号，请先在「我的」中退出登录。
      </Text>
      <ActionButton id="login-continue" label={identified ? '继续' : '去实名认证'} onClick={m.continueSignedIn} />
      <GoButton id="login-to-mine" variant="secondary" to={Route.Mine} label="去「我的」" />
    </View>
  )
}

function SignIn({ m }: { m: M }) {
  const { state: s, pending } = m
  return (
    <View className="card" id="login-card">
      <Text className="login-title" {...a11y('heading')}>
        登录
      </Text>
      <ContinueNote text={m.continueText} id="login-next" />
      <ErrorSummary error={m.error} />
      {env === 'weapp' && (
        <View>
          <Text className="notice-text">使用微信账号登录，首次登录后需完成实名认证。</Text>
          <ActionButton
            id="login-wechat"
            label="微信一键登录"
            loading={pending}
            disabled={pending}
            onClick={m.loginWechat}
          />
        </View>
      )}
      {env === 'alipay' && (
        <View>
          <Text className="notice-text">使用支付宝账号登录，首次登录后需完成实名认证。</Text>
          <ActionButton
            id="login-alipay"
            label="支付宝授权登录"
            loading={pending}
            disabled={pending}
            onClick={m.loginAlipay}
          />
        </View>
      )}
      {env !== 'weapp' && env !== 'alipay' && (
        <View>
          <Field label="手机号码" id="phone" error={s.phoneError}>
            <View className="row-inline">
              <TextInput
                id="phone"
                invalid={!!s.phoneError}
                type="number"
                maxlength={11}
                placeholder="请输入11位手机号码"
                value={s.phone}
                onChange={m.setPhone}
                a11yLabel="手机号码"
              />
              <ActionButton
                id="send-code"
                variant="secondary"
                className="btn-inline"
                label={m.countdown > 0 ? `${m.countdown}秒后重发` : '获取验证码'}
                a11yLabel={m.countdown > 0 ? `${m.countdown}秒后可重新获取` : '获取验证码'}
                disabled={pending || m.countdown > 0}
                onClick={m.sendCode}
              />
            </View>
          </Field>
          {s.sentNote && (
            <Text className="field-hint" id="sms-sent" {...a11y('status')}>
              {s.sentNote}
            </Text>
          )}
          {s.devCode && (
            <Text className="dev-hint" id="dev-code">
              测试环境验证码：{s.devCode}
            </Text>
          )}
          <CodeField
            label="验证码"
            id="code"
            error={m.codeError}
            placeholder="请输入6位验证码"
            value={s.code}
            onChange={m.setCode}
          />
          <ActionButton id="login-sms" label="登录" loading={pending} disabled={pending} onClick={m.verify} />
        </View>
      )}
      <Text className="link" onClick={() => go(Route.Privacy)} {...a11y('link', '《隐私政策》和《用户协议》')}>
        《隐私政策》和《用户协议》
      </Text>
    </View>
  )
}
