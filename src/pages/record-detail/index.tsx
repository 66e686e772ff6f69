import { RecordDetail } from '@/features/records/RecordDetail'
import { PageGuard } from '@/routing/guard'

export default function RecordDetailPage() {
  return (
    <PageGuard route="RecordDetail">
      <RecordDetail />
    </PageGuard>
  )
}
