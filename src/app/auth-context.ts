import { createContext, useContext } from 'react'
import type { User } from '../api/schemas/user.ts'

export type Auth = {
  token: string | null
  user: User | null
  signIn: (userId: string) => Promise<User>
  signOut: (reason?: 'signed-out' | 'expired' | 'idle') => void
  /** Ends every session of this user, on every workstation, then this one. */
  signOutEverywhere: () => void
  signOutReason: 'signed-out' | 'expired' | 'idle' | null
  /** Who was signed in before the session ended: the page they were on is theirs alone. */
  previousUserId: string | null
}

export const AuthContext = createContext<Auth | null>(null)

export function useAuth(): Auth {
  const auth = useContext(AuthContext)
  if (!auth) throw new Error('useAuth outside AuthProvider')
  return auth
}
