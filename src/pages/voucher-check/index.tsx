import { VoucherCheck } from '@/features/info/VoucherCheck'
import { PageGuard } from '@/routing/guard'

export default function VoucherCheckPage() {
  return (
    <PageGuard route="VoucherCheck">
      <VoucherCheck />
    </PageGuard>
  )
}
