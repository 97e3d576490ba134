import * as z from 'zod/mini'

export const codeLookupItem = z.object({
  code: z.string(),
  system: z.enum(['HCPCS', 'CPT']),
  /** HCPCS Level II descriptions may be shown; CPT descriptions are AMA-licensed, so always null. */
  description: z.nullable(z.string()),
  policyIds: z.array(z.string()),
})
export type CodeLookupItem = z.infer<typeof codeLookupItem>
export const codeLookup = z.object({ items: z.array(codeLookupItem) })
