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
    let path: string
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname)
    } catch {
      return problemResponse(400, 'The address has a malformed percent-encoding.')
    }
    // '%00' decodes to a NUL, which no id holds and no database compares: refused here
    // rather than by the database (a 500) at each lookup.
    if (path.includes('\0')) return problemResponse(400, 'The address holds a NUL character.')
    await next()
  })
  for (const r of routes) {
    const answer = (c: { req: { raw: Request; param: () => Record<string, string> } }) =>
      r.resolve({ request: c.req.raw, params: c.req.param() })
    if (r.method === 'all') app.all(r.path, answer)
    else app.on(r.method.toUpperCase(), r.path, answer)
  }
  // A known address asked with a method it does not take is a 405 naming those it does;
  // anything else under the base is a 404 problem, as a real service answers.
  const allowed = methodsByPath(routes)
  app.notFound(async (c) => {
    const methods = await allowed.fetch(new Request(c.req.raw.url))
    if (methods.status !== 200) return problemResponse(404, 'There is no such endpoint.')
    const allow = await methods.text()
    return problemResponse(405, `This address takes ${allow} only.`, {}, { Allow: allow })
  })
  return app
}

/** An app that answers, at each declared path, the methods declared there (else 404). */
function methodsByPath(routes: readonly Route[]) {
  const byPath = new Map<string, Set<string>>()
  for (const r of routes) {
    const methods = byPath.get(r.path) ?? new Set<string>()
    if (r.method === 'all') methods.add('*')
    else methods.add(r.method.toUpperCase())
    if (r.method === 'get') methods.add('HEAD')
    byPath.set(r.path, methods)
  }
  const app = new Hono().basePath(basePath || '/')
  for (const [path, methods] of byPath)
    if (!methods.has('*')) app.all(path, () => new Response([...methods].sort().join(', ')))
  return app
}
