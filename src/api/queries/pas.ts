import { apiRequest } from '../client.ts'
import { fhirBundle, pasParseResult, type PasParseResult } from '../schemas/pas.ts'

/** What a dropped or pasted PAS Bundle fills in the case form; the service maps it. */
export async function parsePasBundle(text: string): Promise<PasParseResult> {
  const res = await apiRequest('/fhir/Claim/$parse', pasParseResult, {
    method: 'POST',
    body: { bundle: text },
  })
  return res.data
}

/** The current PAS response Bundle of a case that came in through `$submit`. */
export async function fetchPasResponse(caseId: string) {
  const path = `/cases/${encodeURIComponent(caseId)}/pas-response`
  return (await apiRequest(path, fhirBundle)).data
}
