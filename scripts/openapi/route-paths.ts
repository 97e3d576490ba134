import type { Route } from '../../service/routes/base.ts'
import type { Answer, RouteDoc } from '../../service/routes/declare.ts'
import { ref } from './components.ts'

const problem = (status: number) => ({ $ref: `#/components/responses/Problem${status}` })

function answer(a: Answer) {
  if ('openApi' in a) return a.openApi
  if (!('schema' in a)) return { description: a.description }
  return {
    description: a.description,
    ...(a.headers ? { headers: a.headers } : {}),
    content: { 'application/json': { schema: ref(a.schema) } },
  }
}

/** One OpenAPI operation from a route's declaration: what it takes, answers and needs. */
function operation(r: Route, doc: RouteDoc) {
  const pathParams = Object.entries(doc.pathParams ?? {}).map(([name, description]) => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string' },
  }))
  const parameters = [...pathParams, ...(doc.parameters ?? [])]
  const implied = [
    ...(r.access === 'public' ? [] : [401]),
    ...(r.access === 'medical-director' || typeof r.access === 'object' ? [403] : []),
  ]
  const problems = [...new Set([...(doc.problems ?? []), ...implied])].sort()
  // A client system's token must carry the route's scope; a person signed in needs none.
  const scoped = typeof r.access === 'object' ? r.access.scope : null
  return {
    ...(doc.tags ? { tags: doc.tags } : {}),
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(r.body
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: ref(r.body) } } },
        }
      : doc.requestBody
        ? { requestBody: doc.requestBody }
        : {}),
    ...(r.access === 'public' ? { security: [] } : {}),
    ...(scoped ? { security: [{ bearerAuth: [] }, { clientCredentials: [scoped] }] } : {}),
    responses: {
      ...Object.fromEntries(Object.entries(doc.responses).map(([s, a]) => [s, answer(a)])),
      ...Object.fromEntries(problems.map((s) => [String(s), problem(s)])),
      '500': problem(500),
    },
  }
}

/** OpenAPI's `paths` from the service's own route list: a route is documented by declaring it. */
export function routePaths(routes: readonly Route[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}')
    ;(paths[path] ??= {})[r.method] = operation(r, r.doc)
  }
  return paths
}
