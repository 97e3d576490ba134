import { signInInput, type User } from '../../src/api/schemas/user.ts'
import { serviceConfig } from '../config.ts'
import { demoUsers } from '../data/users.ts'
import { commit, transact } from '../store.ts'
import { json, problemResponse } from '../http.ts'
import { route, sessionExpired, SESSION_HOURS } from './base.ts'
import { noContent } from './doc-parts.ts'

/** Live sessions one person may hold at once (tabs and workstations). */
export const SESSION_CAP = 10

/**
 * Starts a session for a person already proven (the demo's choice of user, or the
 * identity provider's answer): a person's oldest sessions end beyond the cap, so a flood
 * of sign-ins cannot grow the table and a forgotten tab does not live on forever.
 */
export async function startSession(user: User): Promise<{ token: string; expiresAt: string }> {
  const token = randomToken()
  const now = Date.now()
  const createdAt = new Date(now).toISOString()
  const expiresAt = new Date(now + SESSION_HOURS * 3600_000).toISOString()
  await transact(
    (db) => {
      const mine = Object.entries(db.sessions)
        .filter(([, s]) => s.userId === user.id && !sessionExpired(s, now))
        .sort(([, a], [, b]) => a.createdAt.localeCompare(b.createdAt))
      const ended = new Set(
        mine.slice(0, Math.max(0, mine.length - (SESSION_CAP - 1))).map(([t]) => t),
      )
      db.sessions = {
        ...Object.fromEntries(Object.entries(db.sessions).filter(([t]) => !ended.has(t))),
        [token]: { userId: user.id, createdAt, expiresAt, lastSeenAt: createdAt },
      }
      return commit(null)
    },
    { sessionsOf: user.id },
  )
  return { token, expiresAt }
}

/** Ends one session: its token never works again. */
export async function endSession(token: string) {
  await transact(
    (db) => {
      delete db.sessions[token]
      return commit(null)
    },
    { sessions: [token] },
  )
}

/** 256 random bits, base64url: a session id no one can guess. */
function randomToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

const chooseDemoUser = () =>
  problemResponse(400, 'Choose a demo user.', { errors: { userId: ['Select a demo user'] } })
const noDemoSignIn = () =>
  problemResponse(404, 'This service signs people in through its identity provider.')

export const sessionHandlers = [
  route(
    'get',
    '/demo-users',
    {
      access: 'public',
      doc: {
        summary: 'The demo users to sign in as (the in-page demo only; 404 on a real service)',
        responses: { 200: { schema: 'DemoUserList', description: 'Users' } },
        problems: [404],
      },
    },
    () => (serviceConfig().demoSignIn ? json(demoUsers) : noDemoSignIn()),
  ),

  route(
    'post',
    '/sessions',
    {
      access: 'public',
      body: 'SignInInput',
      doc: {
        summary: 'Sign in as a demo user (the in-page demo only; 404 on a real service)',
        responses: { 201: { schema: 'Session', description: 'The new session' } },
        problems: [400, 404],
      },
    },
    async ({ body: read }) => {
      if (!serviceConfig().demoSignIn) return noDemoSignIn()
      const body = await read(chooseDemoUser)
      if (!body.ok) return body.response
      const parsed = signInInput.safeParse(body.value)
      if (!parsed.success) return chooseDemoUser()
      const user = demoUsers.find((u) => u.id === parsed.data.userId)
      if (!user)
        return problemResponse(400, 'No such demo user.', {
          errors: { userId: ['Select a demo user'] },
        })
      const { token, expiresAt } = await startSession(user)
      return json({ token, user, expiresAt }, { status: 201 })
    },
  ),

  route(
    'delete',
    '/sessions/current',
    {
      access: 'signed-in',
      doc: { summary: 'Sign out', responses: { 204: noContent } },
    },
    async ({ auth }) => {
      await endSession(auth.token)
      return new Response(null, { status: 204 })
    },
  ),

  // Sign out everywhere: a tab forgotten on a shared workstation must not stay signed in.
  route(
    'delete',
    '/sessions',
    {
      access: 'signed-in',
      doc: {
        summary: 'Sign out everywhere: every session of the signed-in user ends',
        responses: { 204: noContent },
      },
    },
    async ({ auth }) => {
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
    },
  ),

  route(
    'get',
    '/me',
    {
      access: 'signed-in',
      doc: {
        summary: 'The signed-in user',
        responses: { 200: { schema: 'User', description: 'The user' } },
      },
    },
    ({ auth }) => json(auth.user),
  ),
]
