/**
 * Copying text for the citizen (e.g. a 核定流水号), on every platform. On WeChat the clipboard is a
 * protected API: the privacy authorization flow runs first (src/utils/privacy.ts; the page renders
 * <PrivacyPrompt/>). When copying is refused or fails, the text is shown in a dialog to write down —
 * never silently swallowed.
 *   <View onClick={() => copyText(record.id, '核定流水号')}>复制</View>
 */
import Taro from '@tarojs/taro'
import { listenForPrivacyAuthorization } from './privacy'

export async function copyText(text: string, label: string): Promise<boolean> {
  listenForPrivacyAuthorization()
  try {
    await Taro.setClipboardData({ data: text })
    // WeChat shows its own “内容已复制” toast; Alipay and the browser show nothing.
    if (process.env.TARO_ENV !== 'weapp') await Taro.showToast({ title: `${label}已复制`, icon: 'none' })
    return true
  } catch {
    await Taro.showModal({
      title: '未能复制',
      content: `${label}：${text}\n请记下或截屏保存。`,
      showCancel: false,
      confirmText: '知道了',
    }).catch(() => undefined)
    return false
  }
}
