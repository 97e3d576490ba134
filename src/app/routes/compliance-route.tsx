import { PageHeader } from '../../components/page-header.tsx'
import { CompliancePage } from '../../features/compliance/compliance-page.tsx'
import { complianceGroups } from '../compliance-groups.ts'

/** /compliance: the rules behind the letters and clocks, with what is and is not confirmed. */
export default function ComplianceRoute() {
  return (
    <>
      <PageHeader title="Compliance: rules behind letters and clocks" />
      <CompliancePage groups={complianceGroups()} />
    </>
  )
}
