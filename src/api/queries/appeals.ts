import { apiRequest } from '../client.ts'
import { storedCase, type AppealDecisionInput, type AppealInput } from '../schemas/case.ts'

/** Logs the appeal of a denied case; the answer is the case as it now stands. */
export async function recordAppeal(caseId: string, input: AppealInput) {
  const res = await apiRequest(`/cases/${encodeURIComponent(caseId)}/appeal`, storedCase, {
    method: 'POST',
    body: input,
  })
  return res.data
}

/** If-Match carries the version the director read, as for a first decision. */
export async function decideAppeal(caseId: string, input: AppealDecisionInput, etag: string) {
  const res = await apiRequest(`/cases/${encodeURIComponent(caseId)}/appeal/decision`, storedCase, {
    method: 'POST',
    body: input,
    headers: { 'If-Match': etag },
  })
  return res.data
}
