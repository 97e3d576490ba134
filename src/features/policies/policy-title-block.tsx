import { Link } from 'react-router'
import type { PolicyResponse } from '../../api/schemas/policy.ts'
import { PageTitle } from '../../components/page-title.tsx'
import { usDate } from './format-date.ts'
import { ReviewOverdueFlag } from './review-overdue-flag.tsx'

/** The source's title block (organization, document type, title), then the app's status line. */
export function PolicyTitleBlock({ policy }: { policy: PolicyResponse }) {
  return (
    <header className="page-header policy-title-block">
      <PageTitle title={policy.title} />
      <p className="policy-title-block__org">{policy.organization}</p>
      <p className="policy-title-block__type">{policy.documentType}</p>
      <h1 tabIndex={-1} id="page-heading">
        {policy.title}
      </h1>
      {policy.synthetic && (
        <p className="notice notice--warning">
          Synthetic policy, generated for tests and benchmarks. It is not a real criteria document.
        </p>
      )}
      <p className="policy-status">
        {policy.reviewOverdue ? (
          <ReviewOverdueFlag lastReviewed={policy.lastReviewed} long />
        ) : (
          <>
            Last reviewed <time dateTime={policy.lastReviewed}>{usDate(policy.lastReviewed)}</time>.
          </>
        )}
      </p>
      <p className="policy-actions no-print">
        <Link to={`/policies/${encodeURIComponent(policy.id)}/evidence`}>
          Open the evidence tables
        </Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this policy
        </button>
      </p>
    </header>
  )
}
