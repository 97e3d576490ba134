import type { AuditAction, AuditEvent, Recorder } from '../../src/api/schemas/case.ts'
import type { ReadingInput } from '../../src/api/schemas/reading.ts'
import { newId, type MockDb } from '../store.ts'

/** Appends to a case's trail (a new array, so the browser store sees the change). */
export function appendAudit(
  db: MockDb,
  caseId: string,
  event: {
    at: string
    actor: Recorder
    action: AuditAction
    summary: string
    reason?: string | null
    reading?: ReadingInput
  },
): AuditEvent {
  const full: AuditEvent = { id: newId('ev'), caseId, ...event, reason: event.reason ?? null }
  db.audit[caseId] = [...(db.audit[caseId] ?? []), full]
  return full
}
