import { json } from '../http.ts'
import { icd10Source, knownIcd10Codes } from '../data/icd10-descriptions.ts'
import { route } from './base.ts'

export const diagnosisCodeHandlers = [
  // The whole list: a handful of codes, cached by the client for the session.
  route(
    'get',
    '/diagnosis-codes',
    {
      access: 'signed-in',
      doc: {
        summary: 'The ICD-10-CM codes the service knows, with descriptions and retirement dates',
        responses: { 200: { schema: 'KnownDiagnosisCodes', description: 'Known codes' } },
      },
    },
    () => {
      return json({ items: knownIcd10Codes, source: icd10Source })
    },
  ),
]
