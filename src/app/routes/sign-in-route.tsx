import { roleLabels } from '../../api/role-labels.ts'
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { describeError } from '../../api/api-error.ts'
import { sessionQueries } from '../../api/session.ts'
import { shippedDemoUsers } from '../../api/shipped-demo-users.ts'
import { returnPathFor, type ReturnState } from '../../domain/return-address.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { Radios } from '../../components/form/radios.tsx'
import { productName } from '../../components/page-title.tsx'
import { lastIdleSaveResult } from '../../components/idle-signout-event.ts'
import { useAuth } from '../auth-context.ts'
import { mockingEnabled } from '../../api/config.ts'
import { ProviderSignIn } from './provider-sign-in.tsx'

const reasons = {
  'signed-out': 'You have signed out.',
  expired: 'Your session ended. Sign in again to carry on.',
  idle: 'You were signed out after a period without activity.',
}
// Said only for what was saved (see announceIdleSignout).
const idleSave = {
  saved: ' Your open work was saved: it comes back when you open it again.',
  'not-saved': ' Your open work could not be saved.',
  nothing: '',
}

export default function SignInRoute() {
  return mockingEnabled ? <DemoSignIn /> : <ProviderSignIn />
}

/** The demo in the page: choose a demo user ("sign in as"). */
function DemoSignIn() {
  const { token, user, signIn, signOutReason } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  // History state is whatever a crafted link put there: only an app path goes back, and
  // only to the person whose session ended on it.
  const returnTo = (userId: string | undefined) => returnPathFor(location.state, userId)
  const awaitsOwner = typeof (location.state as ReturnState | null)?.fromUser === 'string' && !user
  const users = useQuery({ ...sessionQueries.demoUsers(), initialData: shippedDemoUsers })
  const [selected, setSelected] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Signed in from another tab: whose session it is decides where it goes on.
  if (token && !busy)
    return awaitsOwner ? (
      <Loading label="Signing you in…" />
    ) : (
      <Navigate to={returnTo(user?.id)} replace />
    )

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!selected) {
      setError('Select a demo user')
      return
    }
    setBusy(true)
    try {
      const signedIn = await signIn(selected)
      navigate(returnTo(signedIn.id), { replace: true })
    } catch (err) {
      setError(describeError(err))
      setBusy(false)
    }
  }

  return (
    <main id="main" className="page page--narrow">
      <PageHeader title="Sign in" error={error !== null} />
      <p className="lede">
        {productName}: choose a demo user. All names and cases here are synthetic.
      </p>
      {signOutReason && (
        <p className="notice" role="status">
          {reasons[signOutReason]}
          {signOutReason === 'idle' ? idleSave[lastIdleSaveResult()] : ''}
        </p>
      )}
      {users.isPending && <Loading label="Loading demo users…" />}
      {users.isError && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Radios
            id="user"
            legend="Demo user"
            error={error ?? undefined}
            options={users.data.map((u) => ({
              value: u.id,
              label: `${u.name}, ${u.credentials}`,
              hint: `${roleLabels[u.role]}${u.specialty ? `, ${u.specialty}` : ''}`,
            }))}
            value={selected}
            onChange={setSelected}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
    </main>
  )
}
