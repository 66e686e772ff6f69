import { Records } from '@/features/records/Records'
import { PageGuard } from '@/routing/guard'

export default function RecordsPage() {
  return (
    <PageGuard route="Records">
      <Records />
    </PageGuard>
  )
}
