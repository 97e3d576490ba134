import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Context, Hono } from 'hono'
import type { Kysely } from 'kysely'
import * as oidc from 'openid-client'
import type { Role, User } from '../../src/api/schemas/user.ts'
import {
  cookieValue,
  requireUser,
  SESSION_COOKIE,
  SESSION_HOURS,
} from '../../service/routes/base.ts'
import { endSession, startSession } from '../../service/routes/sessions.ts'
import type { Tables } from '../db/schema.ts'
import { isUnavailable } from '../db/health.ts'
import { describeError, logEvent, type LogSink } from '../log.ts'
import { unavailablePage } from './pages.ts'

export type OidcSettings = {
  issuer: string
  clientId: string
  clientSecret: string
  /** The claim that lists a person's groups, and the group of each role. */
  groupsClaim: string
  groups: Record<Role, string>
}

const LOGIN_COOKIE = 'crd_login'
const LOGIN_MINUTES = 10

/**
 * The service as an OpenID Connect relying party (openid-client): authorization code
 * with PKCE, state and nonce; the ID token's groups give the role; the person is kept in
 * the users table, and the service's own session is an HttpOnly, SameSite cookie (Secure
 * over HTTPS) no script can read. Routes: /api/auth/login, /api/auth/callback,
 * /api/auth/logout.
 */
export function signInRoutes(
  app: Hono,
  o: { origin: () => string; db: Kysely<Tables>; settings: () => Promise<OidcSettings> },
  log: LogSink | null = null,
) {
  // Signs the short-lived login cookie; AUTH_SECRET keeps it valid across processes.
  const key = process.env.AUTH_SECRET || randomBytes(32).toString('base64url')
  const redirectUri = () => `${o.origin()}/api/auth/callback`
  let config: Promise<oidc.Configuration> | null = null
  const configuration = () =>
    (config ??= o
      .settings()
      .then((s) =>
        oidc.discovery(
          new URL(s.issuer),
          s.clientId,
          s.clientSecret,
          undefined,
          s.issuer.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : undefined,
        ),
      )).catch((error: unknown) => {
      config = null
      throw error
    })
  const cookie = (name: string, value: string, maxAge: number) =>
    `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${o.origin().startsWith('https:') ? '; Secure' : ''}`
  const sign = (text: string) => createHmac('sha256', key).update(text).digest('base64url')
  // A browser's page, not a redirect to a "refused" or "expired" one: nothing was refused.
  const unavailable = (c: Context, words?: string) =>
    c.html(unavailablePage('Criteria Review Dashboard', words), 503, { 'Retry-After': '5' })

  app.get('/api/auth/login', async (c) => {
    const wanted = c.req.query('return') ?? '/'
    // Only a path of this app: never another site, never `//host`.
    const returnTo = /^\/(?![/\\])/.test(wanted) ? wanted : '/'
    const verifier = oidc.randomPKCECodeVerifier()
    const attempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier,
      returnTo,
      at: Date.now(),
    }
    const payload = Buffer.from(JSON.stringify(attempt)).toString('base64url')
    let conf: oidc.Configuration
    try {
      conf = await configuration()
    } catch (error) {
      if (!providerOutOfReach(error)) throw error
      logEvent(log, { level: 'error', msg: OUT_OF_REACH, ...describeError(error) })
      return unavailable(c, 'The identity provider cannot be reached just now. Try again shortly.')
    }
    const url = oidc.buildAuthorizationUrl(conf, {
      redirect_uri: redirectUri(),
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    })
    c.header('Set-Cookie', cookie(LOGIN_COOKIE, `${payload}.${sign(payload)}`, LOGIN_MINUTES * 60))
    c.header('Cache-Control', 'no-store')
    return c.redirect(url.href, 303)
  })

  app.get('/api/auth/callback', async (c) => {
    const attempt = readAttempt(cookieValue(c.req.header('Cookie') ?? null, LOGIN_COOKIE), sign)
    c.header('Cache-Control', 'no-store')
    c.header('Set-Cookie', cookie(LOGIN_COOKIE, '', 0))
    if (!attempt) return c.redirect('/sign-in?problem=expired', 303)
    const settings = await o.settings()
    let claims: oidc.IDToken | undefined
    try {
      const tokens = await oidc.authorizationCodeGrant(
        await configuration(),
        new URL(c.req.url.replace(/^https?:\/\/[^/]+/, o.origin())),
        {
          pkceCodeVerifier: attempt.verifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        },
      )
      claims = tokens.claims()
    } catch (error) {
      // The provider could not answer for now (the embedded one: its database is out of
      // reach, which its own request logged); a code it refused is a refusal.
      if (!providerOutOfReach(error)) return c.redirect('/sign-in?problem=refused', 303)
      logEvent(log, { level: 'error', msg: OUT_OF_REACH, ...describeError(error) })
      return unavailable(c, 'The identity provider cannot answer just now. Try again shortly.')
    }
    const user = userFrom(claims, settings)
    if (!user) return c.redirect('/sign-in?problem=no-role', 303)
    let session: Awaited<ReturnType<typeof startSession>>
    try {
      await keepUser(o.db, user)
      session = await startSession(user)
    } catch (error) {
      if (!isUnavailable(error)) throw error
      logSignInUnavailable(log, error)
      return unavailable(c)
    }
    c.header('Set-Cookie', cookie(SESSION_COOKIE, session.token, SESSION_HOURS * 3600), {
      append: true,
    })
    return c.redirect(attempt.returnTo, 303)
  })

  // Ends the service's session, clears the cookie and says where to end the provider's.
  app.post('/api/auth/logout', async (c) => {
    const auth = await requireUser(c.req.raw)
    if (!auth.ok) return auth.response
    await endSession(auth.token)
    const s = await o.settings()
    // Signed out here whatever the provider says: with it out of reach, its own session
    // stays, and the person is sent to this app's sign-in page.
    let signOutUrl = '/sign-in'
    try {
      const conf = await configuration()
      if (conf.serverMetadata().end_session_endpoint)
        signOutUrl = oidc.buildEndSessionUrl(conf, {
          client_id: s.clientId,
          post_logout_redirect_uri: `${o.origin()}/sign-in`,
        }).href
    } catch (error) {
      if (!providerOutOfReach(error)) throw error
      logEvent(log, {
        level: 'error',
        msg: 'sign-out at the identity provider skipped: unavailable',
        ...describeError(error),
      })
    }
    c.header('Set-Cookie', cookie(SESSION_COOKIE, '', 0))
    c.header('Cache-Control', 'no-store')
    return c.json({ signOutUrl })
  })
}

