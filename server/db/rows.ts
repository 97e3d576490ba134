import type { AuditEvent, StoredCase } from '../../src/api/schemas/case.ts'
import type { IssuedLetter } from '../../src/api/schemas/letter.ts'
import type { MockDb, SessionRecord } from '../../service/store.ts'
import type { User } from '../../src/api/schemas/user.ts'
import { caseRow as caseListRow } from '../../service/cases/case-rows.ts'
import { decisionMs } from '../../service/engine/metrics-tally.ts'
import { PLAN_TIME_ZONE, zonedDate } from '../../src/domain/time-zone.ts'

/** The record tables of MockDb, each kept in its own SQL table. */
export const TABLES = [
  'sessions',
  'cases',
  'drafts',
  'decisionDrafts',
  'audit',
  'letters',
  'idempotency',
  'members',
  'providers',
] as const
export type TableName = (typeof TABLES)[number]
export const META_KEYS = ['referenceSequence', 'faults', 'latencyMs', 'syntheticPolicies'] as const

/** `${userId} ${rest}`: the mock's composite keys (a user id has no space). */
export function splitKey(key: string): [string, string] {
  const at = key.indexOf(' ')
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)]
}

const json = (v: unknown) => JSON.stringify(v)

/**
 * The columns the worklist filters and sorts on, as service/cases/case-rows.ts defines
 * them for every store: the due time it sorts by (an appeal in review: the appeal's) and
 * the first final decision the metrics count (with its time from receipt and plan-time
 * month, as service/engine/metrics-tally.ts counts them).
 */
export function listColumns(c: StoredCase) {
  const row = caseListRow(c)
  const d = row.decided
  return {
    due_at: row.dueAt,
    decided_year: d?.year ?? null,
    decided_action: d?.action ?? null,
    decided_on_time: d?.onTime ?? null,
    decided_ms: d ? decisionMs(row.receivedAt, d.decidedAt) : null,
    decided_month: d ? Number(zonedDate(new Date(d.decidedAt), PLAN_TIME_ZONE).slice(5, 7)) : null,
  }
}

export function caseRow(c: StoredCase) {
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    urgency: c.input.urgency,
    line_of_business: c.input.lineOfBusiness,
    received_at: c.input.requestReceivedAt,
    assigned_to: c.assignedTo?.id ?? null,
    member_id: c.input.memberId,
    version: c.version,
    ...listColumns(c),
    body: json(c),
  }
}

export function sessionRow(token: string, s: MockDb['sessions'][string]) {
  const expires = s.expiresAt ?? new Date(Date.parse(s.createdAt) + 12 * 3600_000).toISOString()
  return {
    token,
    user_id: s.userId,
    created_at: s.createdAt,
    expires_at: expires,
    last_seen_at: s.lastSeenAt ?? null,
  }
}

export const draftRow = (id: string, d: MockDb['drafts'][string]) => ({
  id,
  owner_id: d.ownerId,
  body: json(d),
})

export function decisionDraftRow(key: string, d: MockDb['decisionDrafts'][string]) {
  const [user_id, case_id] = splitKey(key)
  return { user_id, case_id, body: json(d) }
}

export function idempotencyRow(key: string, r: MockDb['idempotency'][string]) {
  const [user_id, k] = splitKey(key)
  return { user_id, key: k, body: json(r) }
}

export const auditRows = (caseId: string, events: AuditEvent[], from = 0) =>
  events.slice(from).map((e, i) => ({ case_id: caseId, seq: from + i, body: json(e) }))

export const letterRow = (l: IssuedLetter) => ({
  id: l.id,
  case_id: l.caseId,
  issued_at: l.issuedAt,
  body: json(l),
})

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : v)
export const sessionFromRow = (r: {
  user_id: string
  created_at: Date | string
  expires_at: Date | string
  last_seen_at?: Date | string | null
  user_body?: unknown
}): SessionRecord => ({
  userId: r.user_id,
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
  ...(r.last_seen_at ? { lastSeenAt: iso(r.last_seen_at) } : {}),
  ...(r.user_body ? { user: r.user_body as User } : {}),
})
