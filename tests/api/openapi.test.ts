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
    const decision = doc.paths['/cases/{id}/decision'].post.responses
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

  it('documents every route the service declares, from its own list (service/routes.ts)', () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, unknown>> }
    // One route answers the PAS operations by name; the document lists each operation.
    const paths = (path: string) =>
      path === '/fhir/Claim/:operation'
        ? ['/fhir/Claim/$submit', '/fhir/Claim/$inquire', '/fhir/Claim/$parse']
        : [path.replace(/:(\w+)/g, '{$1}')]
    const missing = serviceRoutes.flatMap((r) =>
      paths(r.path)
        .filter((p) => !doc.paths[p]?.[r.method])
        .map((p) => `${r.method} ${p}`),
    )
    expect(missing).toEqual([])
  })
})
