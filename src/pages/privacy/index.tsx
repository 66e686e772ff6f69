import { Privacy } from '@/features/info/Privacy'
import { PageGuard } from '@/routing/guard'

export default function PrivacyPage() {
  return (
    <PageGuard route="Privacy">
      <Privacy />
    </PageGuard>
  )
}
