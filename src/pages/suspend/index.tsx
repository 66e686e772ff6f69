import { Suspend } from '@/features/suspend/Suspend'
import { PageGuard } from '@/routing/guard'

export default function SuspendPage() {
  return (
    <PageGuard route="Suspend">
      <Suspend />
    </PageGuard>
  )
}
