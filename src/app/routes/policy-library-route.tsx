import { PageHeader } from '../../components/page-header.tsx'

export default function PolicyLibraryRoute() {
  return <PageHeader title="Policies" />
}
