/**
 * Route guards, applied before a page's feature renders. The requirements of each page are data in the
 * route table (src/routes.ts `Guards`); a page is just
 *
 *   export default function AssessPage() {
 *     return <PageGuard route="Assess"><AssessFlow /></PageGuard>
 *   }
 *
 * and its feature mounts only once every requirement holds, so no feature re-checks sign-in or loads
 * anything before it may. `guardDecision` is the rule itself, tested without rendering.
 */
import { useEffect, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { ApiError } from '@/api/client'
import type { RegistrationStatus } from '@/api/schema'
import { GoButton } from '@/components/Actions'
import { Card } from '@/components/Card'
import { PageState } from '@/components/PageState'
import { ProxyBanner } from '@/components/ProxyBanner'
import { queries } from '@/query/queries'
import { useQuery } from '@/query/cache'
import { Guards, Route, type Requirement, type RouteName } from '@/routes'
import { useActingFor } from '@/store/actingFor'
import { usePageClass } from '@/store/prefs'
import { hasValidSession, useSession } from '@/store/session'
import { ensureSignedIn } from './auth'

export interface GuardFacts {
  signedIn: boolean
  identified: boolean
  /** the registration of the person acted for, when asked for (undefined while loading) */
  registration?: Pick<RegistrationStatus, 'registered'>
  registrationError?: ApiError
}

export type GuardDecision =
  | { kind: 'pass' }
  | { kind: 'redirect'; to: typeof Route.Login | typeof Route.Identity }
  | { kind: 'wait' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'notRegistered' }

/** The first requirement that does not hold decides; all holding = pass. */
export function guardDecision(requirements: readonly Requirement[], facts: GuardFacts): GuardDecision {
  for (const r of requirements) {
    if (r === 'signedIn' && !facts.signedIn) return { kind: 'redirect', to: Route.Login }
    if (r === 'identified' && !facts.identified) return { kind: 'redirect', to: Route.Identity }
    if (r === 'registered') {
      if (facts.registrationError) return { kind: 'error', error: facts.registrationError }
      if (!facts.registration) return { kind: 'wait' }
      if (!facts.registration.registered) return { kind: 'notRegistered' }
    }
  }
  return { kind: 'pass' }
}

export function PageGuard(props: { route: RouteName; children: ReactNode }) {
  const requirements = Guards[props.route] ?? []
  const pageClass = usePageClass()
  const token = useSession((s) => s.token)
  const expiresAt = useSession((s) => s.expiresAt)
  const identified = useSession((s) => !!s.account?.identity)
  const signedIn = hasValidSession({ token, expiresAt })
  const needsRegistration = requirements.includes('registered')
  const registration = useQuery(queries.registration, { enabled: needsRegistration && signedIn && identified })
  const decision = guardDecision(requirements, {
    signedIn,
    identified,
    registration: registration.data,
    registrationError: registration.error,
  })

  const redirect = decision.kind === 'redirect'
  useEffect(() => {
    if (redirect) ensureSignedIn()
  }, [redirect])

  if (decision.kind === 'pass') return <>{props.children}</>
  return (
    <View className={pageClass('page')}>
      {decision.kind === 'notRegistered' ? (
        <NotRegistered />
      ) : (
        <PageState
          loading={decision.kind !== 'error'}
          error={decision.kind === 'error' ? decision.error : undefined}
          onRetry={registration.reload}
        />
      )}
    </View>
  )
}

/** The person acted for has no registration: say so, and what to do (only oneself can register). */
function NotRegistered() {
  const person = useActingFor((s) => s.person)
  return (
    <>
      <ProxyBanner />
      <Card
        id="not-registered"
        region="尚未参保登记"
        title={person ? `${person.nameMasked} 尚未参保登记` : '请先办理参保登记'}
      >
        <Text className="muted block-text">
          {person
            ? '缴费核定前，须由其本人先办理参保登记（本人登录后在“参保登记”中办理）。登记后，您即可为其核定缴费。'
            : '缴费核定前，需要先办理参保登记（约需 3 分钟）。登记后，即可选择缴费基数和期间。'}
        </Text>
        {!person && <GoButton id="go-register" to={Route.Register} replace label="去参保登记" />}
        <GoButton id="back-home" variant="secondary" to={Route.Home} label="返回首页" />
      </Card>
    </>
  )
}
