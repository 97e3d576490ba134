import { useQuery } from '@tanstack/react-query'
import { useLocation, useParams } from 'react-router'
import { policyQueries } from '../../api/queries/policies.ts'
import { PageHeader } from '../../components/page-header.tsx'
import { ErrorMessage, Loading } from '../../components/query-state.tsx'
import { useStillWorking } from '../../components/use-still-working.ts'
import { PolicyDocument } from '../../features/policies/policy-document.tsx'
import { policyContents } from '../../features/policies/policy-contents.ts'
import { useHashTarget } from '../../features/policies/use-hash-target.ts'
import { useRecordReading } from '../use-record-reading.ts'

export default function PolicyRoute() {
  const { policyId = '' } = useParams()
  const policy = useQuery(policyQueries.detail(policyId))
  // A slow service says so after a few seconds, as the case page does.
  const slow = useStillWorking(policy.isPending)
  // A contents link or a shared `#criteria` address lands once the document is on screen.
  useHashTarget(policy.isSuccess)
  // A section opened from a case page joins that case's audit trail.
  const { hash } = useLocation()
  const section = policy.data
    ? policyContents(policy.data).find((e) => `#${e.id}` === hash)
    : undefined
  useRecordReading(section ? { kind: 'policy-section', ...section } : null)

  if (policy.isPending)
    return (
      <Loading
        label={slow ? 'Still working… the criteria service is slow.' : 'Loading the policy…'}
      />
    )
  if (policy.isError)
    return (
      <>
        <PageHeader title="Policy" error />
        <ErrorMessage error={policy.error} onRetry={() => void policy.refetch()} />
      </>
    )
  return <PolicyDocument policy={policy.data} />
}
