import { PageHeader } from '../../components/page-header.tsx'

export default function PolicyRoute() {
  return <PageHeader title="Policy" />
}
