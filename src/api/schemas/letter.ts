import * as z from 'zod/mini'
import { paragraph } from './rich-text.ts'

/**
 * A letter as issued: what it says, as data (never HTML), so the page and the printout
 * draw the same record whatever the templates say later. The service composes it from
 * src/letters when the decision is recorded and keeps it unchanged.
 */
export const letterSource = z.object({ cite: z.string(), url: z.nullable(z.string()) })

/** One row of the facts that open a letter; `at` is the instant a date row stands for. */
export const letterFact = z.object({
  term: z.string(),
  lines: z.array(z.string()),
  at: z.optional(z.string()),
  /** Shown in place of what the service does not hold (a name from enrollment). */
  notHeld: z.optional(z.literal(true)),
})

export const letterBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facts'), rows: z.array(letterFact) }),
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('paragraph'),
    text: z.string(),
    /** Words a person wrote (the reason, the rationale): they may run right to left. */
    written: z.optional(z.literal(true)),
    notHeld: z.optional(z.literal(true)),
  }),
  z.object({
    kind: z.literal('criterion'),
    title: z.string(),
    quoted: paragraph,
    source: z.string(),
  }),
  z.object({ kind: z.literal('sources'), items: z.array(letterSource) }),
  z.object({
    kind: z.literal('section'),
    id: z.string(),
    heading: z.string(),
    paragraphs: z.array(z.string()),
    sources: z.array(letterSource),
  }),
])

/** A block of address lines: the plan's return address, or the recipient's. */
export const letterAddress = z.object({
  lines: z.array(z.string()),
  /** True while the lines say what is missing (enrollment or the plan holds it, not this service). */
  notHeld: z.boolean(),
})

export const letterContent = z.object({
  title: z.string(),
  returnAddress: letterAddress,
  recipient: letterAddress,
  blocks: z.array(letterBlock),
})

export const letterKind = z.enum(['denial', 'appeal-decision'])
export const letterRecipient = z.enum(['member', 'requesting-provider'])

export const issuedLetter = z.object({
  id: z.string(),
  caseId: z.string(),
  /** The decision (or appeal decision) whose notices these are. */
  decisionId: z.string(),
  kind: letterKind,
  recipient: letterRecipient,
  /** Which template wrote it, and that template's version at the time. */
  templateId: z.string(),
  templateVersion: z.number(),
  issuedAt: z.string(),
  content: letterContent,
  /** SHA-256 (hex) of the content as canonical JSON (sorted keys). */
  contentHash: z.string(),
})

export const issuedLetters = z.object({ items: z.array(issuedLetter) })

export type LetterSource = z.infer<typeof letterSource>
export type LetterFact = z.infer<typeof letterFact>
export type LetterBlock = z.infer<typeof letterBlock>
export type LetterAddress = z.infer<typeof letterAddress>
export type LetterContent = z.infer<typeof letterContent>
export type LetterKind = z.infer<typeof letterKind>
export type LetterRecipient = z.infer<typeof letterRecipient>
export type IssuedLetter = z.infer<typeof issuedLetter>
