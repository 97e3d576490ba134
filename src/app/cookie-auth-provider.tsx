import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { isApiError } from '../api/api-error.ts'
import { apiRequest, setUnauthorizedHandler } from '../api/client.ts'
import { sessionQueries } from '../api/session.ts'
import { AuthContext, type Auth } from './auth-context.ts'

/** Who this browser's cookie signs in, or null: its own key, as "nobody" is an answer. */
const signedInKey = [...sessionQueries.all(), 'signed-in'] as const
const userSchema = () => import('../api/schemas/user.ts').then((m) => m.user)

/**
 * Sign-in on the real service: the service signs people in through OpenID Connect and
 * keeps the session in an HttpOnly cookie no script reads, so this tab knows who is
 * signed in only by asking (`/me`), and a new tab is signed in by the cookie. Signing out
 * ends the session on the service, then at the identity provider.
 */
export function CookieAuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [signOutReason, setSignOutReason] = useState<Auth['signOutReason']>(null)
  const [previousUserId, setPreviousUserId] = useState<string | null>(null)
  const me = useQuery({
    queryKey: signedInKey,
    queryFn: async ({ signal }) => {
      try {
        const found = (await apiRequest('/me', userSchema, { signal })).data
        queryClient.setQueryData(sessionQueries.me().queryKey, found)
        return found
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null
        throw error
      }
    },
    staleTime: Infinity,
  })
  const user = me.data ?? null

  const dropSession = useCallback(
    (reason: NonNullable<Auth['signOutReason']>) => {
      setPreviousUserId(user?.id ?? null)
      setSignOutReason(reason)
      queryClient.clear()
      queryClient.setQueryData(signedInKey, null)
    },
    [queryClient, user],
  )

  const leave = useCallback(
    async (path: '/auth/logout' | '/sessions', reason: NonNullable<Auth['signOutReason']>) => {
      let to = '/sign-in'
      try {
        if (path === '/sessions') await apiRequest('/sessions', noBody, { method: 'DELETE' })
        const out = await apiRequest('/auth/logout', signOutAnswer, { method: 'POST' })
        to = out.data.signOutUrl
      } catch {
        // Ended already (expired, or everywhere): the provider's session still ends below.
      }
      dropSession(reason)
      window.location.assign(to)
    },
    [dropSession],
  )

  const signOut = useCallback<Auth['signOut']>(
    (reason = 'signed-out') => {
      if (reason === 'expired') dropSession(reason)
      else void leave('/auth/logout', reason)
    },
    [dropSession, leave],
  )
  const signOutEverywhere = useCallback(() => void leave('/sessions', 'signed-out'), [leave])

  useEffect(() => {
    setUnauthorizedHandler(() => signOut('expired'))
  }, [signOut])

  const value = useMemo<Auth>(
    () => ({
      token: user ? 'cookie' : null,
      user,
      signIn: () => Promise.reject(new Error('Sign in through the identity provider')),
      signOut,
      signOutEverywhere,
      signOutReason,
      previousUserId,
    }),
    [user, signOut, signOutEverywhere, signOutReason, previousUserId],
  )
  // Until the service has said whether this browser is signed in, say nothing else.
  if (me.isPending) return <p className="page">Checking your session…</p>
  return <AuthContext value={value}>{children}</AuthContext>
}

// Loaded with the request, as the sign-in screen's other schemas: zod stays off first paint.
const noBody = () => import('zod/mini').then((z) => z.null())
const signOutAnswer = () =>
  import('zod/mini').then((z) =>
    z.object({ signOutUrl: z.string().check(z.regex(/^(\/(?![/\\])|https?:\/\/)/)) }),
  )
