import type { User } from '../../src/api/schemas/user.ts'
import { demoUsers } from '../data/users.ts'
import { readDb } from '../db.ts'
import { problemResponse } from '../http.ts'

// The mock reads the same setting as the app, so pointing both elsewhere is one change.
const base = (import.meta.env?.VITE_API_BASE_URL || '/api').replace(/\/$/, '')

/** An MSW path under the API base URL ('*' matches any origin for a relative base). */
export function api(path: string) {
  return /^https?:\/\//.test(base) ? `${base}${path}` : `*${base}${path}`
}

export type Authed = { ok: true; user: User; token: string } | { ok: false; response: Response }

export async function requireUser(request: Request): Promise<Authed> {
  const header = request.headers.get('Authorization') ?? ''
  const token = /^Bearer (.+)$/.exec(header)?.[1]
  if (!token) return { ok: false, response: problemResponse(401, 'Sign in to continue.') }
  const db = await readDb()
  const session = db.sessions[token]
  const user = session && demoUsers.find((u) => u.id === session.userId)
  if (!user)
    return { ok: false, response: problemResponse(401, 'Your session has ended. Sign in again.') }
  return { ok: true, user, token }
}
