import { Cashier } from '@/features/records/Cashier'
import { PageGuard } from '@/routing/guard'

export default function CashierPage() {
  return (
    <PageGuard route="Cashier">
      <Cashier />
    </PageGuard>
  )
}
