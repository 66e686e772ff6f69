import type { ReactNode } from 'react'
import { Button } from '@tarojs/components'
import type { RoutePath } from '@/routes'
import { a11y } from '@/utils/a11y'
import { defined } from '@/utils/defined'
import { go, replace } from '@/utils/nav'

export type ButtonVariant = 'primary' | 'secondary' | 'plain' | 'danger'

interface ButtonLook {
  /** the DOM id the tests and the guide reach the button by */
  id?: string
  /** the visible text, and the button's accessible name unless `a11yLabel` says otherwise */
  label: string
  /**
   * the accessible name when it differs from the visible text (must contain it). Not `ariaLabel`: Taro's
   * compiler turns a JSX `ariaLabel` into `aria-label`, so a component would never receive it.
   */
  a11yLabel?: string
  variant?: ButtonVariant
  /** full width (`btn-block`) */
  block?: boolean
  /** further classes (e.g. `btn-inline`, `retry`) */
  className?: string
  loading?: boolean
  disabled?: boolean
  /** not available now: disabled, looks it (`btn-disabled`) and says so (`aria-disabled`) */
  unavailable?: boolean
  /** extra props for the rendered Button (e.g. H5 focusability) */
  extra?: Record<string, unknown>
  children?: ReactNode
}

function classOf(p: ButtonLook): string {
  const parts = ['btn', `btn-${p.variant ?? 'primary'}`]
  if (p.block) parts.push('btn-block')
  if (p.className) parts.push(p.className)
  if (p.unavailable) parts.push('btn-disabled')
  return parts.join(' ')
}

/** A button that does something: one look (`btn btn-<variant>`), its label doubling as its accessible name. */
export function ActionButton(props: ButtonLook & { onClick: () => void }) {
  return (
    <Button
      {...props.extra}
      {...defined({
        id: props.id,
        loading: props.loading,
        disabled: props.unavailable === undefined ? props.disabled : !!props.disabled || props.unavailable,
        'aria-disabled': props.unavailable === undefined ? undefined : props.unavailable ? 'true' : 'false',
      })}
      className={classOf(props)}
      onClick={props.onClick}
      {...a11y('button', props.a11yLabel ?? props.label)}
    >
      {props.children ?? props.label}
    </Button>
  )
}

/** A button that goes to a route of the table (`replace`: the current page is replaced by it). */
export function GoButton(
  props: ButtonLook & {
    to: RoutePath
    params?: Record<string, string | number>
    replace?: boolean
    /** runs before going (e.g. switching whom one acts for) */
    before?: () => void
  },
) {
  const { to, params, before } = props
  return (
    <ActionButton
      {...props}
      onClick={() => {
        before?.()
        void (props.replace ? replace(to, params) : go(to, params))
      }}
    />
  )
}
