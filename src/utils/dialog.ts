/**
 * The one way to ask the user to confirm: the platform's own dialog (WeChat, Alipay, H5 alike), with our
 * blue confirm button (WeChat's default green is 2.3:1 on white) and 取消 unless said otherwise.
 *
 *   if (!(await confirmDialog({ title: '确认撤销', content: '…', confirmText: '撤销' }))) return
 */
import Taro from '@tarojs/taro'

export interface Dialog {
  title: string
  content: string
  confirmText?: string
  cancelText?: string
  /** a step that cannot be undone (撤销授权, 删除): the confirm button in red */
  danger?: boolean
}

export const CONFIRM_COLOR = '#0958d9'
export const DANGER_COLOR = '#C9353F'

export async function confirmDialog(d: Dialog): Promise<boolean> {
  const r = await Taro.showModal({
    title: d.title,
    content: d.content,
    confirmText: d.confirmText ?? '确定',
    cancelText: d.cancelText ?? '取消',
    confirmColor: d.danger ? DANGER_COLOR : CONFIRM_COLOR,
  })
  return !!r.confirm
}
