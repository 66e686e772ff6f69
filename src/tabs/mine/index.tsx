import { Mine } from '@/features/account/Mine'
import { PageGuard } from '@/routing/guard'

export default function MinePage() {
  return (
    <PageGuard route="Mine">
      <Mine />
    </PageGuard>
  )
}
