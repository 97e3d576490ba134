import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getResponse } from 'msw'
import { problemResponse } from '../mocks/http.ts'
import { securityHeaders } from '../scripts/security-headers.ts'
import { serviceHandlers } from './api-handlers.ts'
import { watchRequest } from './db/health.ts'

/** Beyond any honest body: the handlers answer 413 from 1 MB; this stops a flood earlier. */
const MAX_REQUEST_BYTES = 2_000_000

/** The criteria API under /api and the built app (mocking off) at every other path. */
export function createApp({ appDir }: { appDir: string | null }) {
  const app = new Hono()
  const headers = securityHeaders({ apiBase: '/api' })
  app.use('*', async (c, next) => {
    await next()
    for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v)
  })

  app.all(
    '/api/*',
    bodyLimit({
      maxSize: MAX_REQUEST_BYTES,
      onError: () => problemResponse(413, `Send a request body of at most 1000000 bytes.`),
    }),
    async (c) => {
      const { response, failed, conflict } = await watchRequest(() =>
        getResponse(serviceHandlers, c.req.raw),
      )
      // A handler turns any throw into a 500; a database that is down is a 503 instead, and
      // a case that another process changed under the version check is a 412.
      if (failed) return unavailable()
      if (conflict)
        return problemResponse(412, 'The case changed while this request ran. Reload it.')
      return response ?? problemResponse(404, 'There is no such endpoint.')
    },
  )

  if (!appDir) return app
  // serveStatic reads a root relative to the working directory.
  const root = relative(process.cwd(), appDir) || '.'
  app.use('*', serveStatic({ root }))
  // The app's own routes (/cases/…, /metrics) are the single page's: answer index.html.
  app.get('*', async (c) => c.html(await readFile(join(appDir, 'index.html'), 'utf8')))
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
