import { PageHeader } from '../../components/page-header.tsx'

export default function CaseDetailRoute() {
  return <PageHeader title="Case" />
}
