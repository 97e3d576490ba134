import { PageHeader } from '../../components/page-header.tsx'
import { Worklist } from '../../features/cases/worklist/worklist.tsx'
import { useAuth } from '../auth-context.ts'

export default function WorklistRoute() {
  const { user } = useAuth()
  return (
    <>
      <PageHeader title="Worklist" />
      <Worklist canUseMyQueue={user?.role === 'medical-director'} />
    </>
  )
}
