import { Link } from 'react-router'
import { lineOfBusinessLabels } from '../../api/labels.ts'
import type { StoredCase } from '../../api/schemas/case.ts'
import { RichText } from '../../components/rich-text.tsx'
import { StatusBadge } from '../../components/status-badge.tsx'
import { maskMemberId } from '../../domain/member-id.ts'
import { AppealSummary } from './appeal-summary.tsx'
import { DecisionWords, Row } from './decision-words.tsx'
import { isFinal } from '../../domain/decision-rules.ts'
import { formatPlainDate } from '../../domain/plain-date.ts'
import { DecisionTiming } from './decision-timing.tsx'
import './review.css'
import './decision-summary.css'

const outcomes = { approve: 'Approved', deny: 'Denied', pend: 'Pended for information' }

/**
 * The decision on paper: outcome, the member's reason, the criteria in the policy's
 * own words, the policy and the version applied, the rationale, who decided and when.
 * The member id stays masked even here: paper travels further than a screen.
 */
export function DecisionSummary({ value: c }: { value: StoredCase }) {
  const decision = c.decisions.at(-1)
  const d = c.determination
  const zone = c.turnaround.timeZone
  return (
    <article className="decision-summary" aria-labelledby="page-heading">
      <dl className="summary-list">
        <Row term="Status">
          <StatusBadge status={c.status} />
        </Row>
        <Row term="Case reference">{c.reference}</Row>
        <Row term="Member ID">{maskMemberId(c.input.memberId)}</Row>
        <Row term="Service code">{c.input.serviceCode}</Row>
        <Row term="Line of business">{lineOfBusinessLabels[c.input.lineOfBusiness]}</Row>
      </dl>
      <h2>Decision</h2>
      {!decision ? (
        <p>No decision has been recorded yet.</p>
      ) : (
        <dl className="summary-list">
          <Row term="Outcome">
            {outcomes[decision.action]}
            {isFinal(c.status) ? '' : ' (not final)'}
          </Row>
          <DecisionWords decision={decision} />
          <DecisionTiming
            decision={decision}
            dueAt={c.turnaround.dueAt}
            timeZone={zone}
            askLimit={c.turnaround.askForInformationBy?.limit}
          />
        </dl>
      )}
      {decision?.action === 'deny' && (
        <p className="no-print button-row">
          <Link to={`/cases/${encodeURIComponent(c.id)}/notices/member`}>Member notice</Link>
          <Link to={`/cases/${encodeURIComponent(c.id)}/notices/provider`}>Provider notice</Link>
        </p>
      )}
      {c.appeal && (
        <>
          <h2>Appeal</h2>
          <AppealSummary caseId={c.id} status={c.status} appeal={c.appeal} live={false} />
        </>
      )}
      <h2>Policy applied</h2>
      {d.policy ? (
        <dl className="summary-list">
          <Row term="Policy">{d.policy.title}</Row>
          <Row term="Version">
            Last reviewed{' '}
            <time dateTime={d.policy.lastReviewed}>{formatPlainDate(d.policy.lastReviewed)}</time>
          </Row>
          {d.criteriaSet && <Row term="Criteria set">{d.criteriaSet.heading}</Row>}
        </dl>
      ) : (
        <p>{d.summary}</p>
      )}
      {d.statement && (
        <>
          <h3>Criteria quoted</h3>
          <blockquote className="decision-summary__quote">
            <p>
              <RichText value={d.statement} policyId={d.policy?.id} />
            </p>
          </blockquote>
        </>
      )}
      {d.source && (
        <p>
          Source: {d.source.label}
          {d.source.number ? ` (${d.source.number})` : ''}
        </p>
      )}
    </article>
  )
}
