import * as z from 'zod/mini'
import { isApiError } from '../api-error.ts'
import { apiRequest } from '../client.ts'
import { decisionDraft, type DecisionDraft } from '../schemas/decision-draft.ts'

const path = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/decision-draft`

/**
 * The signed-in user's unsent decision for a case, or null when there is none: the
 * service says so with 204 (no content) or, as it did first, 404.
 */
export async function readDecisionDraft(caseId: string): Promise<DecisionDraft | null> {
  try {
    // A 204 has no body, which reads as null.
    return (await apiRequest(path(caseId), z.nullable(decisionDraft))).data
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null
    throw error
  }
}

export async function saveDecisionDraft(caseId: string, values: DecisionDraft['values']) {
  return (await apiRequest(path(caseId), decisionDraft, { method: 'PUT', body: { values } })).data
}

export async function deleteDecisionDraft(caseId: string) {
  await apiRequest(path(caseId), z.unknown(), { method: 'DELETE' }).catch(() => {
    // Already gone, or the service is away: a stale draft is only offered back, never sent.
  })
}
