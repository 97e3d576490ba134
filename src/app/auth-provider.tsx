import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { setUnauthorizedHandler } from '../api/client.ts'
import { createSession, endSession, sessionQueries } from '../api/session.ts'
import { readSessionToken, writeSessionToken } from '../api/session-token.ts'
import { AuthContext, type Auth } from './auth-context.ts'

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [token, setToken] = useState(readSessionToken)
  const [signOutReason, setSignOutReason] = useState<Auth['signOutReason']>(null)
  const me = useQuery({ ...sessionQueries.me(), enabled: token !== null })

  const signOut = useCallback<Auth['signOut']>(
    (reason = 'signed-out') => {
      // Signing out (by choice or when idle) ends the session on the service too, with
      // the token read before it is cleared; an expired session has already ended there.
      const ending = reason === 'expired' ? null : readSessionToken()
      if (ending) void endSession(ending)
      writeSessionToken(null)
      setToken(null)
      setSignOutReason(reason)
      // Nothing a signed-out browser could show from memory: drop every cached answer.
      queryClient.clear()
    },
    [queryClient],
  )

  const signIn = useCallback<Auth['signIn']>(
    async (userId) => {
      const s = await createSession(userId)
      writeSessionToken(s.token)
      queryClient.setQueryData(sessionQueries.me().queryKey, s.user)
      setToken(s.token)
      setSignOutReason(null)
      return s.user
    },
    [queryClient],
  )

  useEffect(() => {
    setUnauthorizedHandler(() => signOut('expired'))
  }, [signOut])

  const value = useMemo<Auth>(
    () => ({ token, user: token ? (me.data ?? null) : null, signIn, signOut, signOutReason }),
    [token, me.data, signIn, signOut, signOutReason],
  )
  return <AuthContext value={value}>{children}</AuthContext>
}
