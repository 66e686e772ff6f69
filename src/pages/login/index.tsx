import { Login } from '@/features/account/Login'
import { PageGuard } from '@/routing/guard'

export default function LoginPage() {
  return (
    <PageGuard route="Login">
      <Login />
    </PageGuard>
  )
}
