import type { PasScope } from './client-auth.ts'
import type { SchemaName } from './schema-names.ts'

/**
 * What a route declares besides its handler: who may call it, the body it takes, what it
 * answers. The service enforces `access` and `body` (base.ts `route`); the OpenAPI
 * document is built from the same declarations (scripts/generate-openapi.ts), so a route
 * cannot exist undocumented or be documented as something it does not check.
 */
export type Access =
  | 'public'
  | 'signed-in'
  | 'medical-director'
  /** A person signed in, or a client system whose token carries this scope (client-auth.ts). */
  | { scope: PasScope }

/** Problem statuses a route may answer besides the ones its access implies (401, 403). */
export type ProblemStatus = 400 | 403 | 404 | 409 | 412 | 413 | 422 | 428 | 429

type Header = { description: string; schema: object }
/** An answer: a named schema (JSON), an OpenAPI response object as is, or no body. */
export type Answer =
  | { schema: SchemaName; description: string; headers?: Record<string, Header> }
  | { openApi: object }
  | { description: string }

export type Parameter = {
  name: string
  in: 'query' | 'header'
  description: string
  schema: object
  required?: boolean
  style?: 'form'
  explode?: boolean
}

export type RouteDoc = {
  summary: string
  description?: string
  tags?: string[]
  /** Path parameters by name (`:id` in the path). */
  pathParams?: Record<string, string>
  parameters?: Parameter[]
  responses: Record<number, Answer>
  problems?: ProblemStatus[]
  /** A request body the JSON Schema components do not describe (FHIR resources). */
  requestBody?: object
}

export type RouteSpec = {
  access: Access
  /** What a signed-in caller without the role is told (403). */
  forbidden?: string
  /** The largest body it reads (default: MAX_BODY_BYTES, service/http.ts). */
  maxBodyBytes?: number
  /** The JSON body this route takes: refused with 400 when the schema refuses it. */
  body?: SchemaName
  doc: RouteDoc
  /**
   * One route that answers several documented paths (`/fhir/Claim/:operation`): each
   * concrete path (OpenAPI form) with its own documentation.
   */
  paths?: Record<string, RouteDoc & { body?: SchemaName }>
}
