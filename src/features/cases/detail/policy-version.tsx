import { Link } from 'react-router'
import type { Determination } from '../../../api/schemas/case.ts'
import { formatInZone } from '../../../domain/time-zone.ts'

type DeterminationPolicy = NonNullable<Determination['policy']>

const dateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

/**
 * Which version of the policy the determination used: its last review and a hash of its
 * criteria, so a reader can tell whether the policy has changed since.
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
        <time dateTime={policy.lastReviewed}>
          {dateFormat.format(new Date(`${policy.lastReviewed}T00:00:00Z`))}
        </time>
        ; criteria hash <code>{policy.criteriaHash}</code>
      </dd>
      <dt>Determination made</dt>
      <dd>
        <time dateTime={madeAt}>{formatInZone(new Date(madeAt), timeZone)}</time>
      </dd>
    </dl>
  )
}