/** Error level, the error's class and code only: never who was signing in. */
export function logSignInUnavailable(log: LogSink | null, error: unknown) {
  logEvent(log, {
    level: 'error',
    msg: 'sign-in failed: database unreachable',
    ...describeError(error),
  })
}

const OUT_OF_REACH = 'sign-in failed: identity provider unavailable'

/**
 * The identity provider gave no answer (refused, reset, a name not found, a timeout) or
 * a 5xx: out of reach for now, and nothing was refused. openid-client keeps an answer as
 * the error's cause, read by its status alone: @hono/node-server swaps the global
 * Response for its own, so `instanceof Response` is false for the fetch's answer. A 4xx
 * (a code it refused) is a refusal.
 */
export function providerOutOfReach(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const status = (error.cause as { status?: unknown } | undefined)?.status
  if (typeof status === 'number') return status >= 500
  return (
    (error.name === 'TypeError' && error.message === 'fetch failed') ||
    error.name === 'TimeoutError'
  )
}

type Attempt = { state: string; nonce: string; verifier: string; returnTo: string; at: number }

function readAttempt(value: string | undefined, sign: (t: string) => string): Attempt | null {
  const [payload, mac] = (value ?? '').split('.')
  if (!payload || !mac) return null
  const expected = Buffer.from(sign(payload))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const a = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Attempt
    return Date.now() - a.at < LOGIN_MINUTES * 60_000 ? a : null
  } catch {
    return null
  }
}

/** The person the ID token names, with the role their groups give; null without one. */
function userFrom(claims: oidc.IDToken | undefined, s: OidcSettings): User | null {
  if (!claims?.sub) return null
  const raw = claims[s.groupsClaim]
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : []
  const role: Role | null = groups.includes(s.groups['medical-director'])
    ? 'medical-director'
    : groups.includes(s.groups['utilization-reviewer'])
      ? 'utilization-reviewer'
      : null
  if (!role) return null
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null)
  return {
    id: claims.sub,
    name: text(claims.name) ?? claims.sub,
    role,
    credentials: text(claims.credentials) ?? '',
    specialty: text(claims.specialty),
  }
}

/** The users table holds who signed in, as the identity provider said at their last sign-in. */
async function keepUser(db: Kysely<Tables>, user: User) {
  await db
    .insertInto('users')
    .values({ id: user.id, name: user.name, role: user.role, body: JSON.stringify(user) })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        name: user.name,
        role: user.role,
        body: JSON.stringify(user),
      }),
    )
    .execute()
}
