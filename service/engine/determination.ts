import type { CaseInput } from '../../src/api/schemas/case-fields.ts'
import type { Determination } from '../../src/api/schemas/case.ts'
import type { CriteriaSet, Outcome, PolicyDetail } from '../../src/api/schemas/policy.ts'
import type { Paragraph, Span } from '../../src/api/schemas/rich-text.ts'
import { normalizeIcd10 } from '../../src/domain/icd10.ts'
import { normalizeServiceCode } from '../../src/domain/service-codes.ts'
import { lowBackPainValueSet } from './low-back-pain-value-set.ts'

/**
 * The criteria engine. It knows no policy by name: everything it says comes from the
 * library's data (which policy lists the code, which criteria set applies, which row
 * decides), so adding a policy is adding a data file. What it quotes is deep-copied,
 * so a later change to the library never rewrites a past determination.
 */

/** App text, never policy words: what happens next for each proposed outcome. */
const summaries: Record<Outcome, string> = {
  'not-covered-medicare':
    'Not covered under the Medicare criteria: the case goes to a medical director for review.',
  // A blanket statement weighs no member fact: never "criteria not met" (docs/product-rules.md, Determination).
  'not-medically-necessary':
    'Insufficient evidence under the non-Medicare criteria: the case goes to a medical director for review.',
  'no-criteria':
    'No criteria on file for this service code: the case goes to individual medical director review.',
  'criteria-met': 'Criteria met: a utilization reviewer may approve the case.',
}

const FNV_OFFSET = 0xcbf29ce484222325n
const FNV_PRIME = 0x100000001b3n
const MASK_64 = (1n << 64n) - 1n

/** FNV-1a, 64-bit, over UTF-8: synchronous, so the engine runs the same in tests and pages. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64
  }
  return hash.toString(16).padStart(16, '0')
}

/** JSON with sorted keys: reordering a data file's keys must not look like a policy change. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).filter((k) => record[k] !== undefined)
  return `{${keys
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
    .join(',')}}`
}

export function criteriaHash(sets: readonly CriteriaSet[]): string {
  return fnv1a64(canonicalJson(sets))
}

const isSpan = (i: Paragraph[number]): i is Span => typeof i !== 'string'

function lastReviewed(policy: PolicyDetail): string {
  const dates = policy.dates.reviewed.map((r) => r.date)
  return dates.reduce((latest, d) => (d > latest ? d : latest), policy.dates.lastRevisedDate)
}

/** The code note (codes may not be all-inclusive) and the member-contracts sentence, quoted. */
function policyNotes(policy: PolicyDetail): Paragraph[] {
  const notes: Paragraph[] = policy.codeNotes.slice(0, 1)
  const contracts = policy.notice
    .flat()
    .find((i) => isSpan(i) && i.text.startsWith('Member contracts differ'))
  if (contracts) notes.push([contracts])
  return structuredClone(notes)
}

function evidenceFor(diagnosisCodes: readonly string[]): Determination['evidence'] {
  const { name, codes, note } = lowBackPainValueSet
  const normalized = diagnosisCodes.map((c) => normalizeIcd10(c) ?? c)
  const matchingCodes = [...new Set(normalized)].filter((c) => codes.includes(c))
  return {
    addressesDiagnoses: matchingCodes.length > 0,
    matchingCodes,
    valueSet: { name, codes: [...codes], note },
  }
}

export interface DetermineArgs {
  input: CaseInput
  library: readonly PolicyDetail[]
  now: Date
  id: string
}

export function determine({ input, library, now, id }: DetermineArgs): Determination {
  const code = normalizeServiceCode(input.serviceCode)
  const base = { id, madeAt: now.toISOString(), evidence: evidenceFor(input.diagnosisCodes) }
  const policy = library.find((p) =>
    p.codeGroups.some((g) => g.codes.some((c) => normalizeServiceCode(c.code) === code)),
  )
  if (!policy) {
    const outcome = 'no-criteria'
    const empty = { policy: null, criteriaSet: null, statement: null, source: null, notes: [] }
    return { ...base, outcome, ...empty, summary: summaries[outcome] }
  }
  const setId = input.lineOfBusiness === 'medicare-advantage' ? 'medicare' : 'non-medicare'
  const set = policy.criteriaSets.find((s) => s.id === setId)
  if (!set) throw new Error(`Policy ${policy.id} has no ${setId} criteria set`)
  const { heading, columns, rows, outcome } = structuredClone(set)
  const statement = structuredClone(rows.find((r) => r.decides)?.policy ?? null)
  const ncd = statement?.filter(isSpan).find((s) => s.link?.kind === 'ncd')?.link
  const source =
    statement === null
      ? null
      : ncd?.kind === 'ncd'
        ? { kind: 'ncd' as const, label: ncd.title, number: ncd.number }
        : { kind: 'policy' as const, label: `${policy.title}: ${heading}`, number: null }
  return {
    ...base,
    outcome,
    policy: {
      id: policy.id,
      title: policy.title,
      lastReviewed: lastReviewed(policy),
      criteriaHash: criteriaHash(policy.criteriaSets),
    },
    criteriaSet: { id: setId, heading, columns, rows },
    statement,
    source,
    summary:
      outcome === 'not-covered-medicare' && source?.kind === 'ncd' && source.number
        ? `Not covered under NCD ${source.number}: the case goes to a medical director for review.`
        : summaries[outcome],
    notes: policyNotes(policy),
  }
}
