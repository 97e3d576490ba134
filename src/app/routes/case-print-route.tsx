import { PageHeader } from '../../components/page-header.tsx'

export default function CasePrintRoute() {
  return <PageHeader title="Decision summary" />
}
