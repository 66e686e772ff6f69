import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/Actions'
import { Card } from '@/components/Card'
import { useActingFor } from '@/store/actingFor'

/**
 * While acting for a relative: 参保登记 (and 更正联系方式, 变更参保地) is always one's own — the law has each person
 * register themselves — so the page says plainly that what follows is the user's own registration, and offers
 * to switch back to acting for oneself. Renders nothing when acting for oneself.
 */
export function OwnOnly() {
  const person = useActingFor((s) => s.person)
  const actForSelf = useActingFor((s) => s.actForSelf)
  if (!person) return null
  return (
    <Card id="register-own-only" region="本人办理" title="参保登记只能由本人办理">
      <Text className="muted block-text">
        您正在为 {person.nameMasked}{' '}
        代办。参保登记、更正联系方式和变更参保地须由参保人本人登录办理，下面显示和修改的是您本人的参保登记。
      </Text>
      <ActionButton id="register-act-self" variant="secondary" label="改为为本人办理" onClick={actForSelf} />
    </Card>
  )
}
