/**
 * Service code formats. The form, the service and the code look-up all read codes
 * through here, so "m0076 " typed by a reviewer and "M0076" in a policy are one code.
 */
export type ServiceCodeSystem = 'HCPCS' | 'CPT'

/** HCPCS Level II: a letter and four digits, e.g. M0076. */
const HCPCS_LEVEL_II = /^[A-Z]\d{4}$/
/** CPT: Category I is five digits; Category II, III and PLA codes end in F, T and U. */
const CPT = /^\d{4}[\dFTU]$/

export function normalizeServiceCode(raw: string): string {
  return raw.trim().toUpperCase()
}

/** Which coding system a code belongs to (after normalizing), or null if it is neither. */
export function serviceCodeSystem(code: string): ServiceCodeSystem | null {
  const normalized = normalizeServiceCode(code)
  if (HCPCS_LEVEL_II.test(normalized)) return 'HCPCS'
  if (CPT.test(normalized)) return 'CPT'
  return null
}

export function isServiceCode(code: string): boolean {
  return serviceCodeSystem(code) !== null
}
