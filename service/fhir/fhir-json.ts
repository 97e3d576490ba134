import { hasVisibleText } from '../../src/domain/visible-text.ts'

/**
 * Reading FHIR JSON that arrived from outside: any value may be any type, so every
 * read checks it. A wrong type reads as absent; the mapper reports what it needed.
 */

export type Json = Record<string, unknown>

export const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
/** A string with something in it to read (the shared blank rule): else absent. */
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && hasVisibleText(v) ? v : undefined
// Stryker disable next-line ArrayDeclaration: every caller keeps only the objects of the array
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const records = (v: unknown): Json[] => arr(v).filter(isRecord)

export type Coding = { system?: string; code?: string; display?: string }

/** The codings of a CodeableConcept, each with its FHIRPath. */
export function codingsOf(concept: unknown, path: string): { coding: Coding; path: string }[] {
  if (!isRecord(concept)) return []
  return arr(concept.coding).flatMap((c, i) =>
    isRecord(c)
      ? [
          {
            coding: { system: str(c.system), code: str(c.code), display: str(c.display) },
            path: `${path}.coding[${i}]`,
          },
        ]
      : [],
  )
}

/** The codings of a CodeableConcept, for a reader that names no element. */
export const codingList = (concept: unknown): Coding[] =>
  // Stryker disable next-line StringLiteral: the paths are dropped here, never read
  codingsOf(concept, '').map((c) => c.coding)

/** A resource in the Bundle, with the FHIRPath of its entry. */
export type Entry = { resource: Json; path: string; fullUrl?: string }

/** Resolves a Reference against the Bundle: by fullUrl, or by `Type/id`. */
export function resolve(entries: Entry[], ref: unknown): Entry | undefined {
  const target = isRecord(ref) ? str(ref.reference) : undefined
  if (!target) return undefined
  return entries.find((e) => {
    if (e.fullUrl === target) return true
    const typed = `${String(e.resource.resourceType)}/${String(e.resource.id)}`
    return typed === target || (e.fullUrl?.endsWith(`/${target}`) ?? false)
  })
}
