import { History } from '@/features/insights/History'
import { PageGuard } from '@/routing/guard'

export default function HistoryPage() {
  return (
    <PageGuard route="History">
      <History />
    </PageGuard>
  )
}
