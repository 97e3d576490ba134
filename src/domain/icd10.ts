/**
 * ICD-10-CM diagnosis code format. Reviewers type codes as they appear on a referral,
 * with or without the dot and in any case; we store one canonical form so codes compare
 * equal, e.g. against the low back pain value set.
 */

/** A letter, a digit, a letter or digit, then optionally a dot and 1 to 4 letters or digits. */
export const ICD10_CM = /^[A-Z]\d[A-Z0-9](?:\.[A-Z0-9]{1,4})?$/

const WITH_DOT = /^([A-Z]\d[A-Z0-9])\.([A-Z0-9]{1,4})$/
const WITHOUT_DOT = /^([A-Z]\d[A-Z0-9])([A-Z0-9]{0,4})$/

/**
 * Upper case with the dot after the third character: `m5450` → `M54.50`,
 * `m54.5` → `M54.5`, `M54` → `M54`. Null when the input is not an ICD-10-CM code.
 */
export function normalizeIcd10(raw: string): string | null {
  const code = raw.trim().toUpperCase()
  const m = WITH_DOT.exec(code) ?? WITHOUT_DOT.exec(code)
  if (!m) return null
  const [, category, rest] = m
  return rest ? `${category}.${rest}` : (category ?? null)
}

export function isIcd10(raw: string): boolean {
  return normalizeIcd10(raw) !== null
}
