import { Link } from 'react-router'
import type { Determination } from '../../../api/schemas/case.ts'
import { formatPlainDate } from '../../../domain/plain-date.ts'
import { formatInZone } from '../../../domain/time-zone.ts'

type DeterminationPolicy = NonNullable<Determination['policy']>

/**
 * Which version of the policy the determination used: its last review. (The hash of its
 * criteria stays in the record and the audit trail; it means nothing to a reader.)
 */
export function PolicyVersion({
  policy,
  madeAt,
  timeZone,
}: {
  policy: DeterminationPolicy
  madeAt: string
  timeZone: string
}) {
  return (
    <dl className="facts facts--compact">
      <dt>Policy</dt>
      <dd>
        <Link to={`/policies/${encodeURIComponent(policy.id)}`}>{policy.title}</Link>
      </dd>
      <dt>Policy version</dt>
      <dd>
        Last reviewed{' '}
        <time dateTime={policy.lastReviewed}>{formatPlainDate(policy.lastReviewed)}</time>
      </dd>
      <dt>Determination made</dt>
      <dd>
        <time dateTime={madeAt}>{formatInZone(new Date(madeAt), timeZone)}</time>
      </dd>
    </dl>
  )
}
