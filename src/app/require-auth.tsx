import { useQuery } from '@tanstack/react-query'
import { Navigate, Outlet, useLocation } from 'react-router'
import { sessionQueries } from '../api/session.ts'
import { ErrorMessage, Loading } from '../components/query-state.tsx'
import type { ReturnState } from '../domain/return-address.ts'
import { useAuth } from './auth-context.ts'

/**
 * A signed-out visitor goes to /sign-in and comes back to where they were going, if it
 * is the same person whose session ended there (src/domain/return-address.ts).
 */
export function RequireAuth() {
  const { token, previousUserId } = useAuth()
  const location = useLocation()
  const me = useQuery({ ...sessionQueries.me(), enabled: token !== null })
  if (!token) {
    // The address is kept with whose it was: sign-in returns only that person to it.
    const state: ReturnState = {
      from: location.pathname + location.search,
      ...(previousUserId ? { fromUser: previousUserId } : {}),
    }
    return <Navigate to="/sign-in" replace state={state} />
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
