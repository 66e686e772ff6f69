import { Services } from '@/features/home/Services'
import { PageGuard } from '@/routing/guard'

export default function ServicesPage() {
  return (
    <PageGuard route="Services">
      <Services />
    </PageGuard>
  )
}
