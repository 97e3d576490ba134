import { useQuery } from '@tanstack/react-query'
import { useLocation, useParams } from 'react-router'
import { policyQueries } from '../../api/queries/policies.ts'
import { QueryView } from '../../components/query-view.tsx'
import { PolicyDocument } from '../../features/policies/policy-document.tsx'
import { policyContents } from '../../features/policies/policy-contents.ts'
import { useHashTarget } from '../../features/policies/use-hash-target.ts'
import { useRecordReading } from '../use-record-reading.ts'

export default function PolicyRoute() {
  const { policyId = '' } = useParams()
  const policy = useQuery(policyQueries.detail(policyId))
  // A contents link or a shared `#criteria` address lands once the document is on screen.
  useHashTarget(policy.isSuccess)
  // A section opened from a case page joins that case's audit trail.
  const { hash } = useLocation()
  const section = policy.data
    ? policyContents(policy.data).find((e) => `#${e.id}` === hash)
    : undefined
  useRecordReading(section ? { kind: 'policy-section', ...section } : null)

  return (
    <QueryView query={policy} title="Policy" loading="Loading the policy…">
      {(data) => <PolicyDocument policy={data} />}
    </QueryView>
  )
}
