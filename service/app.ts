import { Hono } from 'hono/tiny'
import { basePath, type Route } from './routes/base.ts'
import { problemResponse } from './http.ts'

/**
 * The criteria service as one fetch function (Request in, Response out): the same app
 * answers in Node (server/app.ts) and, wrapped by msw, in the page (mocks/handlers).
 * Hono's smallest preset: the page loads it with the mock, after the first paint.
 */
export function serviceApp(routes: readonly Route[]) {
  const app = new Hono().basePath(basePath || '/')
  // A broken escape such as '/cases/%E0%A4%A' would reach the handlers as a path they
  // cannot read: answered before any route.
  app.use('*', async (c, next) => {
    try {
      decodeURIComponent(new URL(c.req.url).pathname)
    } catch {
      return problemResponse(400, 'The address has a malformed percent-encoding.')
    }
    await next()
  })
  for (const r of routes) {
    const answer = (c: { req: { raw: Request; param: () => Record<string, string> } }) =>
      r.resolve({ request: c.req.raw, params: c.req.param() })
    if (r.method === 'all') app.all(r.path, answer)
    else app.on(r.method.toUpperCase(), r.path, answer)
  }
  // Anything else under the base is a 404 problem, as a real service answers.
  app.notFound(() => problemResponse(404, 'There is no such endpoint.'))
  return app
}
