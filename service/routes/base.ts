import type { User } from '../../src/api/schemas/user.ts'
import { demoUsers } from '../data/users.ts'
import { commit, own, readCaselessDb, transact } from '../store.ts'
import * as z from 'zod/mini'
import { problemResponse, readJsonBody, type JsonBody } from '../http.ts'
import { requirePrincipal, type Principal } from './client-auth.ts'
import { clientOnPersonRoute, isClientToken } from './client-tokens.ts'
import type { RouteSpec } from './declare.ts'
import { namedSchemas } from './schema-names.ts'

// The mock reads the same setting as the app, so pointing both elsewhere is one change.
export const apiBase = (import.meta.env?.VITE_API_BASE_URL || '/api').replace(/\/$/, '')
export const basePath = /^https?:\/\//.test(apiBase)
  ? new URL(apiBase).pathname.replace(/\/$/, '')
  : apiBase

/** An MSW path under the API base URL ('*' matches any origin for a relative base). */
export function api(path: string) {
  return /^https?:\/\//.test(apiBase) ? `${apiBase}${path}` : `*${apiBase}${path}`
}

/** The request's path below the base URL, e.g. '/cases/c-1'. */
export function pathUnderBase(request: Request): string {
  const path = new URL(request.url).pathname
  return path.startsWith(basePath) ? path.slice(basePath.length) || '/' : path
}

export type Authed = { ok: true; user: User; token: string } | { ok: false; response: Response }

/** The session cookie the server sets at sign-in (server/auth/): HttpOnly, never read by scripts. */
export const SESSION_COOKIE = 'crd_session'
/**
 * A request signed in by the cookie must carry this header when it changes anything: a
 * browser sends the cookie with a form another site posts, but no other site can add a
 * header to a request here (no CORS is allowed), so the header proves the app sent it.
 */
export const CSRF_HEADER = 'X-Requested-By'
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The named cookie's value from a Cookie header, or undefined. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || undefined
  }
  return undefined
}

export async function requireUser(request: Request): Promise<Authed> {
  const header = request.headers.get('Authorization') ?? ''
  const bearer = /^Bearer (.+)$/.exec(header)?.[1]
  // A client system's token is for the PAS operations its scopes name (client-auth.ts).
  if (bearer && isClientToken(bearer))
    return { ok: false, response: await clientOnPersonRoute(bearer) }
  const cookie = bearer ? undefined : cookieValue(request.headers.get('Cookie'), SESSION_COOKIE)
  const token = bearer ?? cookie
  if (!token) return { ok: false, response: problemResponse(401, 'Sign in to continue.') }
  if (cookie && UNSAFE.has(request.method) && !request.headers.get(CSRF_HEADER))
    return {
      ok: false,
      response: problemResponse(403, `Send the ${CSRF_HEADER} header with a change.`),
    }
  const db = await readCaselessDb({ sessions: [token], switches: false })
  const session = own(db.sessions, token)
  const user = session && (session.user ?? demoUsers.find((u) => u.id === session.userId))
  const now = Date.now()
  // An expired or idle session is ended like a signed-out one: the token never works again.
  if (!user || sessionExpired(session, now) || sessionIdle(session, now))
    return { ok: false, response: problemResponse(401, 'Your session has ended. Sign in again.') }
  if (!session.lastSeenAt || now - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS)
    await touchSession(token, now)
  return { ok: true, user, token }
}

/**
 * Whether a session still works, read without noting it as used: a long-lived request
 * (GET /events) asks this now and then, and must not keep an idle session alive.
 */
export async function sessionActive(token: string): Promise<boolean> {
  const session = own((await readCaselessDb({ sessions: [token] })).sessions, token)
  const now = Date.now()
  return !!session && !sessionExpired(session, now) && !sessionIdle(session, now)
}

export const SESSION_HOURS = 12
/** A session unused this long has ended (the absolute limit is SESSION_HOURS). */
export const IDLE_MINUTES = 30
/** How often a session in use notes that it is: a write a minute, not one a request. */
const TOUCH_EVERY_MS = 60_000

function sessionIdle(s: { lastSeenAt?: string }, now: number) {
  return !!s.lastSeenAt && now - Date.parse(s.lastSeenAt) >= IDLE_MINUTES * 60_000
}

async function touchSession(token: string, now: number) {
  await transact(
    (db) => {
      const s = own(db.sessions, token)
      if (!s) return null
      db.sessions[token] = { ...s, lastSeenAt: new Date(now).toISOString() }
      return commit(null)
    },
    { sessions: [token] },
  )
}

/** Past its `expiresAt` (a record without one: SESSION_HOURS after it was made). */
export function sessionExpired(s: { createdAt: string; expiresAt?: string }, now: number) {
  const end = s.expiresAt
    ? Date.parse(s.expiresAt)
    : Date.parse(s.createdAt) + SESSION_HOURS * 3600_000
  return !(now < end)
}

let reportFailure: (error: unknown) => void = (error) =>
  console.error('The criteria service failed while answering', error)

/** Where a handler's unexpected throw is reported: the server logs it without its message. */
export function onHandlerFailure(report: (error: unknown) => void) {
  reportFailure = report
}

