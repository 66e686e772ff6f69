import { Register } from '@/features/register/Register'
import { PageGuard } from '@/routing/guard'

export default function RegisterPage() {
  return (
    <PageGuard route="Register">
      <Register />
    </PageGuard>
  )
}
