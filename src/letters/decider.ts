import { roleLabels } from '../api/labels.ts'
import type { Actor } from '../api/schemas/case.ts'

/** Who decided, as recorded at the moment: name, credentials, role and specialty. */
export function deciderLine(a: Actor): string {
  const name = a.credentials ? `${a.name}, ${a.credentials}` : a.name
  return `${name}, ${roleLabels[a.role]}${a.specialty ? ` (${a.specialty})` : ''}`
}
