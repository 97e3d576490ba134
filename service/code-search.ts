import type { CodeLookupItem } from '../src/api/schemas/codes.ts'
import type { PolicyDetail } from '../src/api/schemas/policy.ts'
import { normalizeServiceCode } from '../src/domain/service-codes.ts'

const MAX_RESULTS = 20

type Entry = CodeLookupItem & { name: string }

/** Every code of the library once, with the policies that list it. */
function catalogue(library: readonly PolicyDetail[]): Entry[] {
  const byCode = new Map<string, Entry>()
  for (const policy of library)
    for (const group of policy.codeGroups)
      for (const c of group.codes) {
        const code = normalizeServiceCode(c.code)
        const entry = byCode.get(code)
        if (entry) {
          if (!entry.policyIds.includes(policy.id)) entry.policyIds.push(policy.id)
          continue
        }
        // CPT descriptions are AMA-licensed: never shown, so never searched either.
        const shown = c.system === 'HCPCS'
        byCode.set(code, {
          code,
          system: c.system,
          description: shown ? c.description : null,
          policyIds: [policy.id],
          name: shown ? c.description.toLowerCase() : '',
        })
      }
  return [...byCode.values()]
}

/** 0 exact code, 1 code prefix, 2 name prefix, 3 name contains; null for no match. */
function rank(entry: Entry, q: string): number | null {
  const code = entry.code.toLowerCase()
  if (q === '') return 1
  if (code === q) return 0
  if (code.startsWith(q)) return 1
  if (entry.name && entry.name.startsWith(q)) return 2
  if (entry.name && entry.name.includes(q)) return 3
  return null
}

export function searchCodes(library: readonly PolicyDetail[], query: string): CodeLookupItem[] {
  const q = query.trim().toLowerCase()
  return catalogue(library)
    .map((entry) => ({ entry, rank: rank(entry, q) }))
    .filter((m): m is { entry: Entry; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.entry.code.localeCompare(b.entry.code))
    .slice(0, MAX_RESULTS)
    .map(({ entry: { name: _name, ...item } }) => item)
}
