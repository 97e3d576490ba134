import { json } from '../http.ts'
import { icd10Source, knownIcd10Codes } from '../data/icd10-descriptions.ts'
import { requireUser, route } from './base.ts'

export const diagnosisCodeHandlers = [
  // The whole list: a handful of codes, cached by the client for the session.
  route('get', '/diagnosis-codes', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    return json({ items: knownIcd10Codes, source: icd10Source })
  }),
]
