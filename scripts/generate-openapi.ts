import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { componentSchemas, problemResponses } from './openapi/components.ts'
import { mockControlPaths } from './openapi/mock-control-paths.ts'
import { routePaths } from './openapi/route-paths.ts'
import { serviceRoutes } from '../service/routes.ts'

export const openApiPath = resolve(fileURLToPath(import.meta.url), '../../public/openapi.json')

/**
 * The criteria API's OpenAPI 3.1 document, built from the routes' own declarations
 * (service/routes/*: access, body schema, answers) and the zod schemas the app and the
 * service use, so it cannot drift from them (tests/api/openapi.test.ts fails when the
 * committed public/openapi.json is stale: run `npm run openapi`).
 */
export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Criteria API',
      version: '0.1.0',
      description:
        'Clinical criteria determinations, cases, decisions and the policy library. Errors are RFC 9457 problem details (application/problem+json). Paths are relative to the configured base URL (default /api).',
    },
    servers: [{ url: '/api' }],
    security: [{ bearerAuth: [] }],
    paths: { ...routePaths(serviceRoutes), ...mockControlPaths },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer' },
        // SMART Backend Services: a signed JWT (private_key_jwt) for a short-lived token.
        clientCredentials: {
          type: 'oauth2',
          description:
            'A client system: client_credentials with private_key_jwt (SMART Backend Services); docs/pas.md',
          flows: {
            clientCredentials: {
              tokenUrl: '/api/oauth/token',
              scopes: {
                'system/Claim.c': 'Submit PAS requests ($submit)',
                'system/ClaimResponse.r': 'Inquire about PAS requests sent earlier ($inquire)',
              },
            },
          },
        },
      },
      schemas: componentSchemas(),
      responses: problemResponses(),
    },
  }
}

export const openApiText = () => `${JSON.stringify(buildOpenApi(), null, 2)}\n`

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(openApiPath, openApiText())
  console.warn(`Wrote ${openApiPath}`)
}
