import * as z from 'zod/mini'
import { isoInstant } from './common.ts'

/**
 * What a medical director opened from the case page before deciding: a section of the
 * policy panel or a study's row in the evidence viewer. The id is the policy's own
 * (a section anchor, a study id); the label is how the screen named it.
 */
export const readingKind = z.enum(['policy-section', 'evidence-row'])
export type ReadingKind = z.infer<typeof readingKind>

export const readingInput = z.object({
  kind: readingKind,
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
})
export type ReadingInput = z.infer<typeof readingInput>

/** One opening as the decision record keeps it. */
export const readingEntry = z.extend(readingInput, { at: isoInstant })
export type ReadingEntry = z.infer<typeof readingEntry>
