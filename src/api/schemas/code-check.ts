import * as z from 'zod/mini'

/** What the service's code check says of one code (service/code-sets/check.ts). */
export const codeCheckStatus = z.enum(['valid', 'header', 'not-in-set', 'no-set', 'not-a-code'])
export const codeCheck = z.object({
  /** As sent. */
  input: z.string(),
  /** Normalized (ICD-10-CM with its dot), or null when it is not a code of the system. */
  code: z.nullable(z.string()),
  status: codeCheckStatus,
  description: z.nullable(z.string()),
})
export type CodeCheck = z.infer<typeof codeCheck>

export const codeCheckAnswer = z.object({
  system: z.enum(['ICD-10-CM', 'HCPCS']),
  /** ICD-10-CM fiscal year or HCPCS calendar year of the date of service. */
  version: z.string(),
  /** The loaded set of that version, or null when none is loaded. */
  set: z.nullable(z.object({ source: z.string(), sample: z.boolean() })),
  items: z.array(codeCheck),
})
export type CodeCheckAnswer = z.infer<typeof codeCheckAnswer>

/** POST /code-checks: up to 25 codes of one system, checked for a date of service. */
export const codeCheckRequest = z.object({
  system: z.enum(['ICD-10-CM', 'HCPCS']),
  codes: z.array(z.string().check(z.maxLength(20))).check(z.minLength(1), z.maxLength(25)),
  dateOfService: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
})
export type CodeCheckRequest = z.infer<typeof codeCheckRequest>
