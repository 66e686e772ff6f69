/**
 * Chinese messages for failures that happen before or outside the server's answer.
 * Rule refusals come with the server's own message (written by the rules engine).
 */
const messages: Record<string, string> = {
  NETWORK: '网络连接失败，请检查网络后点“重试”。您填写的内容已保留。',
  TIMEOUT: '服务响应超时，请稍后点“重试”。您填写的内容已保留。',
  SERVER: '服务暂时不可用，请稍后再试。如多次失败，请拨打 12333 咨询。',
  UNAUTHORIZED: '登录已过期，请重新登录。',
  BAD_RESPONSE: '服务返回的数据有误，请稍后再试。',
  UNKNOWN: '出现未知问题，请稍后再试。',
}

export function messageFor(code: string): string {
  return messages[code] ?? messages.UNKNOWN
}
