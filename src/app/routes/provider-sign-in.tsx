import { Navigate, useLocation, useSearchParams } from 'react-router'
import { PageHeader } from '../../components/page-header.tsx'
import { productName } from '../../components/page-title.tsx'
import { returnPathFor } from '../../domain/return-address.ts'
import { apiBaseUrl } from '../../api/config.ts'
import { useAuth } from '../auth-context.ts'

const reasons = {
  'signed-out': 'You have signed out.',
  expired: 'Your session ended. Sign in again to carry on.',
  idle: 'You were signed out after a period without activity.',
}
const problems: Record<string, string> = {
  expired: 'That sign-in took too long or was already used. Sign in again.',
  refused: 'The identity provider did not confirm the sign-in. Sign in again.',
  'no-role':
    'Your account has no role in this tool (utilization reviewer or medical director). Ask your administrator.',
}

/**
 * Sign-in on the real service: the service sends the browser to the identity provider
 * (OpenID Connect) and back, and sets its session cookie. Nothing is typed here.
 */
export function ProviderSignIn() {
  const { user, signOutReason } = useAuth()
  const location = useLocation()
  const [search] = useSearchParams()
  // Who will sign in is not known yet: a page another person's session ended on is not
  // passed on (returnPathFor gives the start page then); a first visit's page is.
  const returnTo = returnPathFor(location.state, null)
  if (user) return <Navigate to={returnPathFor(location.state, user.id)} replace />
  const problem = problems[search.get('problem') ?? '']
  return (
    <main id="main" className="page page--narrow">
      <PageHeader title="Sign in" error={!!problem} />
      <p className="lede">
        {productName}: sign in with your organization account. The demo identity provider lists its
        demo accounts on its page.
      </p>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {!problem && signOutReason && (
        <p className="notice" role="status">
          {reasons[signOutReason]}
        </p>
      )}
      <p>
        <a
          className="button"
          href={`${apiBaseUrl}/auth/login?return=${encodeURIComponent(returnTo)}`}
        >
          Sign in with your organization account
        </a>
      </p>
    </main>
  )
}
