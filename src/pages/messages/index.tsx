import { Messages } from '@/features/home/Messages'
import { PageGuard } from '@/routing/guard'

export default function MessagesPage() {
  return (
    <PageGuard route="Messages">
      <Messages />
    </PageGuard>
  )
}
