import { People } from '@/features/people/People'
import { PageGuard } from '@/routing/guard'

export default function PeoplePage() {
  return (
    <PageGuard route="People">
      <People />
    </PageGuard>
  )
}
