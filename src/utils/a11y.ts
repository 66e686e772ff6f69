/**
 * One helper for screen-reader labels on every target: WeChat and H5 read `aria-*` attributes,
 * Alipay reads `role` (and `aria-label` on a few components). Spread the result on a component:
 *   <View {...a11y('button', '参保登记')} />
 */
type Role =
  'button' | 'link' | 'heading' | 'img' | 'status' | 'alert' | 'region' | 'listitem' | 'list' | 'switch' | 'tab'

export function a11y(role: Role, label?: string): Record<string, string> {
  const props: Record<string, string> = {}
  if (process.env.TARO_ENV === 'alipay') {
    props.role = role
    if (label) props['aria-label'] = label
    return props
  }
  props.role = role
  props['aria-role'] = role
  if (label) props['aria-label'] = label
  return props
}
