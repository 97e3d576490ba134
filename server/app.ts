import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { onHandlerFailure } from '../service/routes/base.ts'
import { problemResponse } from '../service/http.ts'
import { securityHeaders } from '../scripts/security-headers.ts'
import { service } from '../service/routes.ts'
import { watchRequest } from './db/health.ts'
import { CLIENT_ADDRESS_HEADER } from '../service/routes/note-access.ts'
import { clientAddress } from './client-address.ts'
import {
  describeError,
  logEvent,
  logRequest,
  requestIdFrom,
  withRequestId,
  type LogSink,
} from './log.ts'
import { signInRoutes } from './auth/rp.ts'
import { clientCredentialRoutes, type ClientCredentialOptions } from './auth/client-credentials.ts'

/** Beyond any honest body: the handlers answer 413 from 1 MB; this stops a flood earlier. */
const MAX_REQUEST_BYTES = 2_000_000

/** The criteria API under /api and the built app (mocking off) at every other path. */
type AppOptions = {
  appDir: string | null
  log?: LogSink | null
  /** Host names the service answers (lower case); null answers any (the contract tests). */
  allowedHosts?: ReadonlySet<string> | null
  /** OpenID Connect sign-in (server/auth/rp.ts); without it, none (tests of the app alone). */
  signIn?: Parameters<typeof signInRoutes>[1]
  /** Client systems' tokens (server/auth/client-credentials.ts); without it, none. */
  clientCredentials?: ClientCredentialOptions
  /** Only a proxy reaches the service: the access log takes the address it saw (TRUST_PROXY). */
  trustProxy?: boolean
}

export function createApp(options: AppOptions) {
  const { appDir, log = null, allowedHosts = null, signIn, clientCredentials } = options
  const trustProxy = options.trustProxy ?? false
  const app = new Hono()
  const headers = securityHeaders({ apiBase: '/api' })
  onHandlerFailure((error) =>
    logEvent(log, { level: 'error', msg: 'handler failed', ...describeError(error) }),
  )
  app.use('*', async (c, next) => {
    const started = performance.now()
    const id = requestIdFrom(c.req.header('X-Request-Id'))
    // The path as the client sent it, before anything under next() can rewrite the URL.
    const route = c.req.path
    await withRequestId(id, next)
    for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v)
    c.res.headers.set('X-Request-Id', id)
    // API answers are about people: no cache, shared or private, keeps one.
    if (route.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store')
    logRequest(log, { id, method: c.req.method, route, status: c.res.status, started })
  })

  // A page on another site that rebinds its DNS name to this machine would reach a
  // loopback service with its own name in Host: answered with nothing but a refusal.
  if (allowedHosts)
    app.use('*', async (c, next) =>
      allowedHosts.has(hostName(c.req.header('Host') ?? ''))
        ? next()
        : c.text('This service does not answer for that host name.', 421),
    )

  if (signIn) signInRoutes(app, signIn, log)
  if (clientCredentials) clientCredentialRoutes(app, clientCredentials)

  const tooLarge = () => problemResponse(413, `Send a request body of at most 1000000 bytes.`)
  const streamedLimit = bodyLimit({ maxSize: MAX_REQUEST_BYTES, onError: tooLarge })
  app.all(
    '/api/*',
    // Hono's bodyLimit first asks the request for its body stream, which makes
    // @hono/node-server build a whole web Request (and a stream) for every request, a GET
    // too. A GET or HEAD has no body to limit, and a declared Content-Length is checked as
    // bodyLimit checks it; only a body sent without one (chunked) is counted as it comes.
    async (c, next) => {
      const method = c.req.method
      if (method === 'GET' || method === 'HEAD') return next()
      const length = c.req.header('Content-Length')
      if (length !== undefined && c.req.header('Transfer-Encoding') === undefined)
        return Number.parseInt(length || '0', 10) > MAX_REQUEST_BYTES ? tooLarge() : next()
      return streamedLimit(c, next)
    },
    async (c) => {
      // Where the request came from, for the access log (client-address.ts).
      const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } }).incoming
      const from = clientAddress(
        incoming?.socket?.remoteAddress,
        c.req.header('X-Forwarded-For'),
        trustProxy,
      )
      c.req.raw.headers.set(CLIENT_ADDRESS_HEADER, from)
      const { response, failed, conflict } = await watchRequest(async () =>
        service.fetch(c.req.raw),
      )
      // A handler turns any throw into a 500; a database that is down is a 503 instead, and
      // a case that another process changed under the version check is a 412.
      if (failed) return unavailable()
      if (conflict)
        return problemResponse(412, 'The case changed while this request ran. Reload it.')
      return response
    },
  )

  if (!appDir) return app
  // serveStatic reads a root relative to the working directory.
  const root = relative(process.cwd(), appDir) || '.'
  // The build's own records (.vite/manifest.json) and any dotfile are not the app's to serve.
  app.use('*', async (c, next) =>
    c.req.path.split('/').some((part) => part.startsWith('.')) ? c.text('Not found', 404) : next(),
  )
  app.use('*', serveStatic({ root }))
  // The app's own routes (/cases/…, /metrics) are the single page's: answer index.html. A
  // path naming a file (an extension in its last part) that is not there is a 404: a
  // missing script answered with HTML would fail in the browser as a syntax error.
  app.get('*', async (c) =>
    /\.[a-z0-9]+$/i.test(c.req.path)
      ? c.text('Not found', 404)
      : c.html(await readFile(join(appDir, 'index.html'), 'utf8')),
  )
  return app
}

function unavailable() {
  return problemResponse(
    503,
    'The service cannot reach its database. Try again shortly.',
    { type: 'https://criteria-review.example/problems/unavailable', title: 'Service unavailable' },
    { 'Retry-After': '5' },
  )
}

/** The name in a Host header, without its port, lower case ('[::1]:8080' is '[::1]'). */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase()
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1)
  return h.split(':')[0] ?? ''
}
