/**
 * One helper for screen-reader labels on every target. Spread the result on a component:
 *   <View {...a11y('button', '参保登记')} />
 * - WeChat reads `aria-role` / `aria-label` (plus `role`);
 * - Alipay reads `role` (and `aria-label` on a few components);
 * - H5 is a web page: `role` and real ARIA attributes only (no `aria-role`), and every tap target is
 *   keyboard-focusable (`tabIndex=0`; Enter/Space activate it, see src/app.tsx).
 * Headings get `aria-level` (2 unless told). A label, when given, must contain the visible text.
 */
export type Role =
  | 'button'
  | 'link'
  | 'heading'
  | 'img'
  | 'status'
  | 'alert'
  | 'region'
  | 'listitem'
  | 'list'
  | 'switch'
  | 'tab'
  | 'tablist'
  | 'radio'
  | 'radiogroup'
  | 'checkbox'
  | 'dialog'

/** Roles that are tap targets: focusable with the keyboard on H5. */
const INTERACTIVE: ReadonlySet<Role> = new Set<Role>(['button', 'link', 'switch', 'tab', 'radio', 'checkbox'])

export function a11y(role: Role, label?: string, level = 2): Record<string, string | number> {
  const env = process.env.TARO_ENV
  const props: Record<string, string | number> = { role }
  if (env === 'weapp') props['aria-role'] = role
  if (label) props['aria-label'] = label
  if (role === 'heading') props['aria-level'] = String(level)
  if (env === 'h5' && INTERACTIVE.has(role)) props.tabIndex = 0
  return props
}

/** State of a choice (radio, checkbox, switch, tab) in the attribute the platform reads. */
export function checked(role: 'radio' | 'checkbox' | 'switch' | 'tab', on: boolean): Record<string, string> {
  return role === 'tab' ? { 'aria-selected': on ? 'true' : 'false' } : { 'aria-checked': on ? 'true' : 'false' }
}

/**
 * Makes a non-interactive block keyboard-reachable on H5 (e.g. the sections of a long text page, so the
 * scrolling page can be scrolled from the keyboard). Nothing on the mini-programs.
 */
export const focusable: Record<string, number> = process.env.TARO_ENV === 'h5' ? { tabIndex: 0 } : {}
