import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { caseQueries } from '../../../api/queries/cases.ts'
import { codeQueries } from '../../../api/queries/policies.ts'
import type { StoredCase } from '../../../api/schemas/case.ts'
import { PageHeader } from '../../../components/page-header.tsx'
import { QueryView } from '../../../components/query-view.tsx'
import { hasFinalDecision } from '../../../domain/case-status.ts'
import { normalizeServiceCode } from '../../../domain/service-codes.ts'
import { NoticeLetter, type Audience } from './notice-letter.tsx'
import './notices.css'

const titles: Record<Audience, string> = {
  member: 'Member notice: denial of coverage',
  provider: 'Provider notice: denial of coverage',
}

/** The description a notice may print: HCPCS Level II only (CPT descriptions are AMA-licensed). */
export function useServiceDescription(code: string | undefined) {
  const q = useQuery({ ...codeQueries.search(code ?? ''), enabled: Boolean(code) })
  if (!code) return ''
  const found = q.data?.items.find(
    (i) => normalizeServiceCode(i.code) === normalizeServiceCode(code),
  )
  if (found?.description) return found.description
  if (found?.system === 'CPT')
    return 'description not shown (CPT descriptions are licensed by the AMA)'
  return q.isPending ? 'loading the description…' : 'no description on file'
}

const denialOf = (c: StoredCase) => [...c.decisions].reverse().find((d) => d.action === 'deny')

/** A denial notice on a page of its own, printable; a case with no denial has none. */
export function NoticePage({ caseId, audience }: { caseId: string; audience: Audience }) {
  const detail = useQuery(caseQueries.detail(caseId))
  const description = useServiceDescription(detail.data?.input.serviceCode)
  return (
    <QueryView query={detail} loading="Loading the notice…">
      {(data) => (
        <CaseNotice
          data={data}
          caseId={caseId}
          audience={audience}
          serviceDescription={description}
        />
      )}
    </QueryView>
  )
}

function CaseNotice({
  data,
  caseId,
  audience,
  serviceDescription,
}: {
  data: StoredCase
  caseId: string
  audience: Audience
  serviceDescription: string
}) {
  const caseHref = `/cases/${encodeURIComponent(caseId)}`
  // A notice once issued stays: an appealed case still shows the denial's notice.
  const denial = hasFinalDecision(data.status) ? denialOf(data) : undefined
  if (!denial || denial.action !== 'deny')
    return (
      <>
        <PageHeader title="This case has no denial notice" />
        <p>
          Notices are written only for a denied case. Case {data.reference} is not denied, so there
          is no {audience} notice to show or print.
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
          <Link to={`${caseHref}/notices/${other}`}>{titles[other].split(':')[0]}</Link>
          <Link to={`${caseHref}/print`}>Printable decision summary</Link>
        </p>
      </PageHeader>
      <NoticeLetter
        value={data}
        decision={denial}
        audience={audience}
        serviceDescription={serviceDescription}
      />
    </>
  )
}
