import * as z from 'zod/mini'
import { role } from './user.ts'

/**
 * What GET /events sends when cases change: a marker and nothing else (no member data);
 * the app asks again for what it shows.
 */
export const casesChanged = z.object({ version: z.string() })
export type CasesChanged = z.infer<typeof casesChanged>

/** The other people who opened a case lately (GET /cases/{id}/viewers): names and roles only. */
export const caseViewers = z.object({
  items: z.array(z.object({ name: z.string(), role })),
})
export type CaseViewers = z.infer<typeof caseViewers>
