import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { policyQueries } from '../api/queries/policies.ts'
import { QueryView } from '../components/query-view.tsx'
import type { ReadingTarget } from '../features/cases/detail/reading-panel.tsx'
import { EvidenceViewer } from '../features/evidence/evidence-viewer.tsx'
import { PolicyDocument } from '../features/policies/policy-document.tsx'
import { policyContents } from '../features/policies/policy-contents.ts'
import { useRecordReading } from './use-record-reading.ts'

/**
 * What the case page's reading panel shows: the policy document at the part asked for,
 * or the evidence viewer at the study asked for. A medical director's opening of either
 * joins the case's audit trail, as it does from the full pages.
 */
export function CaseReading({ target, caseId }: { target: ReadingTarget; caseId: string }) {
  return target.kind === 'policy' ? (
    <PolicyReading target={target} caseId={caseId} />
  ) : (
    <EvidenceReading target={target} caseId={caseId} />
  )
}

function PolicyReading({
  target,
  caseId,
}: {
  target: Extract<ReadingTarget, { kind: 'policy' }>
  caseId: string
}) {
  const policy = useQuery(policyQueries.detail(target.policyId))
  const section = policy.data
    ? policyContents(policy.data).find((e) => e.id === target.section)
    : undefined
  useRecordReading(section ? { kind: 'policy-section', ...section } : null, caseId)
  // The asked-for part, once on screen: scrolled to the panel's top and given focus, so
  // reading (and a screen reader) starts there.
  useEffect(() => {
    if (!section) return
    const part = document.querySelector<HTMLElement>(`.reading-panel #${CSS.escape(section.id)}`)
    part?.focus({ preventScroll: true })
    part?.scrollIntoView?.({ block: 'start' })
  }, [section])
  return (
    <QueryView query={policy} loading="Loading the policy…">
      {(data) => <PolicyDocument policy={data} embedded />}
    </QueryView>
  )
}

function EvidenceReading({
  target,
  caseId,
}: {
  target: Extract<ReadingTarget, { kind: 'evidence' }>
  caseId: string
}) {
  const evidence = useQuery(policyQueries.evidence(target.policyId))
  const study = evidence.data?.studies.find((s) => s.id === target.study)
  useRecordReading(
    study
      ? { kind: 'evidence-row', id: study.id, label: `${study.authors} (${study.year})` }
      : null,
    caseId,
  )
  return (
    <QueryView query={evidence} loading="Loading the evidence tables…">
      {/* A new study link is a new landing: the viewer starts from it. */}
      {(data) => (
        <EvidenceViewer key={target.study ?? ''} evidence={data} beside={{ study: target.study }} />
      )}
    </QueryView>
  )
}
