/**
 * `props` without its undefined entries, for spreading onto a Taro component: a shared component then
 * renders exactly what writing only the given props would (Taro's H5 components assign every prop they
 * receive, an undefined one included, to the element).
 */
export function defined<T extends Record<string, unknown>>(props: T): Partial<T> {
  const out: Partial<T> = {}
  for (const k of Object.keys(props) as (keyof T)[]) if (props[k] !== undefined) out[k] = props[k]
  return out
}
