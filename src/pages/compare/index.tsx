import { Compare } from '@/features/insights/Compare'
import { PageGuard } from '@/routing/guard'

export default function ComparePage() {
  return (
    <PageGuard route="Compare">
      <Compare />
    </PageGuard>
  )
}
