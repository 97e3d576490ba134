import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { setUnauthorizedHandler } from '../api/client.ts'
import { createSession, endSession, sessionQueries } from '../api/session.ts'
import { readSessionToken, writeSessionToken } from '../api/session-token.ts'
import {
  announceSignOut,
  askOpenTabs,
  takeLateAnswer,
  canShareSession,
  serveOpenTabs,
} from '../api/session-share.ts'
import { AuthContext, type Auth } from './auth-context.ts'

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [token, setToken] = useState(readSessionToken)
  // A new tab without a token asks the open tabs of this browser for theirs. The
  // screen (sign-in, for a tab without a token) paints meanwhile: nobody waits for an
  // answer that usually does not come; when one does, sign-in goes on to the page.
  const [asking, setAsking] = useState(() => token === null && canShareSession())
  const [signOutReason, setSignOutReason] = useState<Auth['signOutReason']>(null)
  const [previousUserId, setPreviousUserId] = useState<string | null>(null)
  const me = useQuery({ ...sessionQueries.me(), enabled: token !== null })
  const tokenRef = useRef(token)
  const userIdRef = useRef<string | null>(null)
  useEffect(() => {
    tokenRef.current = token
    userIdRef.current = token ? (me.data?.id ?? userIdRef.current) : null
  })

  const dropSession = useCallback(
    (reason: NonNullable<Auth['signOutReason']>) => {
      writeSessionToken(null)
      // Read before the token goes: the address sign-in returns to belongs to this user.
      setPreviousUserId(userIdRef.current)
      setToken(null)
      setSignOutReason(reason)
      // Nothing a signed-out browser could show from memory: drop every cached answer.
      queryClient.clear()
    },
    [queryClient],
  )

  const signOut = useCallback<Auth['signOut']>(
    (reason = 'signed-out') => {
      // Signing out (by choice or when idle) ends the session on the service too, with
      // the token read before it is cleared; an expired session has already ended there.
      const ending = reason === 'expired' ? null : readSessionToken()
      if (ending) void endSession(ending)
      // Every tab sharing this sign-in signs out with it.
      announceSignOut()
      dropSession(reason)
    },
    [dropSession],
  )

  const signOutEverywhere = useCallback(() => {
    const ending = readSessionToken()
    if (ending) void endSession(ending, true)
    announceSignOut()
    dropSession('signed-out')
  }, [dropSession])

  // No answer in time: sign-in shows, and a busy tab's late answer still counts for a
  // while, unless this tab has signed in meanwhile (takeLateAnswer says how long).
  const [awaitingLate, setAwaitingLate] = useState(false)
  useEffect(() => {
    if (!asking) return
    let live = true
    void askOpenTabs().then((shared) => {
      if (!live) return
      if (shared) {
        writeSessionToken(shared)
        setToken(shared)
      } else setAwaitingLate(true)
      setAsking(false)
    })
    return () => {
      live = false
    }
  }, [asking])

  useEffect(() => {
    if (!awaitingLate) return
    return takeLateAnswer((late) => {
      if (tokenRef.current) return
      writeSessionToken(late)
      setToken(late)
    })
  }, [awaitingLate])

  useEffect(
    () =>
      serveOpenTabs(
        () => tokenRef.current,
        () => {
          if (tokenRef.current) dropSession('signed-out')
        },
      ),
    [dropSession],
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
    () => ({
      ...{ token, user: token ? (me.data ?? null) : null },
      ...{ signIn, signOut, signOutEverywhere, signOutReason, previousUserId },
    }),
    [token, me.data, signIn, signOut, signOutEverywhere, signOutReason, previousUserId],
  )
  return <AuthContext value={value}>{children}</AuthContext>
}
