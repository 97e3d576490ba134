import * as z from 'zod/mini'

// Policy text is quoted verbatim; emphasis and links of the source are typed
// here rather than kept as markup inside strings.
export const linkTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('evidence-row'), studyId: z.string() }),
  z.object({ kind: z.literal('code-check') }),
  z.object({ kind: z.literal('ncd'), number: z.string(), title: z.string() }),
])

export const span = z.object({
  text: z.string(),
  bold: z.optional(z.literal(true)),
  italic: z.optional(z.literal(true)),
  link: z.optional(linkTarget),
})

export const inline = z.union([z.string(), span])
export const paragraph = z.array(inline)

export type LinkTarget = z.infer<typeof linkTarget>
export type Span = z.infer<typeof span>
export type Inline = z.infer<typeof inline>
export type Paragraph = z.infer<typeof paragraph>

// The rule lives in src/domain (which imports no schema values); re-exported for callers here.
export { plainText } from '../../domain/plain-text.ts'
