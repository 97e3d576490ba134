import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { caseQueries } from '../../../api/queries/cases.ts'
import { codeQueries } from '../../../api/queries/policies.ts'
import type { StoredCase } from '../../../api/schemas/case.ts'
import { PageHeader } from '../../../components/page-header.tsx'
import { QueryView } from '../../../components/query-view.tsx'
import { normalizeServiceCode } from '../../../domain/service-codes.ts'
import type { Audience } from '../../../letters/compose.ts'
import './notices.css'

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

type Page = { c: StoredCase; caseHref: string; serviceDescription: string }

/** A notice's page: the case read through QueryView, then `children` writes the notice. */
export function NoticeFrame({
  caseId,
  children,
}: {
  caseId: string
  children: (page: Page) => ReactNode
}) {
  const detail = useQuery(caseQueries.detail(caseId))
  const serviceDescription = useServiceDescription(detail.data?.input.serviceCode)
  const caseHref = `/cases/${encodeURIComponent(caseId)}`
  return (
    <QueryView query={detail} loading="Loading the notice…">
      {(c) => children({ c, caseHref, serviceDescription })}
    </QueryView>
  )
}

/** A case with no such notice: said in words, with the way back. */
export function NoNotice({
  title,
  caseHref,
  children,
}: {
  title: string
  caseHref: string
  children: ReactNode
}) {
  return (
    <>
      <PageHeader title={title} />
      <p>{children}</p>
      <p>
        <Link to={caseHref}>Back to the case</Link>
      </p>
    </>
  )
}

/** The notice's heading with Print and the ways to the other audience's notice and the case. */
export function NoticeHeader({
  titles,
  audience,
  caseHref,
  noticesHref,
}: {
  titles: Record<Audience, string>
  audience: Audience
  caseHref: string
  /** Where this kind of notice lives; `/member` or `/provider` follows. */
  noticesHref: string
}) {
  const other: Audience = audience === 'member' ? 'provider' : 'member'
  // On paper the letter starts with the addresses (notices.css): the page's own heading
  // and its buttons are the app's, not the letter's.
  return (
    <div className="no-print">
      <PageHeader title={titles[audience]}>
        <p className="button-row">
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          <Link to={caseHref}>Back to the case</Link>
          <Link to={`${noticesHref}/${other}`}>{titles[other].split(':')[0]}</Link>
          <Link to={`${caseHref}/print`}>Printable decision summary</Link>
        </p>
      </PageHeader>
    </div>
  )
}
