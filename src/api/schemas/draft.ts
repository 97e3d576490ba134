import * as z from 'zod/mini'
import { isoInstant } from './common.ts'
import { caseFields } from './case-fields.ts'

export const draftId = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/))
export const draftInput = z.object({ fields: caseFields })
export const draft = z.object({ id: z.string(), updatedAt: isoInstant, fields: caseFields })
export type Draft = z.infer<typeof draft>
export const draftSummary = z.object({
  id: z.string(),
  updatedAt: isoInstant,
  memberIdMasked: z.string(),
  serviceCode: z.string(),
})
export type DraftSummary = z.infer<typeof draftSummary>
export const draftList = z.object({ items: z.array(draftSummary) })
