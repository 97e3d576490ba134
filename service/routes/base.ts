import type { User } from '../../src/api/schemas/user.ts'
import { demoUsers } from '../data/users.ts'
import { own, readCaselessDb } from '../store.ts'
import { problemResponse } from '../http.ts'

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

export async function requireUser(request: Request): Promise<Authed> {
  const header = request.headers.get('Authorization') ?? ''
  const token = /^Bearer (.+)$/.exec(header)?.[1]
  if (!token) return { ok: false, response: problemResponse(401, 'Sign in to continue.') }
  const db = await readCaselessDb({ sessions: [token] })
  const session = own(db.sessions, token)
  const user = session && demoUsers.find((u) => u.id === session.userId)
  // An expired session is ended like a signed-out one: the token never works again.
  if (!user || sessionExpired(session, Date.now()))
    return { ok: false, response: problemResponse(401, 'Your session has ended. Sign in again.') }
  return { ok: true, user, token }
}

export const SESSION_HOURS = 12

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

export type RouteArgs = { request: Request; params: Record<string, string> }
type Resolver = (args: RouteArgs) => Response | Promise<Response>
export type Method = 'get' | 'post' | 'put' | 'delete' | 'all'

/** One endpoint of the criteria service: its method, its path under the API base, its answer. */
export type Route = { method: Method; path: string; resolve: Resolver }

/**
 * Every endpoint is declared here, free of any host: the service app (service-app.ts)
 * serves the list in Node and, behind msw, in the page. A throw becomes a 500 problem
 * rather than an unhandled error; handlers are written so that no input makes them throw.
 */
export function route(method: Method, path: string, resolve: Resolver): Route {
  return {
    method,
    path,
    resolve: async (args) => {
      try {
        return await resolve(args)
      } catch (error) {
        reportFailure(error)
        return problemResponse(500, 'The service failed unexpectedly. Try again.')
      }
    },
  }
}
