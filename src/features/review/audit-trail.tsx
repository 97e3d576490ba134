import { roleLabels } from '../../api/labels.ts'
import { useQuery } from '@tanstack/react-query'
import { caseQueries } from '../../api/queries/cases.ts'
import type { AuditAction, AuditEvent } from '../../api/schemas/case.ts'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { formatInZone } from '../../domain/time-zone.ts'
import './review.css'

const actionLabels: Record<AuditAction, string> = {
  'case-created': 'Case created',
  'determination-proposed': 'Determination proposed',
  'request-backdated': 'Request time back-dated',
  'decision-approved': 'Approved',
  'decision-denied': 'Denied',
  'decision-pended': 'Pended for information',
  'case-taken-over': 'Taken over by another medical director',
  'evidence-opened': 'Evidence opened',
  'appeal-received': 'Appeal received',
  'appeal-backdated': 'Appeal time back-dated',
  'appeal-filed-late': 'Appeal filed after the time limit',
  'appeal-approved': 'Approved on appeal',
  'appeal-upheld': 'Denial upheld on appeal',
  'appeal-forwarded-to-independent-review': 'Forwarded to independent review',
  'request-item-cancelled': 'Withdrawn by the provider (PAS update)',
  'request-item-changed': 'Changed by the provider (PAS update)',
  'request-update-received': 'Update received from the provider, nothing changed (PAS update)',
  'enrollment-corrected': 'Entered other than enrollment',
}

/**
 * Every event on the case, newest first. It shares the `cases` key prefix, so a
 * decision's invalidation of every case read refreshes it too.
 */
export function AuditTrail({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const audit = useQuery(caseQueries.audit(caseId))
  // Another case's events (another member's reasons) must never show on this case: a
  // service that mixes them up is broken, so the panel stops here and its boundary says so.
  if (audit.data?.items.some((e) => e.caseId !== caseId))
    throw new Error('The audit trail holds events of another case')
  return (
    <section className="audit-trail" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail</h2>
      {audit.isPending && <Loading label="Loading the audit trail…" />}
      {audit.isError && <ErrorMessage error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && audit.data.items.length === 0 && <p>No events recorded yet.</p>}
      {audit.data && audit.data.items.length > 0 && (
        <ol aria-label="Events, newest first">
          {newestFirst(audit.data.items).map((e) => (
            <AuditEntry key={e.id} event={e} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </section>
  )
}

function AuditEntry({ event, timeZone }: { event: AuditEvent; timeZone: string }) {
  const { actor } = event
  return (
    <li>
      <strong>{actionLabels[event.action]}</strong>: {event.summary}
      {event.reason && (
        <span className="audit-trail__reason">
          {' '}
          Reason: <span dir="auto">{event.reason}</span>
        </span>
      )}
      <span className="audit-trail__meta">
        {actor.name}, {roleLabels[actor.role]}
        {actor.specialty ? ` (${actor.specialty})` : ''} ·{' '}
        <time dateTime={event.at}>{formatInZone(new Date(event.at), timeZone)}</time>
      </span>
    </li>
  )
}

/** The service sends newest first; sorting again (stably) keeps that true whatever it sends. */
function newestFirst(items: AuditEvent[]): AuditEvent[] {
  return items
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => b.t - a.t || a.i - b.i)
    .map(({ e }) => e)
}
