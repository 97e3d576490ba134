import * as z from 'zod/mini'
import {
  namedSchemas as serviceSchemas,
  type SchemaName,
} from '../../service/routes/schema-names.ts'
import { faultRules } from '../../mocks/fault-rules.ts'

export type { SchemaName }
/** The service's named shapes, and the mock switch's own (documented for browser tests). */
const namedSchemas = { ...serviceSchemas, MockFaultRules: faultRules }

/** components.schemas: JSON Schema 2020-12 (OpenAPI 3.1's dialect) from the zod schemas. */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(namedSchemas)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  })
  // Each component is embedded in the document, so its own $schema and $id are noise.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]),
  )
}

export const ref = (name: SchemaName | 'MockFaultRules') => ({
  $ref: `#/components/schemas/${name}`,
})

export const problemStatuses = {
  400: 'Invalid input; `errors` maps each field to the messages the form shows',
  401: 'No valid bearer token',
  403: 'The role does not allow this action',
  404: 'No such resource (or not yours)',
  409: 'The case is not in a state that allows this (already decided; not denied, for an appeal)',
  412: 'If-Match does not match the current ETag: the case changed',
  413: 'The request body is larger than this endpoint reads',
  422: 'The Idempotency-Key was used with a different body',
  428: 'If-Match is required',
  429: 'Too many kept at once (drafts per person); the detail says how many',
  500: 'The service failed',
} as const
export type ProblemStatus = keyof typeof problemStatuses

export function problemResponses() {
  return Object.fromEntries(
    Object.entries(problemStatuses).map(([status, description]) => [
      `Problem${status}`,
      { description, content: { 'application/problem+json': { schema: ref('Problem') } } },
    ]),
  )
}
