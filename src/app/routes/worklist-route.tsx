import { PageHeader } from '../../components/page-header.tsx'
import { MyDrafts } from '../../features/cases/entry/my-drafts.tsx'
import { Worklist } from '../../features/cases/worklist/worklist.tsx'
import { useAuth } from '../auth-context.ts'

/** The worklist and the user's drafts: drafts are not cases, so they sit beside the table. */
export default function WorklistRoute() {
  const { user } = useAuth()
  return (
    <>
      <PageHeader title="Worklist" />
      <Worklist canUseMyQueue={user?.role === 'medical-director'} />
      <MyDrafts />
    </>
  )
}
