import { Years } from '@/features/insights/Years'
import { PageGuard } from '@/routing/guard'

export default function YearsPage() {
  return (
    <PageGuard route="Years">
      <Years />
    </PageGuard>
  )
}
