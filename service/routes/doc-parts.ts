import type { Parameter } from './declare.ts'

/** Pieces several route declarations share (OpenAPI parameter and header objects). */
export const caseId = { id: 'Case id' }

export const query = (
  name: string,
  description: string,
  schema: object,
  explode = false,
): Parameter => ({
  name,
  in: 'query',
  description,
  schema,
  ...(explode ? { style: 'form', explode: true } : {}),
})

export const searchText = query('q', 'Case-insensitive search text', { type: 'string' })

/** A write to a case names the version it read: a changed case answers 412. */
export const ifMatch: Parameter = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The ETag of the case as read',
  schema: { type: 'string' },
}

export const etag = {
  ETag: { description: 'The case version, e.g. "v3"', schema: { type: 'string' } },
}
export const location = {
  Location: { description: 'The URL of the new case', schema: { type: 'string' } },
}
export const noContent = { description: 'Done; no body' }
