import type { StoredCase } from '../../src/api/schemas/case.ts'
import { apiBase } from './base.ts'

export const etagOf = (c: StoredCase) => `"v${c.version}"`

export const caseHeaders = (c: StoredCase) => ({
  ETag: etagOf(c),
  Location: `${apiBase}/cases/${c.id}`,
})

/** If-Match may list several tags (weak or strong) or be '*'; any current one matches. */
export function ifMatchMatches(header: string, c: StoredCase): boolean {
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''))
  return tags.includes('*') || tags.includes(etagOf(c))
}
