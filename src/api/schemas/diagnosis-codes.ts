import * as z from 'zod/mini'
import { isoDate } from './common.ts'

/** A diagnosis code the service knows: its ICD-10-CM description, never a guessed one. */
export const knownDiagnosisCode = z.object({
  code: z.string(),
  description: z.string(),
  /** The day the code stopped being valid, or null while it is valid. */
  retiredOn: z.nullable(isoDate),
  /** In the low back pain value set the app uses to relate cases to the MTAC evidence. */
  inValueSet: z.boolean(),
})
export type KnownDiagnosisCode = z.infer<typeof knownDiagnosisCode>

export const knownDiagnosisCodes = z.object({
  items: z.array(knownDiagnosisCode),
  /** Where the descriptions come from. */
  source: z.string(),
})
export type KnownDiagnosisCodes = z.infer<typeof knownDiagnosisCodes>
