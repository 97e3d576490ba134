// Types only: zod's code (about 9 KB of gzip) stays off the sign-in screen's bundle.
// Responses are checked through the Standard Schema interface every zod schema carries.
import type * as z from 'zod/mini'
import { ApiError } from './api-error.ts'
import { apiBaseUrl, mockingEnabled } from './config.ts'
import { readSessionToken } from './session-token.ts'

// The mock service starts in the background so the shell paints first; every
// request waits for it here, in the one place that calls fetch.
let ready: PromiseLike<unknown> = Promise.resolve()
// Once it has answered, a request goes out in the same task it was asked for: an await
// here, even on a settled promise, would send it only after the click that asked for it
// has rendered (a worklist filter asks first and renders after).
let readySettled = true
export function waitForServiceBeforeRequests(p: PromiseLike<unknown>) {
  ready = p
  readySettled = false
}

/**
 * On the real service a person is signed in by an HttpOnly cookie the service set, which
 * no script here reads; the demo in the page keeps its token (src/api/session-token.ts). Every
 * request says the app sent it: the service refuses a change signed in by the cookie
 * without that header (another site's form cannot add one).
 */
const cookieSession = !mockingEnabled
const APP_HEADER = { 'X-Requested-By': 'criteria-review-dashboard' }
const credentials: RequestCredentials = cookieSession ? 'same-origin' : 'omit'

type Unauthorized = () => void
let onUnauthorized: Unauthorized = () => {}
export function setUnauthorizedHandler(fn: Unauthorized) {
  onUnauthorized = fn
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
  query?: Record<string, string | number | boolean | string[] | undefined>
  /**
   * Sends this token instead of the stored one (sign-out ends the session it read
   * before clearing it); a 401 on such a request is not the current session's.
   */
  token?: string
}

/** A request handed over while the page unloads: everything needed to send it later. */
export type UnloadRequest = {
  method: string
  url: string
  headers: Record<string, string>
  body: string
}
type UnloadTransport = (request: UnloadRequest) => void
let unloadTransport: UnloadTransport | null = null
/** The mock service runs in the page and dies with it; it takes unload requests itself. */
export function setUnloadTransport(fn: UnloadTransport | null) {
  unloadTransport = fn
}

/**
 * Sends a write while the page unloads (pagehide), synchronously and without waiting
 * for an answer: nothing awaited here would run. A real service gets a keepalive
 * fetch, which the browser finishes after the page is gone; the in-page mock service
 * cannot answer one, so it keeps the request and handles it on the next load.
 */
export function sendOnUnload(path: string, method: 'PUT' | 'POST', body: unknown): void {
  const token = readSessionToken()
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...APP_HEADER }
  if (token) headers.Authorization = `Bearer ${token}`
  const request = { method, url: buildUrl(path, undefined), headers, body: JSON.stringify(body) }
  if (unloadTransport) return unloadTransport(request)
  void fetch(request.url, { ...request, keepalive: true, credentials }).catch(() => {})
}

export type ApiResponse<T> = { data: T; headers: Headers; status: number }

function buildUrl(path: string, query: RequestOptions['query']) {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === '') continue
    if (Array.isArray(v)) v.forEach((item) => params.append(k, item))
    else params.append(k, String(v))
  }
  const qs = params.toString()
  return `${apiBaseUrl}${path}${qs ? `?${qs}` : ''}`
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text()
  if (text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('malformed', `Malformed JSON from ${res.url}`, res.status)
  }
}

/**
 * A response schema, or a loader of one: the first screen's requests pass a loader so
 * the schema module (and zod with it) is fetched beside the request, not before paint.
 */
export type SchemaSource<S extends z.ZodMiniType> = S | (() => Promise<S>)

export async function apiRequest<S extends z.ZodMiniType>(
  path: string,
  schema: SchemaSource<S>,
  options: RequestOptions = {},
): Promise<ApiResponse<z.infer<S>>> {
  const schemaReady = typeof schema === 'function' ? schema() : Promise.resolve(schema)
  // A loader that fails is reported with the request, not as an unhandled rejection.
  schemaReady.catch(() => {})
  if (!readySettled) {
    const waitedFor = ready
    await waitedFor
    if (ready === waitedFor) readySettled = true
  }
  const token = options.token ?? readSessionToken()
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...APP_HEADER,
    ...options.headers,
  }
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      // The demo's mock is authorized by the bearer token alone: no cookie goes to it. The
      // real service reads its session cookie.
      credentials,
    })
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    throw new ApiError('network', 'The criteria service could not be reached')
  }
  const json = await readJson(res)
  if (!res.ok) {
    // Only a failure needs the problem schema: it is loaded then, off the first screen.
    const { problem } = await import('./schemas/common.ts')
    const parsed = problem.safeParse(json)
    const err = parsed.success
      ? new ApiError('problem', parsed.data.title, res.status, parsed.data)
      : new ApiError('problem', `HTTP ${res.status}`, res.status, {
          type: 'about:blank',
          title: res.statusText || 'Request failed',
          status: res.status,
        })
    // Only the tab's current session ends on a 401: an answer to a request sent with a
    // session the tab has since left (signed out, or in as someone else) is not about it.
    const current = cookieSession
      ? path !== '/me'
      : !!token && !options.token && token === readSessionToken()
    if (res.status === 401 && current) onUnauthorized()
    throw err
  }
  const result = await (await schemaReady)['~standard'].validate(json)
  if (result.issues) {
    throw new ApiError(
      'invalid-response',
      `Response from ${path} does not match its schema`,
      res.status,
    )
  }
  return { data: result.value as z.infer<S>, headers: res.headers, status: res.status }
}

/**
 * A long-lived answer read as it arrives (GET /events): the body's stream, once the
 * service said yes. Through fetch, not EventSource: the demo's service answers the
 * page's fetch calls only (mocks/browser.ts), and fetch sends the session's token.
 */
export async function openStream(
  path: string,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  if (!readySettled) await ready
  const token = readSessionToken()
  const headers: Record<string, string> = { Accept: 'text/event-stream', ...APP_HEADER }
  if (token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(buildUrl(path, undefined), { headers, signal, credentials })
  } catch (cause) {
    if (signal.aborted) throw cause
    throw new ApiError('network', 'The criteria service could not be reached')
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel()
    const current = cookieSession || (!!token && token === readSessionToken())
    if (res.status === 401 && current) onUnauthorized()
    throw new ApiError('problem', `HTTP ${res.status}`, res.status)
  }
  return res.body
}
