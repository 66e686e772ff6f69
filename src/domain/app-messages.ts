/**
 * Part of the message catalogue (src/domain/messages.ts, which re-exports it): the app's own codes. In a
 * module of its own because the transport (src/api/messages.ts) needs only these, so the mini-programs' main
 * package does not carry the whole catalogue: the rest loads with the flow pages that use it.
 */
export const INTERNAL = '服务暂时不可用，请稍后再试。如多次失败，请拨打 12333 咨询。'

/** The app's codes for failures before or outside the server's answer (src/api/client.ts), and its own form checks. */
export const APP_MESSAGES = {
  NETWORK: '网络连接失败，请检查网络后点“重试”。您填写的内容已保留。',
  TIMEOUT: '服务响应超时，请稍后点“重试”。您填写的内容已保留。',
  SERVER: INTERNAL,
  UNAUTHORIZED: '登录已过期或尚未登录，请重新登录。',
  BAD_RESPONSE: '服务返回的数据有误，请稍后再试。',
  UNKNOWN: '出现未知问题，请稍后再试。',
  FORM_INCOMPLETE: '还有信息未填写或填写有误，请按提示修改后再提交。',
  CODE_FORMAT: '请输入6位数字验证码。',
  LOGIN_CANCELLED: '未能获取登录授权，请重试。',
  LOGIN_UNAVAILABLE: '当前环境不支持该登录方式，请在微信或支付宝中打开，或使用手机号登录。',
  VOUCHER_FORMAT: '凭证号以 PZ 开头，后面是数字和大写字母，请核对后重新输入。',
  REGION_UNKNOWN: '未找到您的参保地区的缴费规则，请稍后再试。',
} as const
