/**
 * A case reference as people type it, made exact: `UM-2026-000042`, `um-2026-42` and
 * `2026-000042` all name `UM-2026-000042`. The dash between year and number is required:
 * a member id is letters and digits only, so nothing typed as a member id can become a
 * search (which lives in the URL, where member data never goes).
 */
export function normalizeCaseReference(text: string): string | null {
  const match = /^(?:UM-)?(\d{4})-(\d{1,6})$/.exec(text.trim().toUpperCase())
  if (!match) return null
  const [, year, number] = match as unknown as [string, string, string]
  return `UM-${year}-${number.padStart(6, '0')}`
}

export const isCaseReference = (text: string) => /^UM-\d{4}-\d{6}$/.test(text)