export type Method = 'get' | 'post' | 'put' | 'delete' | 'all'
type Signed = Extract<Authed, { ok: true }>

/** What a handler gets: the request, its path parameters, who is asking, its declared body. */
export type RouteArgs = {
  request: Request
  params: Record<string, string>
  /** The signed-in user (absent on a public route and on one a client system may call). */
  auth: Signed
  /** Who is asking on a route a client system may call (`access: { scope }`). */
  principal: Principal
  /**
   * The JSON body, checked against the schema the route declares (`body`): read where the
   * handler needs it, so the order of its answers (404 before 400) stays its own.
   */
  body: (explain?: Explain) => Promise<JsonBody>
}
export type FieldErrors = Record<string, string[]>
/**
 * Words a refusal the way the handler's users read it (the form's own messages). The
 * schema decides; `explain` only phrases: it is called only when the schema refused.
 */
export type Explain = (value: unknown, errors: FieldErrors) => Response
type Resolver = (args: RouteArgs) => Response | Promise<Response>

/** One endpoint of the criteria service: its declaration and its answer. */
export type Route = RouteSpec & {
  method: Method
  path: string
  resolve: (args: { request: Request; params: Record<string, string> }) => Promise<Response>
}

/**
 * Every endpoint is declared here, free of any host: the service app (app.ts) serves the
 * list in Node and, behind msw, in the page. The declaration is enforced before the
 * handler runs: who may call it (401, 403) and, when the handler reads it, the body's
 * schema (400). A throw becomes a 500 problem rather than an unhandled error; handlers
 * are written so that no input makes them throw.
 */
export function route(method: Method, path: string, spec: RouteSpec, resolve: Resolver): Route {
  const schema = spec.body && namedSchemas[spec.body]
  return {
    ...spec,
    method,
    path,
    resolve: guard(async ({ request, params }) => {
      const access = spec.access
      const body = async (explain?: Explain) => readChecked(request, spec, schema, explain)
      if (typeof access === 'object') {
        const principal = await requirePrincipal(request, access.scope)
        if (!principal.ok) return principal.response
        return resolve({ request, params, auth: publicCaller, principal, body })
      }
      const auth = access === 'public' ? publicCaller : await requireUser(request)
      if (!auth.ok) return auth.response
      if (access === 'medical-director' && auth.user.role !== 'medical-director')
        return problemResponse(403, spec.forbidden ?? 'This is for medical directors.')
      return resolve({ request, params, auth, principal: noPrincipal, body })
    }),
  }
}

// A public route has no caller; a handler of one never reads `auth`. A route for people
// only never reads `principal`.
const publicCaller = { ok: true } as Signed
const noPrincipal = { ok: true } as Principal

async function readChecked(
  request: Request,
  spec: RouteSpec,
  schema: z.ZodMiniType | undefined,
  explain?: Explain,
): Promise<JsonBody> {
  const read = await readJsonBody(request, spec.maxBodyBytes)
  return read.ok && schema ? checkBody(schema, read.value, explain) : read
}

/**
 * A body the declared schema refuses is a 400 naming each field, whatever a handler's own
 * reading of it would accept: the schema is the contract.
 */
function checkBody(schema: z.ZodMiniType, value: unknown, explain?: Explain): JsonBody {
  const parsed = z.safeParse(schema, value)
  if (parsed.success) return { ok: true, value }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : 'body'
    const where = issue.path.length > 1 ? `${issue.path.map(String).join('.')}: ` : ''
    ;(errors[field] ??= []).push(`${where}${issueWords(issue, at(value, issue.path))}`)
  }
  return {
    ok: false,
    response:
      explain?.(value, errors) ??
      problemResponse(400, 'The request body is not in the expected form.', { errors }),
  }
}

const at = (value: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    value,
  )

// zod/mini carries no locale: the words are made here from the issue's own facts.
function issueWords(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'Required' : `Must be ${issue.expected}`
    case 'invalid_value':
      return `Must be one of: ${issue.values.map(String).join(', ')}`
    case 'too_big':
      return `At most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`
    case 'too_small':
      return `At least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`
    case 'invalid_format':
      return `Not a valid ${issue.format}`
    case 'unrecognized_keys':
      return `Unknown fields: ${issue.keys.join(', ')}`
    default:
      return 'Not in the expected form'
  }
}

type OwnReading = { ok: true } | { ok: false; errors: FieldErrors }

/**
 * An `Explain` that adds the handler's own reading of the body (the form's messages) to
 * the fields the schema refused, under one detail.
 */
export const inOwnWords =
  (detail: string, read: (value: unknown) => OwnReading): Explain =>
  (value, errors) => {
    const own = read(value)
    return problemResponse(400, detail, { errors: own.ok ? errors : { ...errors, ...own.errors } })
  }

/** A handler's unexpected throw becomes a 500 problem, reported without its message. */
export function guard<A>(resolve: (args: A) => Response | Promise<Response>) {
  return async (args: A) => {
    try {
      return await resolve(args)
    } catch (error) {
      reportFailure(error)
      return problemResponse(500, 'The service failed unexpectedly. Try again.')
    }
  }
}
