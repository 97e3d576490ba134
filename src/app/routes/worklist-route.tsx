import { PageHeader } from '../../components/page-header.tsx'

export default function WorklistRoute() {
  return <PageHeader title="Worklist" />
}
