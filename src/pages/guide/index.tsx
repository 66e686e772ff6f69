import { Guide } from '@/features/info/Guide'
import { PageGuard } from '@/routing/guard'

export default function GuidePage() {
  return (
    <PageGuard route="Guide">
      <Guide />
    </PageGuard>
  )
}
