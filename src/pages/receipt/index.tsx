import { Receipt } from '@/features/records/Receipt'
import { PageGuard } from '@/routing/guard'

export default function ReceiptPage() {
  return (
    <PageGuard route="Receipt">
      <Receipt />
    </PageGuard>
  )
}
