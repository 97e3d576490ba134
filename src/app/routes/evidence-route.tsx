import { useQuery } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { policyQueries } from '../../api/queries/policies.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { QueryView } from '../../components/query-view.tsx'
import { EvidenceViewer } from '../../features/evidence/evidence-viewer.tsx'
import { useRecordReading } from '../use-record-reading.ts'

export default function EvidenceRoute() {
  const { policyId = '' } = useParams()
  const evidence = useQuery(policyQueries.evidence(policyId))
  // A study's row opened from a case page joins that case's audit trail.
  const studyId = useSearchParams()[0].get('study')
  const study = evidence.data?.studies.find((s) => s.id === studyId)
  useRecordReading(
    study
      ? { kind: 'evidence-row', id: study.id, label: `${study.authors} (${study.year})` }
      : null,
  )

  return (
    <QueryView query={evidence} title="Evidence tables" loading="Loading the evidence tables…">
      {(data) => (
        <>
          <PageHeader title={`Evidence tables: ${data.title}`}>
            <p className="lede">
              The MTAC reviews behind{' '}
              <Link to={`/policies/${encodeURIComponent(data.policyId)}`}>{data.title}</Link>, with
              one row per study. Where the criteria document gives no detail, the table says so.
            </p>
          </PageHeader>
          <EvidenceViewer evidence={data} />
        </>
      )}
    </QueryView>
  )
}
