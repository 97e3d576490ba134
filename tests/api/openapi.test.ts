import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildOpenApi, openApiPath, openApiText } from '../../scripts/generate-openapi.ts'
import { serviceRoutes } from '../../service/routes.ts'

describe('the OpenAPI document', () => {
  it('is up to date with the schemas (run `npm run openapi` if this fails)', () => {
    expect(readFileSync(openApiPath, 'utf8')).toBe(openApiText())
  })

  it('lists every endpoint with its methods, and only resolvable $refs', () => {
    const doc = buildOpenApi()
    const methods = Object.fromEntries(
      Object.entries(doc.paths).map(([p, ops]) => [
        p,
        Object.keys(ops)
          .filter((k) => k !== 'parameters')
          .sort(),
      ]),
    )
    expect(methods).toMatchObject({
      '/demo-users': ['get'],
      '/sessions': ['delete', 'post'],
      '/sessions/current': ['delete'],
      '/me': ['get'],
      '/policies': ['get'],
      '/policies/{id}': ['get'],
      '/policies/{id}/evidence': ['get'],
      '/codes': ['get'],
      '/drafts': ['get'],
      '/drafts/{id}': ['delete', 'get', 'put'],
      '/cases': ['get', 'post'],
      '/cases/{id}': ['get'],
      '/cases/{id}/decision': ['post'],
      '/cases/{id}/audit': ['get'],
      '/cases/{id}/related': ['get'],
      '/cases/{id}/decision-draft': ['delete', 'get', 'put'],
      '/diagnosis-codes': ['get'],
    })
    const text = JSON.stringify(doc)
    for (const [, target] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const resolved = target!
        .split('/')
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], doc)
      expect(resolved, target).toBeDefined()
    }
    const paths = doc.paths as Record<string, Record<string, Op>>
    const decision = paths['/cases/{id}/decision']!.post!.responses
    expect(Object.keys(decision).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '412',
      '428',
      '500',
    ])
  })

  it('is built from the routes: every declared route, each with an answer and its access', () => {
    const doc = buildOpenApi() as unknown as { paths: Record<string, Record<string, Op>> }
    for (const r of serviceRoutes) {
      const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method]
      expect(op, `${r.method} ${r.path}`).toBeDefined()
      const statuses = Object.keys(op!.responses)
      expect(
        statuses.some((s) => /^[24]\d\d$/.test(s) && s !== '401'),
        r.path,
      ).toBe(true)
      // What the service enforces is what the document says: 401 for a signed-in route,
      // 403 for a director's, no security for a public one.
      expect(statuses.includes('401'), `${r.path} 401`).toBe(r.access !== 'public')
      expect(statuses.includes('403') || r.access !== 'medical-director', `${r.path} 403`).toBe(
        true,
      )
      expect(op!.security?.length === 0, `${r.path} security`).toBe(r.access === 'public')
      if (r.body) expect(JSON.stringify(op!.requestBody)).toContain(`schemas/${r.body}"`)
    }
  })
})

type Op = { responses: Record<string, unknown>; security?: unknown[]; requestBody?: unknown }
