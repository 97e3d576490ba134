import { useQuery } from '@tanstack/react-query'
import { Navigate, Outlet, useLocation } from 'react-router'
import { sessionQueries } from '../api/session.ts'
import { ErrorMessage, Loading } from '../components/query-state.tsx'
import { useAuth } from './auth-context.ts'

/** A signed-out visitor goes to /sign-in and comes back to where they were going. */
export function RequireAuth() {
  const { token } = useAuth()
  const location = useLocation()
  const me = useQuery({ ...sessionQueries.me(), enabled: token !== null })
  if (!token) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />
  }
  if (me.isPending) return <Loading label="Checking your session…" />
  if (me.isError) {
    return (
      <main id="main" className="page">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      </main>
    )
  }
  return <Outlet />
}
