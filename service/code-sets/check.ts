import type { CodeCheck, CodeCheckAnswer } from '../../src/api/schemas/code-check.ts'
import { normalizeIcd10 } from '../../src/domain/icd10.ts'
import { normalizeServiceCode } from '../../src/domain/service-codes.ts'
import { storedCodeSets, type CodeSetStore } from '../store.ts'
import {
  SAMPLE_HCPCS_YEAR,
  SAMPLE_ICD10CM_FY,
  sampleHcpcs,
  sampleIcd10cmOrder,
  sampleSource,
} from '../data/code-set-sample.ts'
import { parseHcpcs, parseIcd10cmOrder, versionFor, type CodeSystem } from './parse.ts'

/** The shipped sample as a store: what the page and the tests' memory store answer from. */
function sampleStore(): CodeSetStore {
  const sets: Record<string, { version: string; rows: ReturnType<typeof parseHcpcs>['rows'] }> = {
    'ICD-10-CM': { version: SAMPLE_ICD10CM_FY, rows: parseIcd10cmOrder(sampleIcd10cmOrder).rows },
    HCPCS: { version: SAMPLE_HCPCS_YEAR, rows: parseHcpcs(sampleHcpcs).rows },
  }
  return {
    versions: async (system) => {
      const set = sets[system]
      return set ? [{ system, version: set.version, source: sampleSource, sample: true }] : []
    },
    lookup: async (system, version, codes) => {
      const set = sets[system]
      return set && set.version === version ? set.rows.filter((r) => codes.includes(r.code)) : []
    },
  }
}

const normalize = (system: CodeSystem, raw: string) =>
  system === 'ICD-10-CM'
    ? normalizeIcd10(raw)
    : /^[A-Z]\d{4}$/.test(normalizeServiceCode(raw))
      ? normalizeServiceCode(raw)
      : null

/**
 * Each code checked against the code set in force on the date of service: valid (with its
 * description), a header (ICD-10-CM category, not valid on a claim), not in the set (so
 * invalid or retired for that version), or unknown because no set of that version is
 * loaded. A store that has loaded no set of the system answers from the shipped sample,
 * and says so.
 */
export async function checkCodes(
  system: CodeSystem,
  codes: readonly string[],
  dateOfService: string,
): Promise<CodeCheckAnswer> {
  const stored = storedCodeSets()
  const loaded = stored ? await stored.versions(system) : []
  const sets = loaded.length ? stored! : sampleStore()
  const versions = loaded.length ? loaded : await sets.versions(system)
  const version = versionFor(system, dateOfService)
  const set = versions.find((v) => v.version === version) ?? null
  const wanted = [...new Set(codes.map((c) => normalize(system, c)).filter((c) => c !== null))]
  const rows = set ? await sets.lookup(system, version, wanted) : []
  const items = codes.map((raw): CodeCheck => {
    const code = normalize(system, raw)
    const base = { input: raw, code, description: null }
    if (!code) return { ...base, status: 'not-a-code' }
    if (!set) return { ...base, status: 'no-set' }
    const row = rows.find((r) => r.code === code)
    if (!row) return { ...base, status: 'not-in-set' }
    return {
      ...base,
      status: row.billable ? 'valid' : 'header',
      description: row.longDescription,
    }
  })
  return {
    system,
    version,
    set: set && { source: set.source, sample: set.sample },
    items,
  }
}
