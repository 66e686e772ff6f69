import { Assess } from '@/features/assess/Assess'
import { PageGuard } from '@/routing/guard'

export default function AssessPage() {
  return (
    <PageGuard route="Assess">
      <Assess />
    </PageGuard>
  )
}
