import * as z from 'zod/mini'
import { apiRequest } from '../client.ts'
import { decisionDraft, type DecisionDraft } from '../schemas/decision-draft.ts'

const path = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/decision-draft`

/**
 * The signed-in user's unsent decision for a case, or null when there is none. Most cases
 * have none, and the service says so with 204 (no content), not an error: a 404 here
 * means the case itself is not found, and is an error like any other.
 */
export async function readDecisionDraft(caseId: string): Promise<DecisionDraft | null> {
  // A 204 has no body, which reads as null.
  return (await apiRequest(path(caseId), z.nullable(decisionDraft))).data
}

export async function saveDecisionDraft(caseId: string, values: DecisionDraft['values']) {
  return (await apiRequest(path(caseId), decisionDraft, { method: 'PUT', body: { values } })).data
}

export async function deleteDecisionDraft(caseId: string) {
  await apiRequest(path(caseId), z.unknown(), { method: 'DELETE' }).catch(() => {
    // Already gone, or the service is away: a stale draft is only offered back, never sent.
  })
}
