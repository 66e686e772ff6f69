import { View, Text, Button } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ActionButton } from '@/components/Actions'
import type { ApiError } from '@/api/client'
import type { ProxyRequest } from '@/api/schema'
import { ErrorSummary } from '@/components/ErrorSummary'
import { CodeField, InfoRow } from '@/components/Form'
import { a11y } from '@/utils/a11y'
import { FOCUSABLE } from './focusable'
import { dateZh, relLabel, requestStep, smsLabel } from './model'

export interface RequestActions {
  codes: Record<string, string>
  setCode: (ref: string, code: string) => void
  sendSms: (r: ProxyRequest) => void
  confirm: (r: ProxyRequest) => void
  cancel: (r: ProxyRequest) => void
  errorFor: (r: ProxyRequest) => ApiError | undefined
  waitFor: (r: ProxyRequest) => number
}

/** 待对方确认: the requests sent; TA agrees in the app, or by the code sent by SMS to TA's mobile on file. */
export function Requests(props: { items: ProxyRequest[]; actions: RequestActions }) {
  if (props.items.length === 0) return null
  return (
    <Card id="requests-card" title="待对方确认">
      <Text className="muted block">
        对方同意后才能为TA办理。请TA登录本应用，在“我的代办 →
        待确认的代办请求”中同意；TA不用本应用时，可发短信到TA在社保经办机构登记的手机，请TA把短信里的确认码告诉您。
      </Text>
      <View {...a11y('list', '待对方确认的请求')}>
        {props.items.map((r) => (
          <Request key={r.ref} r={r} actions={props.actions} />
        ))}
      </View>
    </Card>
  )
}

function Request({ r, actions }: { r: ProxyRequest; actions: RequestActions }) {
  const wait = actions.waitFor(r)
  const error = actions.errorFor(r)
  const label = smsLabel(r, wait)
  return (
    <View className="person request" id={`request-${r.ref}`} {...a11y('listitem', `${r.nameMasked} 待对方确认`)}>
      <View className="person-head">
        <Text className="person-name">
          {r.nameMasked}
          <Text className="person-rel">（{relLabel(r.relationship)}）</Text>
        </Text>
        <Text className="tag tag-warn">待对方确认</Text>
      </View>
      <InfoRow label="请求有效期至" value={dateZh(r.expiresAt)} />
      {error && <ErrorSummary error={error} id={`request-error-${r.ref}`} />}
      {r.mobileOnFile ? (
        <View>
          <Button
            {...FOCUSABLE}
            id={`sms-${r.ref}`}
            className={`btn btn-secondary ${wait > 0 ? 'btn-waiting' : ''}`}
            disabled={wait > 0}
            onClick={() => actions.sendSms(r)}
            {...a11y('button', label)}
          >
            {label}
          </Button>
          {requestStep(r) === 'code' && (
            <View>
              <Text className="muted block" id={`sms-sent-${r.ref}`}>
                确认码已发送至 {r.mobileMasked}，10分钟内有效。请TA把确认码告诉您。
              </Text>
              <CodeField
                label="TA告诉您的确认码"
                id={`consent-code-${r.ref}`}
                inputId={`consent-code-input-${r.ref}`}
                value={actions.codes[r.ref] ?? ''}
                onChange={(digits) => actions.setCode(r.ref, digits)}
              />
              <ActionButton
                id={`consent-confirm-${r.ref}`}
                label="确认"
                extra={FOCUSABLE}
                onClick={() => actions.confirm(r)}
              />
            </View>
          )}
        </View>
      ) : (
        <Text className="notice-text block" id={`no-mobile-${r.ref}`}>
          TA在社保经办机构没有登记手机号码，不能短信确认。请TA本人登录本应用同意；或由TA携带身份证到社保经办机构登记手机号码后再试。
        </Text>
      )}
      <ActionButton
        id={`cancel-${r.ref}`}
        variant="secondary"
        label="撤回请求"
        a11yLabel={`撤回对 ${r.nameMasked} 的请求`}
        extra={FOCUSABLE}
        onClick={() => actions.cancel(r)}
      />
    </View>
  )
}
