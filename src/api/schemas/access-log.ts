import * as z from 'zod/mini'
import { role } from './user.ts'

/**
 * What the access log records: a read of a case's record, its audit trail, its PAS
 * answer, its member's other cases, its issued letters (notices), or this log (HIPAA 45 CFR 164.312(b), audit controls),
 * and a case page still open some minutes after it opened (`still-on-case`).
 * A member's enrollment looked up at case entry is logged under `member:<member ID>`.
 */
export const accessAction = z.enum([
  'opened-case',
  /** The case page still open and shown (at most once every few minutes: presence). */
  'still-on-case',
  'read-audit-trail',
  'read-pas-answer',
  'read-related-cases',
  'pas-inquiry',
  'read-access-log',
  'read-letters',
  'looked-up-member',
])
export type AccessAction = z.infer<typeof accessAction>

export const accessEvent = z.object({
  at: z.string(),
  caseId: z.string(),
  /** Who read: a person signed in (their role) or a client system (no role). */
  actor: z.object({ id: z.string(), name: z.string(), role: z.nullable(role) }),
  action: accessAction,
  /** Where from: the network address the service saw ("this browser" in the demo). */
  address: z.string(),
})
export type AccessEvent = z.infer<typeof accessEvent>

export const accessLog = z.object({ items: z.array(accessEvent) })
