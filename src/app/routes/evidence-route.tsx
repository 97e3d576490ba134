import { PageHeader } from '../../components/page-header.tsx'

export default function EvidenceRoute() {
  return <PageHeader title="Evidence table" />
}
