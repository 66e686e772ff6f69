import { Estimate } from '@/features/insights/Estimate'
import { PageGuard } from '@/routing/guard'

export default function EstimatePage() {
  return (
    <PageGuard route="Estimate">
      <Estimate />
    </PageGuard>
  )
}
