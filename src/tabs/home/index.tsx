import { Home } from '@/features/home/Home'
import { PageGuard } from '@/routing/guard'

export default function HomePage() {
  return (
    <PageGuard route="Home">
      <Home />
    </PageGuard>
  )
}
