import { apiRequest } from '../client.ts'
import { auditEvent } from '../schemas/case.ts'
import type { ReadingInput } from '../schemas/reading.ts'

/** Tells the service a medical director opened this part of the case's policy (idempotent). */
export async function recordReading(caseId: string, input: ReadingInput) {
  const res = await apiRequest(`/cases/${encodeURIComponent(caseId)}/reading`, auditEvent, {
    method: 'POST',
    body: input,
  })
  return res.data
}
