import { Identity } from '@/features/account/Identity'
import { PageGuard } from '@/routing/guard'

export default function IdentityPage() {
  return (
    <PageGuard route="Identity">
      <Identity />
    </PageGuard>
  )
}
