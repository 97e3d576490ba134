import { signInInput } from '../../src/api/schemas/user.ts'
import { demoUsers } from '../data/users.ts'
import { commit, transact } from '../store.ts'
import { json, problemResponse, readJsonBody } from '../http.ts'
import { requireUser, route, sessionExpired, SESSION_HOURS } from './base.ts'

/** Live sessions one person may hold at once (tabs and workstations). */
export const SESSION_CAP = 10

export const sessionHandlers = [
  route('get', '/demo-users', () => json(demoUsers)),

  route('post', '/sessions', async ({ request }) => {
    const body = await readJsonBody(request)
    if (!body.ok) return body.response
    const parsed = signInInput.safeParse(body.value)
    if (!parsed.success)
      return problemResponse(400, 'Choose a demo user.', {
        errors: { userId: ['Select a demo user'] },
      })
    const user = demoUsers.find((u) => u.id === parsed.data.userId)
    if (!user)
      return problemResponse(400, 'No such demo user.', {
        errors: { userId: ['Select a demo user'] },
      })
    const token = crypto.randomUUID()
    const now = Date.now()
    const createdAt = new Date(now).toISOString()
    const expiresAt = new Date(now + SESSION_HOURS * 3600_000).toISOString()
    await transact(
      (db) => {
        // A person's oldest sessions end beyond the cap: a flood of sign-ins cannot grow the
        // table, and a forgotten tab on another workstation does not live on forever.
        const mine = Object.entries(db.sessions)
          .filter(([, s]) => s.userId === user.id && !sessionExpired(s, now))
          .sort(([, a], [, b]) => a.createdAt.localeCompare(b.createdAt))
        const ended = new Set(
          mine.slice(0, Math.max(0, mine.length - (SESSION_CAP - 1))).map(([t]) => t),
        )
        db.sessions = {
          ...Object.fromEntries(Object.entries(db.sessions).filter(([t]) => !ended.has(t))),
          [token]: { userId: user.id, createdAt, expiresAt },
        }
        return commit(null)
      },
      { sessionsOf: user.id },
    )
    return json({ token, user, expiresAt }, { status: 201 })
  }),

  route('delete', '/sessions/current', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    await transact(
      (db) => {
        delete db.sessions[auth.token]
        return commit(null)
      },
      { sessions: [auth.token] },
    )
    return new Response(null, { status: 204 })
  }),

  // Sign out everywhere: a tab forgotten on a shared workstation must not stay signed in.
  route('delete', '/sessions', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    const userId = auth.user.id
    await transact(
      (db) => {
        for (const [token, s] of Object.entries(db.sessions))
          if (s.userId === userId) delete db.sessions[token]
        return commit(null)
      },
      { sessionsOf: userId },
    )
    return new Response(null, { status: 204 })
  }),

  route('get', '/me', async ({ request }) => {
    const auth = await requireUser(request)
    return auth.ok ? json(auth.user) : auth.response
  }),
]
