import { PageHeader } from '../../components/page-header.tsx'

export default function CaseEntryRoute() {
  return <PageHeader title="New case" />
}
