import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { caseQueries } from '../../../api/queries/cases.ts'
import { PageHeader } from '../../../components/page-header.tsx'
import { ErrorMessage, Loading } from '../../../components/query-state.tsx'
import { AppealNoticeLetter } from './appeal-notice-letter.tsx'
import type { Audience } from './notice-letter.tsx'
import { useServiceDescription } from './notice-page.tsx'
import './notices.css'

const titles: Record<Audience, string> = {
  member: 'Member notice: appeal decision',
  provider: 'Provider notice: appeal decision',
}

/** The notice of an appeal decision, printable; a case whose appeal is not decided has none. */
export function AppealNoticePage({ caseId, audience }: { caseId: string; audience: Audience }) {
  const detail = useQuery(caseQueries.detail(caseId))
  const description = useServiceDescription(detail.data?.input.serviceCode)
  const caseHref = `/cases/${encodeURIComponent(caseId)}`
  if (detail.isPending) return <Loading label="Loading the notice…" />
  if (detail.isError)
    return <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} />
  const appeal = detail.data.appeal
  const decision = appeal?.decision
  if (!appeal || !decision)
    return (
      <>
        <PageHeader title="This case has no appeal decision notice" />
        <p>
          Appeal notices are written once an appeal is decided. Case {detail.data.reference} has no
          decided appeal, so there is no {audience} notice to show or print.
        </p>
        <p>
          <Link to={caseHref}>Back to the case</Link>
        </p>
      </>
    )
  const other: Audience = audience === 'member' ? 'provider' : 'member'
  return (
    <>
      <PageHeader title={titles[audience]}>
        <p className="button-row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          <Link to={caseHref}>Back to the case</Link>
          <Link to={`${caseHref}/notices/appeal/${other}`}>{titles[other].split(':')[0]}</Link>
          <Link to={`${caseHref}/print`}>Printable decision summary</Link>
        </p>
      </PageHeader>
      <AppealNoticeLetter
        value={detail.data}
        appeal={appeal}
        decision={decision}
        audience={audience}
        serviceDescription={description}
      />
    </>
  )
}
