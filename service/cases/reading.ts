import type { Actor, AuditEvent, StoredCase } from '../../src/api/schemas/case.ts'
import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import type { ReadingEntry, ReadingInput } from '../../src/api/schemas/reading.ts'
import type { MockDb } from '../store.ts'
import { appendAudit } from './audit.ts'

/** The policy panel's parts a case page links to (its section anchors). */
export const policySectionIds = [
  'notice',
  'criteria',
  'background',
  'mtac',
  'timeline',
  'codes',
  'dates',
  'revision-history',
] as const

const kindWords = { 'policy-section': 'policy section', 'evidence-row': 'evidence row' } as const

/** Why an opening is refused (a 400 field error), or null: it names a real part of the case's policy. */
export function refuseReading(
  input: ReadingInput,
  c: StoredCase,
  library: readonly PolicyDetail[],
) {
  const policy = library.find((p) => p.id === c.determination.policy?.id)
  if (!policy) return 'This case has no policy on file to read.'
  const known =
    input.kind === 'policy-section'
      ? (policySectionIds as readonly string[]).includes(input.id)
      : policy.studies.some((s) => s.id === input.id)
  return known ? null : `There is no such ${kindWords[input.kind]} in ${policy.title}.`
}

/**
 * Appends an 'evidence-opened' event, once per person and thing opened: opening the same
 * study twice says no more than once, and the trail stays readable.
 */
export function recordReading(
  db: MockDb,
  caseId: string,
  actor: Actor,
  input: ReadingInput,
  now: Date,
): { event: AuditEvent; created: boolean } {
  const earlier = (db.audit[caseId] ?? []).find(
    (e) =>
      e.action === 'evidence-opened' &&
      e.actor.id === actor.id &&
      e.reading?.kind === input.kind &&
      e.reading.id === input.id,
  )
  if (earlier) return { event: earlier, created: false }
  const summary = `Opened ${kindWords[input.kind]} “${input.label}” from the case page`
  const event = appendAudit(db, caseId, {
    at: now.toISOString(),
    actor,
    action: 'evidence-opened',
    summary,
    reading: input,
  })
  return { event, created: true }
}

/** What the decider opened before the decision time, oldest first, from the case's events. */
export function openedBefore(
  events: readonly AuditEvent[],
  deciderId: string,
  decidedAt: string,
): ReadingEntry[] {
  return events
    .filter((e) => e.action === 'evidence-opened' && e.actor.id === deciderId && e.at <= decidedAt)
    .flatMap((e) => (e.reading ? [{ ...e.reading, at: e.at }] : []))
    .sort((a, b) => a.at.localeCompare(b.at))
}
