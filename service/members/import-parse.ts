import * as z from 'zod/mini'
import {
  memberRecord,
  providerRecord,
  type MemberRecord,
  type ProviderRecord,
} from '../../src/api/schemas/member.ts'
import { normalizeMemberId } from '../../src/domain/member-id.ts'
import { parseCsv } from './csv.ts'

/**
 * What an import file holds, row by row: the records taken, and each row refused with
 * where it is (a CSV line, a Bundle entry) and why. Nothing is written here
 * (scripts/import-members.ts writes); a file that cannot be read at all is `error`.
 */
export type Taken<T> = { at: string; key: string; record: T }
export type Refused = { at: string; reason: string }
export type ParsedImport = {
  members: Taken<MemberRecord>[]
  providers: Taken<ProviderRecord>[]
  refused: Refused[]
  error: string | null
}

export const MEMBER_COLUMNS = [
  ...['member_id', 'name', 'address_line1', 'address_line2', 'city', 'state', 'postal_code'],
  ...['date_of_birth', 'line_of_business', 'plan', 'group_funding', 'group_number'],
  ...['effective_from', 'effective_to', 'language', 'format', 'synthetic'],
] as const
export const PROVIDER_COLUMNS = [
  ...['npi', 'name', 'address_line1', 'address_line2', 'city', 'state', 'postal_code'],
  ...['phone', 'fax', 'specialty', 'synthetic'],
] as const
/** Columns a file may leave out (an empty cell means the same). */
const OPTIONAL = new Set([
  ...['address_line2', 'group_funding', 'group_number', 'effective_to', 'fax', 'synthetic'],
  ...['language', 'format'],
])

const empty = (): ParsedImport => ({ members: [], providers: [], refused: [], error: null })

/** The first thing wrong with a record, as a person reads it: the field, then the rule. */
function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The row is not valid'
  const path = issue.path.join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

function check<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  const r = schema.safeParse(value)
  return r.success ? { ok: true, value: r.data } : { ok: false, reason: firstIssue(r.error) }
}

const opt = (v: string | undefined) => (v?.trim() ? v.trim() : undefined)
const address = (c: Record<string, string>) => ({
  lines: [
    c.address_line1?.trim() ?? '',
    ...(opt(c.address_line2) ? [c.address_line2!.trim()] : []),
  ],
  city: c.city?.trim() ?? '',
  state: c.state?.trim() ?? '',
  postalCode: c.postal_code?.trim() ?? '',
})
const synthetic = (v: string | undefined) => /^(true|yes|1)$/i.test(v?.trim() ?? '')

function memberFromCells(c: Record<string, string>) {
  return {
    memberId: normalizeMemberId(c.member_id ?? ''),
    name: c.name?.trim() ?? '',
    address: address(c),
    dateOfBirth: c.date_of_birth?.trim() ?? '',
    coverage: {
      lineOfBusiness: c.line_of_business?.trim(),
      plan: c.plan?.trim(),
      ...(opt(c.group_funding) ? { groupFunding: opt(c.group_funding) } : {}),
      ...(opt(c.group_number) ? { groupNumber: opt(c.group_number) } : {}),
      effectiveFrom: c.effective_from?.trim() ?? '',
      ...(opt(c.effective_to) ? { effectiveTo: opt(c.effective_to) } : {}),
    },
    language: opt(c.language) ?? 'en',
    format: opt(c.format) ?? 'standard',
    synthetic: synthetic(c.synthetic),
  }
}

function providerFromCells(c: Record<string, string>) {
  return {
    npi: c.npi?.trim() ?? '',
    name: c.name?.trim() ?? '',
    address: address(c),
    phone: c.phone?.trim() ?? '',
    ...(opt(c.fax) ? { fax: opt(c.fax) } : {}),
    specialty: c.specialty?.trim() ?? '',
    synthetic: synthetic(c.synthetic),
  }
}

/** A group plan's record must say its funding: it decides which rules and letters apply. */
const groupNeedsFunding = (m: MemberRecord) =>
  m.coverage.lineOfBusiness === 'commercial-group' && !m.coverage.groupFunding
    ? 'coverage.groupFunding: a group plan must say fully-insured or self-funded'
    : m.coverage.effectiveTo && m.coverage.effectiveTo < m.coverage.effectiveFrom
      ? 'coverage.effectiveTo: the coverage ends before it starts'
      : null

/** A CSV of members or providers (header row first; docs/service.md lists the columns). */
export function parseCsvImport(text: string, kind: 'members' | 'providers'): ParsedImport {
  const out = empty()
  const { records, error } = parseCsv(text)
  if (error) return { ...out, error }
  const [header, ...rows] = records
  if (!header) return { ...out, error: 'The file is empty: it needs a header row' }
  const names = header.fields.map((f) => f.trim().toLowerCase())
  const columns: readonly string[] = kind === 'members' ? MEMBER_COLUMNS : PROVIDER_COLUMNS
  const missing = columns.filter((c) => !OPTIONAL.has(c) && !names.includes(c))
  if (missing.length)
    return { ...out, error: `The header row lacks the column(s): ${missing.join(', ')}` }
  const firstSeen = new Map<string, number>()
  for (const row of rows) {
    const at = `line ${row.line}`
    if (row.fields.length !== names.length) {
      out.refused.push({
        at,
        reason: `${row.fields.length} cells where the header has ${names.length}`,
      })
      continue
    }
    const cells = Object.fromEntries(names.map((n, i) => [n, row.fields[i] ?? '']))
    const parsed =
      kind === 'members'
        ? check(memberRecord, memberFromCells(cells))
        : check(providerRecord, providerFromCells(cells))
    if (!parsed.ok) {
      out.refused.push({ at, reason: parsed.reason })
      continue
    }
    const rule = kind === 'members' ? groupNeedsFunding(parsed.value as MemberRecord) : null
    if (rule) {
      out.refused.push({ at, reason: rule })
      continue
    }
    const key =
      kind === 'members'
        ? (parsed.value as MemberRecord).memberId
        : (parsed.value as ProviderRecord).npi
    const before = firstSeen.get(key)
    if (before !== undefined) {
      out.refused.push({ at, reason: `${key} is already on line ${before} of this file` })
      continue
    }
    firstSeen.set(key, row.line)
    if (kind === 'members') out.members.push({ at, key, record: parsed.value as MemberRecord })
    else out.providers.push({ at, key, record: parsed.value as ProviderRecord })
  }
  return out
}
